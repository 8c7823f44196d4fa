#pragma once

#include "QueueApi.h"
#include "QueueTally.h"

#include <QCoreApplication>

namespace commdesk {

// One part of the queue as the API lists it (docs/api-contract.md "The communication queue"): a media or an external
// system.
struct QueueSource
{
    QString label; // for people: "media EMAIL", "external system SMS Gateway"
    QJsonObject json; // for --json: {"media": "EMAIL"} or {"external_system": {...}}
    QueueApi::Source source;

    static QueueSource ofMedia(Media media);
    static QueueSource ofExternalSystem(const Identifier &identifier);
    static QueueSource ofExternalSystem(const ExternalSystem &system); // by id, labelled by name
};

// The outcome of `queue stats`: one tally per source and their union.
struct QueueStatsReport
{
    Q_DECLARE_TR_FUNCTIONS(QueueStatsReport)

public:
    struct Row
    {
        QueueSource source;
        QueueTally tally;
    };

    QList<Row> rows;
    QDateTime measuredAt;

    // Every source together, each entry once.
    QueueTally total() const;

    // A table with a row per source (and a total row when there are several).
    QString toText() const;
    QJsonObject toJson() const;

    // A reject ratio as the outputs show it: at most 4 decimals, 0.02 rather than 0.0200.
    static QString ratioText(double ratio);
    // An age in seconds as the outputs show it: 45s, or "-" for none.
    static QString ageText(std::optional<qint64> seconds);
};

} // namespace commdesk
