#include "QueueStatsReport.h"

#include "JsonText.h"
#include "TableFormatter.h"

#include <QJsonArray>

#include <cmath>

namespace commdesk {

QueueSource QueueSource::ofMedia(Media media)
{
    return {QStringLiteral("media ") + wireName(media), QJsonObject {{QStringLiteral("media"), wireName(media)}},
            QueueApi::Source {media, std::nullopt}};
}

QueueSource QueueSource::ofExternalSystem(const Identifier &identifier)
{
    return {QStringLiteral("external system ") + identifier.toString(),
            QJsonObject {{QStringLiteral("external_system"), identifier.toJson()}},
            QueueApi::Source {std::nullopt, identifier}};
}

QueueSource QueueSource::ofExternalSystem(const ExternalSystem &system)
{
    const QString name = system.name.isEmpty() ? system.id : system.name;
    QJsonObject identity {{QStringLiteral("id"), system.id}};
    if (!system.name.isEmpty())
        identity.insert(QLatin1StringView("name"), system.name);
    if (!system.alternativeCode.isEmpty())
        identity.insert(QLatin1StringView("alternative_code"), system.alternativeCode);
    return {QStringLiteral("external system ") + name, QJsonObject {{QStringLiteral("external_system"), identity}},
            QueueApi::Source {std::nullopt, Identifier::byId(system.id)}};
}

QueueTally QueueStatsReport::total() const
{
    QueueTally total;
    for (const Row &row : rows)
        total.merge(row.tally);
    return total;
}

QString QueueStatsReport::ratioText(double ratio)
{
    return JsonText::number(std::round(ratio * 1e4) / 1e4);
}

QString QueueStatsReport::ageText(std::optional<qint64> seconds)
{
    return seconds ? QString::number(*seconds) + u's' : QStringLiteral("-");
}

QString QueueStatsReport::toText() const
{
    QStringList headers {tr("SOURCE")};
    for (QueueState state : allValues<QueueState>())
        headers.append(wireName(state));
    headers << tr("OLDEST_PENDING") << tr("REJECT_RATIO");
    TableFormatter table(headers);
    table.setMaxCellWidth(0);
    for (qsizetype i = 1; i < headers.size(); ++i)
        table.setRightAligned(i);
    auto addRow = [&](const QString &label, const QueueTally &tally) {
        QStringList cells {label};
        for (QueueState state : allValues<QueueState>())
            cells.append(QString::number(tally.count(state)));
        cells << ageText(tally.oldestPendingAge(measuredAt)) << ratioText(tally.rejectRatio());
        table.addRow(cells);
    };
    for (const Row &row : rows)
        addRow(row.source.label, row.tally);
    if (rows.size() > 1)
        addRow(tr("total"), total());
    return table.toString();
}

QJsonObject QueueStatsReport::toJson() const
{
    QJsonArray sources;
    for (const Row &row : rows) {
        QJsonObject item = row.tally.toJson(measuredAt);
        for (auto it = row.source.json.begin(); it != row.source.json.end(); ++it)
            item.insert(it.key(), it.value());
        sources.append(item);
    }
    return QJsonObject {{QStringLiteral("measured_at"), ApiDate(measuredAt).toIsoUtc()},
                        {QStringLiteral("sources"), sources},
                        {QStringLiteral("total"), total().toJson(measuredAt)}};
}

} // namespace commdesk
