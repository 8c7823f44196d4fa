#include "CommunicationFetcher.h"

#include "CommunicationView.h"
#include "CommunicationsApi.h"
#include "DisplayText.h"
#include "MessageBanner.h"
#include "OfflineWorkspace.h"

namespace commdesk {

CommunicationFetcher::CommunicationFetcher(CommunicationsApi *api, OfflineWorkspace *offline, CommunicationView *view,
                                           QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_offline(offline)
    , m_view(view)
{ }

void CommunicationFetcher::cancel()
{
    delete m_request;
}

void CommunicationFetcher::fetch(const QString &id, const QString &label)
{
    cancel(); // a newer selection cancels the older request
    m_view->showLoading(label);
    auto *request = new QObject(this);
    m_request = request;
    m_api->show(request, Identifier::byId(id), {}, [this, request, id](const Result<Communication> &result) {
        if (result.ok()) {
            m_offline->remember(result.value());
            m_view->showCommunication(result.value());
        } else if (!result.error().meansUnreachable()) {
            m_view->clear(); // the pane never shows one communication while the list selects another
            m_view->showError(result.error().userText());
        } else {
            // The saved copy comes from the store thread; a newer selection deletes `request`, and the answer with it.
            m_offline->savedCommunication(
                id, request, [this, request](const OfflineWorkspace::SavedCommunication &copy) {
                    request->deleteLater();
                    if (copy) {
                        m_view->showCommunication(copy->value);
                        m_view->banner()->showMessage(
                            MessageBanner::Kind::Information,
                            tr("The server cannot be reached: this is the copy saved on %1, and it may have changed "
                               "since.")
                                .arg(DisplayText::dateTime(copy->savedAt)));
                    } else {
                        m_view->clear();
                        m_view->showError(tr("The server cannot be reached, and this communication was not opened "
                                             "before, so there is no copy of it to show."));
                    }
                    Q_EMIT shown();
                });
            return;
        }
        request->deleteLater();
        Q_EMIT shown();
    });
}

} // namespace commdesk
