#include "ActionJournal.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace commdesk {

QString ActionJournal::defaultPath()
{
    return LocalDatabase::defaultPath(QStringLiteral("action-journal.sqlite"));
}

bool ActionJournal::open(const QString &path)
{
    const QList<QStringList> migrations = {
        {QStringLiteral(
            "CREATE TABLE action_record (seq INTEGER PRIMARY KEY AUTOINCREMENT, at_ms INTEGER NOT NULL, "
            "user TEXT NOT NULL, action TEXT NOT NULL, entry_number TEXT NOT NULL, entry_id TEXT NOT NULL, "
            "reason TEXT NOT NULL, detail TEXT NOT NULL, succeeded INTEGER NOT NULL, answer TEXT NOT NULL)")},
    };
    return m_db.open(path, migrations);
}

bool ActionJournal::append(const JournalRecord &r)
{
    m_appendError.clear();
    if (!m_db.isOpen()) {
        m_appendError = QCoreApplication::translate("commdesk::ActionJournal", "the journal file is not open");
        return false;
    }
    QSqlQuery query(m_db.database());
    query.prepare(
        QStringLiteral("INSERT INTO action_record (at_ms, user, action, entry_number, entry_id, reason, "
                       "detail, succeeded, answer) VALUES (?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), "
                       "COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, COALESCE(?, ''))"));
    query.addBindValue(r.at.toMSecsSinceEpoch());
    for (const QString *text : {&r.user, &r.action, &r.entryNumber, &r.entryId, &r.reason, &r.detail})
        query.addBindValue(*text);
    query.addBindValue(r.succeeded ? 1 : 0);
    query.addBindValue(r.answer);
    if (query.exec())
        return true;
    m_appendError = query.lastError().text();
    return false;
}

QList<JournalRecord> ActionJournal::records(int limit) const
{
    QList<JournalRecord> result;
    if (!m_db.isOpen())
        return result;
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT at_ms, user, action, entry_number, entry_id, reason, detail, succeeded, "
                                 "answer FROM action_record ORDER BY seq DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return result;
    while (query.next()) {
        JournalRecord r;
        r.at = QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
        r.user = query.value(1).toString();
        r.action = query.value(2).toString();
        r.entryNumber = query.value(3).toString();
        r.entryId = query.value(4).toString();
        r.reason = query.value(5).toString();
        r.detail = query.value(6).toString();
        r.succeeded = query.value(7).toInt() != 0;
        r.answer = query.value(8).toString();
        result.append(r);
    }
    return result;
}

namespace {

// RFC 4180 quoting, and a leading apostrophe for a field a spreadsheet would run as a formula
// (a reason or a server answer starting with =, +, - or @ is text someone else typed).
QString csvField(const QString &text)
{
    static const QString formulaStarts = QStringLiteral("=+-@");
    QString field = text;
    if (!field.isEmpty() && formulaStarts.contains(field.front()))
        field.prepend(QLatin1Char('\''));
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n'))
        && !field.contains(QLatin1Char('\r')))
        return field;
    return QLatin1Char('"') + field.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"');
}

} // namespace

QString ActionJournal::toCsv(const QList<JournalRecord> &records)
{
    QString csv = QStringLiteral("time,user,action,entry_number,entry_id,reason,detail,result,answer\r\n");
    for (const JournalRecord &r : records) {
        const QStringList fields = {r.at.toUTC().toString(Qt::ISODate),
                                    r.user,
                                    r.action,
                                    r.entryNumber,
                                    r.entryId,
                                    r.reason,
                                    r.detail,
                                    r.succeeded ? QStringLiteral("OK") : QStringLiteral("FAILED"),
                                    r.answer};
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(csvField(field));
        csv += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv;
}

} // namespace commdesk
