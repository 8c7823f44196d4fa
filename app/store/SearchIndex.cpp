#include "SearchIndex.h"

#include "SearchMarker.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace commdesk {

namespace {

// Relevance: a match in the number weighs most, then the subject, the contact, the recipient; the
// content and the notes least (bm25 weights, in the FTS table's column order).
const QString kRank = QStringLiteral("bm25(10.0, 5.0, 4.0, 2.0, 1.0, 1.0)");

const QList<QStringList> kMigrations = {{
    QStringLiteral("CREATE TABLE communications (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
                   "number TEXT NOT NULL, subject TEXT NOT NULL, contact TEXT NOT NULL, recipient TEXT NOT NULL, "
                   "content TEXT NOT NULL, notes TEXT NOT NULL, category TEXT NOT NULL, created INTEGER, "
                   "state TEXT NOT NULL, direction TEXT NOT NULL, media TEXT NOT NULL)"),
    // External content: the texts are kept once, in `communications`; the triggers keep the index in step.
    QStringLiteral("CREATE VIRTUAL TABLE communications_fts USING fts5(number, subject, contact, recipient, content, "
                   "notes, content='communications', content_rowid='rowid', "
                   "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"),
    QStringLiteral("INSERT INTO communications_fts (communications_fts, rank) VALUES ('rank', '%1')").arg(kRank),
    QStringLiteral("CREATE TRIGGER communications_ai AFTER INSERT ON communications BEGIN "
                   "INSERT INTO communications_fts (rowid, number, subject, contact, recipient, content, notes) "
                   "VALUES (new.rowid, new.number, new.subject, new.contact, new.recipient, new.content, new.notes); "
                   "END"),
    QStringLiteral("CREATE TRIGGER communications_ad AFTER DELETE ON communications BEGIN "
                   "INSERT INTO communications_fts (communications_fts, rowid, number, subject, contact, recipient, "
                   "content, notes) VALUES ('delete', old.rowid, old.number, old.subject, old.contact, "
                   "old.recipient, old.content, old.notes); END"),
    QStringLiteral("CREATE TRIGGER communications_au AFTER UPDATE ON communications BEGIN "
                   "INSERT INTO communications_fts (communications_fts, rowid, number, subject, contact, recipient, "
                   "content, notes) VALUES ('delete', old.rowid, old.number, old.subject, old.contact, "
                   "old.recipient, old.content, old.notes); "
                   "INSERT INTO communications_fts (rowid, number, subject, contact, recipient, content, notes) "
                   "VALUES (new.rowid, new.number, new.subject, new.contact, new.recipient, new.content, new.notes); "
                   "END"),
}};

// A row changes only what a list shows; the texts only an opened communication has stay. A row that
// says what the index already holds writes nothing (lists are read again and again).
const QString kUpsertRow = QStringLiteral(
    "INSERT INTO communications (rowid, id, number, subject, contact, recipient, content, notes, category, created, "
    "state, direction, media) VALUES (?, ?, ?, ?, ?, '', '', '', ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
    "number = excluded.number, subject = excluded.subject, contact = excluded.contact, category = excluded.category, "
    "created = excluded.created, state = excluded.state, direction = excluded.direction, media = excluded.media "
    "WHERE number IS NOT excluded.number OR subject IS NOT excluded.subject OR contact IS NOT excluded.contact "
    "OR category IS NOT excluded.category OR created IS NOT excluded.created OR state IS NOT excluded.state "
    "OR direction IS NOT excluded.direction OR media IS NOT excluded.media");
const QString kUpsertFull = QStringLiteral(
    "INSERT INTO communications (rowid, id, number, subject, contact, recipient, content, notes, category, created, "
    "state, direction, media) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
    "number = excluded.number, subject = excluded.subject, contact = excluded.contact, "
    "recipient = excluded.recipient, content = excluded.content, notes = excluded.notes, "
    "category = excluded.category, created = excluded.created, state = excluded.state, "
    "direction = excluded.direction, media = excluded.media");

// E-mail content is HTML: the index wants its words, not its tags.
QString plainTextOf(const QString &content)
{
    if (!content.contains(QLatin1Char('<')))
        return content;
    static const QRegularExpression hidden(QStringLiteral("<(style|script)[^>]*>.*?</\\1>"),
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString text = content;
    text.remove(hidden);
    text.replace(tag, QStringLiteral(" "));
    text.replace(QLatin1StringView("&nbsp;"), QLatin1StringView(" "));
    text.replace(QLatin1StringView("&lt;"), QLatin1StringView("<"));
    text.replace(QLatin1StringView("&gt;"), QLatin1StringView(">"));
    text.replace(QLatin1StringView("&quot;"), QLatin1StringView("\""));
    text.replace(QLatin1StringView("&#39;"), QLatin1StringView("'"));
    text.replace(QLatin1StringView("&amp;"), QLatin1StringView("&"));
    return text;
}

QString wireText(const auto &value)
{
    return value ? value->text() : QString();
}

// A communication's rowid is the second it was created, so that "the newest matches" is a walk along
// rowids (and neighbours in time are neighbours in the index, which keeps it small); without a date, or
// when another communication has that second already, the next free one.
QVariant rowKeyOf(const CommunicationRow &row)
{
    if (row.createdMSecs() == CommunicationRow::kNoDate || row.createdMSecs() < 0)
        return QVariant(QMetaType::fromType<qlonglong>());
    return QVariant(qlonglong(row.createdMSecs() / 1000));
}

QVariant createdOf(const CommunicationRow &row)
{
    return row.createdMSecs() == CommunicationRow::kNoDate ? QVariant(QMetaType::fromType<qlonglong>())
                                                           : QVariant(qlonglong(row.createdMSecs()));
}

} // namespace

QString SearchIndex::pathFor(const QString &dataFolder, const QString &account)
{
    const QByteArray hash = QCryptographicHash::hash(account.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(dataFolder).filePath(QStringLiteral("search-%1.sqlite").arg(QString::fromLatin1(hash)));
}

bool SearchIndex::open(const QString &path)
{
    m_error.clear();
    m_path = path;
    if (!m_db.open(path, kMigrations))
        return false;
    // Pages of a large index stay in memory between the batches that write them (32 MB at most).
    QSqlQuery(m_db.database()).exec(QStringLiteral("PRAGMA cache_size = -32768"));
    return true;
}

bool SearchIndex::destroy()
{
    m_db.close();
    bool removed = true;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!m_path.isEmpty() && QFile::exists(m_path + suffix))
            removed = QFile::remove(m_path + suffix) && removed;
    }
    return removed;
}

