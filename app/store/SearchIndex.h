#pragma once

#include "Communication.h"
#include "CommunicationRow.h"
#include "LocalDatabase.h"

#include <QList>
#include <QString>

namespace commdesk {

// One communication found by a search: what a result line shows. Texts marked with kMatchStart and
// kMatchEnd around what matched (never HTML: the view escapes the text, then marks the matches).
struct SearchHit
{
    QString id;
    QString number;
    QString subject; // marked
    QString snippet; // a marked piece of the content or notes; empty when neither matched
    QString contact; // marked
    QString category;
    qint64 createdMs = CommunicationRow::kNoDate;
    QString state; // wire texts, as the server sent them
    QString direction;
    QString media;
};

// The account's full-text index of every communication CommDesk has loaded or opened (docs/architecture.md
// "Search"): an SQLite FTS5 table over number, subject, contact, recipient, content and notes, in a file of
// the account's own in the data folder (a copy of what the server said, deleted on sign-out). The API has
// no search call, so this is how a communication is found across categories. Used only on the thread that
// opened it (a StoreThread).
class SearchIndex
{
public:
    static constexpr QChar kMatchStart = QChar(0x2);
    static constexpr QChar kMatchEnd = QChar(0x3);
    // A word that matches more communications than this is ranked among the newest this many.
    static constexpr int kRankedWindow = 5000;

    SearchIndex() = default;

    // The account's file in `dataFolder`: named by a hash of the account key, never by the key.
    static QString pathFor(const QString &dataFolder, const QString &account);
    bool open(const QString &path);
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }
    QString errorText() const { return m_error.isEmpty() ? m_db.errorText() : m_error; }
    void close() { m_db.close(); }
    // Closes and deletes the file (signing out).
    bool destroy();

    // List rows hold no content, recipient or notes: what an opened communication gave stays.
    bool addRows(const QList<CommunicationRow> &rows);
    bool add(const Communication &communication);
    bool remove(const QString &id);
    qint64 size() const;

    // What the user typed, as an FTS5 expression: every word must match, each as a prefix (the last
    // word is still being typed, and "invo" should find "invoice" anyway). Words of fewer than two letters
    // or digits are left out. Empty: nothing to search.
    static QString matchExpression(const QString &typed);
    // The best `limit` matches, by relevance (a match in the number or subject weighs most) among the
    // newest kRankedWindow matches.
    QList<SearchHit> search(const QString &typed, int limit) const;

private:
    // One transaction; with `full`, `rows` is its one row and its texts are written too.
    bool write(const QList<CommunicationRow> &rows, const Communication *full);
    bool fail(const QString &what);

    LocalDatabase m_db;
    QString m_path;
    QString m_error;
};

} // namespace commdesk
