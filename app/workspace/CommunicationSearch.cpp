#include "CommunicationSearch.h"

#include "CrmConnection.h"
#include "SearchResultModel.h"
#include "StoreThread.h"

#include <QRegularExpression>

namespace commdesk {

namespace {

std::optional<Identifier> numberWithPrefix(const QString &typed, QLatin1StringView prefix)
{
    static const QRegularExpression number(QStringLiteral("^([A-Z]{2})\\d{3,}$"));
    const QString text = typed.trimmed().toUpper();
    const QRegularExpressionMatch match = number.match(text);
    if (!match.hasMatch() || match.captured(1) != prefix)
        return std::nullopt;
    return Identifier::byNumber(text);
}

} // namespace

CommunicationSearch::CommunicationSearch(CrmConnection *connection, StoreThread *stores, const QString &dataFolder,
                                         QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_stores(stores)
    , m_dataFolder(dataFolder)
    , m_index(stores->make<SearchIndex>())
    , m_results(new SearchResultModel(this))
{ }

std::optional<Identifier> CommunicationSearch::communicationNumber(const QString &typed)
{
    return numberWithPrefix(typed, QLatin1StringView("CM"));
}

std::optional<Identifier> CommunicationSearch::contactNumber(const QString &typed)
{
    return numberWithPrefix(typed, QLatin1StringView("CI"));
}

void CommunicationSearch::setAccount(const QString &account)
{
    const QString path = account.isEmpty() ? QString() : SearchIndex::pathFor(m_dataFolder, account);
    m_stores->call(
        [index = m_index, path]() -> QString {
            if (index->isOpen() && index->path() == path)
                return {};
            index->close();
            if (path.isEmpty() || index->open(path))
                return {};
            return index->errorText();
        },
        this,
        [this](const QString &error) {
            if (!error.isEmpty())
                Q_EMIT unavailable(error);
        });
}

void CommunicationSearch::forgetAccount()
{
    delete m_lookup;
    ++m_search;
    m_typed.clear();
    m_results->setHits({});
    m_stores->post([index = m_index] { index->destroy(); });
}

void CommunicationSearch::remember(const QList<CommunicationRow> &rows)
{
    if (!rows.isEmpty())
        m_stores->post([index = m_index, rows] { index->addRows(rows); });
}

void CommunicationSearch::remember(const Communication &communication)
{
    if (!communication.id.isEmpty())
        m_stores->post([index = m_index, communication] { index->add(communication); });
}

void CommunicationSearch::search(const QString &typed)
{
    delete m_lookup;
    m_typed = typed;
    const quint64 search = ++m_search;
    if (SearchIndex::matchExpression(typed).isEmpty() && !communicationNumber(typed) && !contactNumber(typed)) {
        m_searching = false;
        m_results->setHits({});
        Q_EMIT searched(typed);
        return;
    }
    m_searching = true;
    searchIndex(search);
    lookUp(search);
}

void CommunicationSearch::searchIndex(quint64 search)
{
    m_stores->call([index = m_index, typed = m_typed] { return index->search(typed, kResults); }, this,
                   [this, search](const QList<SearchHit> &hits) {
                       if (search != m_search)
                           return; // overtaken by a newer search
                       m_results->setHits(hits);
                       m_searching = !m_lookup.isNull();
                       Q_EMIT searched(m_typed);
                   });
}

void CommunicationSearch::lookUp(quint64 search)
{
    const std::optional<Identifier> communication = communicationNumber(m_typed);
    const std::optional<Identifier> contact = contactNumber(m_typed);
    if (!communication && !contact)
        return;
    m_lookup = new QObject(this);
    auto failed = [this](const ApiError &error) {
        m_searching = false;
        if (error.kind() == ApiError::Kind::Api && error.code() == QLatin1StringView("NOT_FOUND"))
            return Q_EMIT searched(m_typed); // what the index found is all there is
        Q_EMIT lookupFailed(m_typed, error.userText());
    };
    if (communication) {
        m_connection->communications()->show(m_lookup, *communication, {},
                                             [this, search, failed](const Result<Communication> &found) {
                                                 m_lookup->deleteLater();
                                                 m_lookup.clear();
                                                 if (!found.ok())
                                                     return failed(found.error());
                                                 remember(found.value());
                                                 searchIndex(search); // after the write, on the same thread
                                             });
        return;
    }
    CommunicationsApi::ListFilter filter;
    filter.contact = *contact;
    filter.paging = {kResults, 0};
    m_connection->communications()->listRows(m_lookup, filter,
                                             [this, search, failed](const Result<QList<CommunicationRow>> &rows) {
                                                 m_lookup->deleteLater();
                                                 m_lookup.clear();
                                                 if (!rows.ok())
                                                     return failed(rows.error());
                                                 remember(rows.value());
                                                 searchIndex(search);
                                             });
}

} // namespace commdesk