bool SearchIndex::fail(const QString &what)
{
    m_error = what;
    return false;
}

bool SearchIndex::write(const QList<CommunicationRow> &rows, const Communication *full)
{
    if (!isOpen())
        return fail(QStringLiteral("the search index is not open"));
    QSqlDatabase db = m_db.database();
    db.transaction();
    QSqlQuery query(db);
    auto failed = [this, &db](const QString &error) {
        db.rollback();
        return fail(error);
    };
    if (!query.prepare(full ? kUpsertFull : kUpsertRow))
        return failed(query.lastError().text());
    for (const CommunicationRow &row : rows) {
        if (row.id().isEmpty())
            continue;
        QString contact = row.contactName().toString();
        if (!row.contactNumber().isEmpty())
            contact += QLatin1Char(' ') + row.contactNumber().toString();
        int column = 0;
        query.bindValue(column++, rowKeyOf(row));
        query.bindValue(column++, row.id().toString());
        query.bindValue(column++, LocalDatabase::text(row.number().toString()));
        query.bindValue(column++, LocalDatabase::text(row.subject().toString()));
        query.bindValue(column++, LocalDatabase::text(contact));
        if (full) {
            query.bindValue(column++, LocalDatabase::text(full->to));
            query.bindValue(column++, LocalDatabase::text(plainTextOf(full->content)));
            query.bindValue(column++, LocalDatabase::text(full->notes));
        }
        query.bindValue(column++, LocalDatabase::text(row.categoryName().toString()));
        query.bindValue(column++, createdOf(row));
        query.bindValue(column++, LocalDatabase::text(wireText(row.state())));
        query.bindValue(column++, LocalDatabase::text(wireText(row.direction())));
        query.bindValue(column++, LocalDatabase::text(wireText(row.media())));
        if (!query.exec()) {
            // Another communication of the same second has the same key (rare): it takes the next free one.
            query.bindValue(0, QVariant(QMetaType::fromType<qlonglong>()));
            if (!query.exec())
                return failed(query.lastError().text());
        }
    }
    return db.commit() || fail(db.lastError().text());
}

