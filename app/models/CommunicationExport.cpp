#include "CommunicationExport.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace commdesk::CommunicationExport {

namespace {

QString wire(const auto &value)
{
    return value ? value->text() : QString();
}

} // namespace

QString csvField(const QString &text)
{
    QString field = text;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!field.isEmpty() && formulaStarts.contains(field.front()))
        field.prepend(QLatin1Char('\''));
    const bool quote = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'));
    if (!quote)
        return field;
    field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + field + QLatin1Char('"');
}

QStringList csvHeader()
{
    // Column names as the API spells the members: the file is read by programs as much as by people.
    return {QStringLiteral("number"),
            QStringLiteral("created_date"),
            QStringLiteral("life_cycle_state"),
            QStringLiteral("direction"),
            QStringLiteral("media"),
            QStringLiteral("subject"),
            QStringLiteral("contact_name"),
            QStringLiteral("contact_number"),
            QStringLiteral("category"),
            QStringLiteral("viewed"),
            QStringLiteral("id")};
}

QStringList csvValues(const CommunicationRow &row)
{
    const QDateTime created = row.createdUtc();
    const std::optional<bool> viewed = row.viewed();
    return {row.number().toString(),
            created.isValid() ? created.toString(Qt::ISODate) : QString(),
            wire(row.state()),
            wire(row.direction()),
            wire(row.media()),
            row.subject().toString(),
            row.contactName().toString(),
            row.contactNumber().toString(),
            row.categoryName().toString(),
            viewed ? (*viewed ? QStringLiteral("true") : QStringLiteral("false")) : QString(),
            row.id().toString()};
}

QByteArray document(const QList<CommunicationRow> &rows, const Options &options)
{
    if (options.format == Format::Json) {
        QJsonArray array;
        for (const CommunicationRow &row : rows)
            array.append(row.toJson());
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    QString text;
    auto line = [&text](const QStringList &values) {
        QStringList fields;
        fields.reserve(values.size());
        for (const QString &value : values)
            fields.append(csvField(value));
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    line(csvHeader());
    for (const CommunicationRow &row : rows)
        line(csvValues(row));
    QByteArray bytes = options.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    return bytes + text.toUtf8();
}

bool write(QIODevice *device, const QList<CommunicationRow> &rows, const Options &options, QString *error)
{
    const QByteArray bytes = document(rows, options);
    if (device->write(bytes) == bytes.size())
        return true;
    if (error)
        *error = device->errorString();
    return false;
}

} // namespace commdesk::CommunicationExport
