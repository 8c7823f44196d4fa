#pragma once

#include "SearchIndex.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace commdesk {

class CrmConnection;
class SearchResultModel;
class StoreThread;

// Search across every communication the desk has seen (docs/architecture.md "Search"). The API has no
// search call, so what the lists and the opened communications said is kept in the account's SearchIndex
// on the store thread, and searched there. What looks like a communication's number (CM004902) or a
// contact's (CI000271) is also asked of the server, so that it is found even if never loaded; what the
// server sends is indexed like the rest.
class CommunicationSearch : public QObject
{
    Q_OBJECT

public:
    static constexpr int kResults = 50;

    CommunicationSearch(CrmConnection *connection, StoreThread *stores, const QString &dataFolder,
                        QObject *parent = nullptr);

    SearchResultModel *results() const { return m_results; }
    QString typed() const { return m_typed; }
    bool isSearching() const { return m_searching; }

    // The account's index (SearchIndex::pathFor in the data folder), opened on the store thread.
    void setAccount(const QString &account);
    // Signing out: the account's index is deleted.
    void forgetAccount();

    void remember(const QList<CommunicationRow> &rows);
    void remember(const Communication &communication);

    // Shows what matches `typed`, best first (an empty text clears the results); a newer search
    // overtakes an older one.
    void search(const QString &typed);
    // What the server is asked for a typed text: a communication by number, a contact's communications.
    static std::optional<Identifier> communicationNumber(const QString &typed);
    static std::optional<Identifier> contactNumber(const QString &typed);

Q_SIGNALS:
    // The results for `typed` are in the model (the index's, then again with what the server added).
    void searched(const QString &typed);
    // The server could not be asked (the index's results stay): a sentence for the user.
    void lookupFailed(const QString &typed, const QString &message);
    // The index cannot be opened or written: searching finds nothing until the next sign-in.
    void unavailable(const QString &reason);

private:
    void searchIndex(quint64 search);
    void lookUp(quint64 search);

    CrmConnection *m_connection;
    StoreThread *m_stores;
    QString m_dataFolder;
    std::shared_ptr<SearchIndex> m_index; // used only on m_stores
    SearchResultModel *m_results;
    QString m_typed;
    quint64 m_search = 0;
    bool m_searching = false;
    QPointer<QObject> m_lookup; // the server call in flight; deleting it cancels it
};

} // namespace commdesk