bool SearchIndex::addRows(const QList<CommunicationRow> &rows)
{
    return write(rows, nullptr);
}

bool SearchIndex::add(const Communication &communication)
{
    if (communication.id.isEmpty())
        return false;
    return write({CommunicationRow::from(communication)}, &communication);
}

bool SearchIndex::remove(const QString &id)
{
    if (!isOpen())
        return false;
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("DELETE FROM communications WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() || fail(query.lastError().text());
}

qint64 SearchIndex::size() const
{
    return m_db
        .selectAll<qint64>(QStringLiteral("SELECT COUNT(*) FROM communications"),
                           [](const QSqlQuery &query) { return query.value(0).toLongLong(); })
        .value(0);
}

QString SearchIndex::matchExpression(const QString &typed)
{
    QStringList terms;
    for (const QString &word : typed.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        const auto letters = std::count_if(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
        if (letters < 2)
            continue; // punctuation is no token (FTS5 would refuse the phrase), and one letter begins everything
        QString quoted = word;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms.append(QLatin1Char('"') + quoted + QStringLiteral("\"*"));
    }
    return terms.join(QLatin1Char(' '));
}

QList<SearchHit> SearchIndex::search(const QString &typed, int limit) const
{
    QList<SearchHit> hits;
    const QString expression = matchExpression(typed);
    if (!isOpen() || expression.isEmpty() || limit <= 0)
        return hits;
    // Ranked among the newest kRankedWindow matches (by the rowid's order, the creation date): ranking
    // costs about a microsecond a match, and a word in a tenth of a million communications would take
    // a tenth of a second to rank in full. The marked texts are worked out for the rows shown only.
    QSqlQuery best(m_db.database());
    best.setForwardOnly(true);
    best.prepare(QStringLiteral("SELECT rowid FROM communications_fts WHERE communications_fts MATCH ? ORDER BY "
                                "rowid DESC LIMIT 1 OFFSET ?"));
    best.addBindValue(expression);
    best.addBindValue(kRankedWindow - 1);
    if (!best.exec())
        return hits;
    const qint64 floor = best.next() ? best.value(0).toLongLong() : std::numeric_limits<qint64>::min();
    best.finish();
    best.prepare(QStringLiteral("SELECT rowid FROM communications_fts WHERE communications_fts MATCH ? AND rowid >= ? "
                                "ORDER BY rank LIMIT ?"));
    best.addBindValue(expression);
    best.addBindValue(floor);
    best.addBindValue(limit);
    if (!best.exec())
        return hits;
    QStringList rowids;
    while (best.next())
        rowids.append(best.value(0).toString());
    if (rowids.isEmpty())
        return hits;

    // The texts of those rows, marked here: asking FTS5 to mark them would run the match again per row.
    QSqlQuery query(m_db.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT rowid, id, number, subject, contact, category, created, state, direction, "
                                   "media, content, notes FROM communications WHERE rowid IN (%1)")
                        .arg(rowids.join(QLatin1Char(',')))))
        return hits;
    const SearchMarker marker(typed);
    QHash<QString, SearchHit> byRowid;
    while (query.next()) {
        SearchHit hit;
        hit.id = query.value(1).toString();
        hit.number = query.value(2).toString();
        hit.subject = marker.marked(query.value(3).toString());
        hit.contact = marker.marked(query.value(4).toString());
        hit.category = query.value(5).toString();
        hit.createdMs = query.value(6).isNull() ? CommunicationRow::kNoDate : query.value(6).toLongLong();
        hit.state = query.value(7).toString();
        hit.direction = query.value(8).toString();
        hit.media = query.value(9).toString();
        // A piece of the content, or else of the notes, where a word matched there.
        hit.snippet = marker.snippet(query.value(10).toString());
        if (hit.snippet.isEmpty())
            hit.snippet = marker.snippet(query.value(11).toString());
        byRowid.insert(query.value(0).toString(), hit);
    }
    for (const QString &rowid : std::as_const(rowids)) {
        if (const auto hit = byRowid.constFind(rowid); hit != byRowid.cend())
            hits.append(*hit);
    }
    return hits;
}

} // namespace commdesk
