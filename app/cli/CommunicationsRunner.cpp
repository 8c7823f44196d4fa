#include "CommunicationsRunner.h"

#include "CommunicationExport.h"

namespace commdesk {

namespace {

// People read a contact by name; servers often send only first and last name (CRM.COM's own
// example has "name": null). --json keeps what the server sent.
Communication withContactName(Communication communication)
{
    if (!communication.contact || !communication.contact->name.isEmpty())
        return communication;
    Contact &contact = *communication.contact;
    if (!contact.firstName.isEmpty() || !contact.lastName.isEmpty() || !contact.companyName.isEmpty())
        contact.name = contact.displayName();
    return communication;
}

template<class T>
Result<T> forPeople(const Result<T> &result, bool json)
{
    if (json || !result.ok())
        return result;
    if constexpr (std::is_same_v<T, Communication>) {
        return withContactName(result.value());
    } else {
        T communications;
        for (const Communication &communication : result.value())
            communications.append(withContactName(communication));
        return communications;
    }
}

} // namespace

namespace {

// --all: a list read page after page (the limit, 500 by default, is the page's size) until a page is
// short (R13+) or longer than asked (before R13 the server sends everything at once), or brings
// nothing new (a server that ignores the offset).
template<class T>
struct Pages
{
    using Handler = std::function<void(const Result<QList<T>> &)>;
    using Fetch = std::function<void(const CommunicationsApi::ListFilter &, Handler)>;
    static constexpr int kPageSize = 500;

    static void readAll(CommunicationsApi::ListFilter filter, Fetch fetch, Handler done)
    {
        filter.paging.numberOfResults = filter.paging.numberOfResults.value_or(kPageSize);
        filter.paging.offset = filter.paging.offset.value_or(0);
        read(std::make_shared<State>(State {{}, std::move(fetch), std::move(done)}), filter);
    }

private:
    struct State
    {
        QList<T> all;
        Fetch fetch;
        Handler done;
    };

    static QString idOf(const Communication &communication) { return communication.id; }
    static QString idOf(const CommunicationRow &row) { return row.id().toString(); }

    // The state lives as long as the request in flight holds its handler.
    static void read(std::shared_ptr<State> state, CommunicationsApi::ListFilter page)
    {
        state->fetch(page, [state, page](const Result<QList<T>> &result) {
            if (!result.ok())
                return state->done(result.error());
            const QList<T> &rows = result.value();
            const bool repeats =
                !rows.isEmpty() && !state->all.isEmpty() && idOf(rows.first()) == idOf(state->all.first());
            if (!repeats)
                state->all += rows;
            const int size = *page.paging.numberOfResults;
            if (repeats || rows.size() != size)
                return state->done(state->all);
            CommunicationsApi::ListFilter following = page;
            following.paging.offset = *page.paging.offset + size;
            read(state, following);
        });
    }
};

} // namespace

CommunicationsRunner::CommunicationsRunner(Session *session, bool json, QObject *parent)
    : CommandRunner(session, json, parent)
    , m_api(session)
{ }

QList<TableColumn> CommunicationsRunner::listColumns()
{
    return {
        {tr("NUMBER"), QStringLiteral("number")},
        {tr("STATE"), QStringLiteral("life_cycle_state")},
        {tr("DIRECTION"), QStringLiteral("direction")},
        {tr("MEDIA"), QStringLiteral("media")},
        {tr("CONTACT"), QStringLiteral("contact_information.name")},
        {tr("SUBJECT"), QStringLiteral("subject")},
        {tr("CREATED"), QStringLiteral("log_information.created_date")},
    };
}

void CommunicationsRunner::run(const CliInvocation &invocation, CommandFinish finish)
{
    const CommandArguments &arguments = invocation.arguments;
    const bool asJson = json();
    // A single communication: who and what first, the long content last.
    auto shown = [asJson, finish](const Result<Communication> &result) {
        static const QStringList leading = {
            QStringLiteral("number"),    QStringLiteral("id"),      QStringLiteral("life_cycle_state"),
            QStringLiteral("direction"), QStringLiteral("media"),   QStringLiteral("contact_information"),
            QStringLiteral("to"),        QStringLiteral("subject"),
        };
        static const QStringList trailing = {QStringLiteral("log_information"), QStringLiteral("content")};
        finish(objectOutcome(forPeople(result, asJson), asJson, leading, trailing));
    };
    const Identifier target = arguments.target.value_or(Identifier());

    switch (invocation.command) {
    case CliCommand::CommunicationsList: {
        if (arguments.csv) {
            auto fetch = [this](const CommunicationsApi::ListFilter &filter, Pages<CommunicationRow>::Handler done) {
                m_api.listRows(this, filter, std::move(done));
            };
            auto written = [finish](const Result<QList<CommunicationRow>> &rows) {
                if (!rows.ok())
                    return finish(CommandOutcome::failure(rows.error()));
                finish(CommandOutcome::success(QString::fromUtf8(CommunicationExport::document(rows.value(), {}))));
            };
            if (arguments.allPages)
                Pages<CommunicationRow>::readAll(arguments.communications, fetch, written);
            else
                fetch(arguments.communications, written);
            return;
        }
        const QList<TableColumn> columns = arguments.communications.fieldsSet.isEmpty()
            ? listColumns()
            : columnsForFields(arguments.communications.fieldsSet);
        auto fetch = [this](const CommunicationsApi::ListFilter &filter, Pages<Communication>::Handler done) {
            m_api.list(this, filter, std::move(done));
        };
        auto shownList = [asJson, finish, columns](const Result<QList<Communication>> &r) {
            finish(listOutcome(forPeople(r, asJson), asJson, columns));
        };
        if (arguments.allPages)
            Pages<Communication>::readAll(arguments.communications, fetch, shownList);
        else
            fetch(arguments.communications, shownList);
        return;
    }
    case CliCommand::CommunicationsShow:
        m_api.show(this, target, arguments.fieldsSet, shown);
        return;
    case CliCommand::CommunicationsCreate:
        m_api.create(this, arguments.contact.value_or(Identifier()), arguments.input, shown);
        return;
    case CliCommand::CommunicationsUpdate:
        m_api.update(this, target, arguments.input, shown);
        return;
    case CliCommand::CommunicationsComplete:
        m_api.complete(this, target, shown);
        return;
    case CliCommand::CommunicationsView:
        m_api.setAsViewed(this, target, arguments.viewedOn, shown);
        return;
    default:
        finish(CommandOutcome::failure(ApiError(ApiError::Kind::Usage, tr("Not a communications command."))));
        return;
    }
}

} // namespace commdesk
