#pragma once

#include "Query.h"

#include <optional>

namespace commdesk {

// number_of_results and offset (docs/api-contract.md "Transport", R13+). A page shorter than asked for is the last;
// a page longer than asked for means a pre-R13 server sent everything.
struct Paging
{
    std::optional<int> numberOfResults;
    std::optional<int> offset;

    void addTo(Query &query) const
    {
        if (numberOfResults)
            query.add(QStringLiteral("number_of_results"), *numberOfResults);
        if (offset)
            query.add(QStringLiteral("offset"), *offset);
    }
};

} // namespace commdesk
