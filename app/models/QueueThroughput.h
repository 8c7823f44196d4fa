#pragma once

#include "QueueHistoryStore.h"

namespace commdesk {

// Completed and rejected entries per interval, from consecutive history samples: an increase of
// COMPLETED + COMPLETED_AND_REMOVED counts as completed work, an increase of REJECTED as rejected.
// A decrease (entries aged out of the server's lists) counts as nothing rather than negative work.
class QueueThroughput
{
public:
    struct Bucket
    {
        QDateTime start; // UTC
        qint64 completed = 0;
        qint64 rejected = 0;
        friend bool operator==(const Bucket &, const Bucket &) = default;
    };

    // Buckets of `bucketSeconds` from `from` to `to`, every bucket present (zero when idle).
    static QList<Bucket> buckets(const QList<QueueHistorySample> &samples, const QDateTime &from, const QDateTime &to,
                                 qint64 bucketSeconds);
};

} // namespace commdesk
