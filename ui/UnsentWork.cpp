#include "UnsentWork.h"

#include "BrowseSidebar.h"
#include "ComposeDialog.h"
#include "LocalDraftStore.h"
#include "Outbox.h"
#include "OutboxPanel.h"
#include "StoreThread.h"

#include <QMainWindow>
#include <QStatusBar>

namespace commdesk {

UnsentWork::UnsentWork(CrmConnection *connection, Settings *settings, BrowseSidebar *sidebar, QMainWindow *window)
    : QObject(window)
    , m_connection(connection)
    , m_settings(settings)
    , m_window(window)
{
    m_localDrafts = std::make_unique<LocalDraftStore>();
    if (!m_localDrafts->open(LocalDraftStore::defaultPath()))
        qWarning("local drafts unavailable: %s", qPrintable(m_localDrafts->errorText()));
    m_storeThread = std::make_unique<StoreThread>();
    m_outbox = new Outbox(m_storeThread.get(), m_storeThread->make<OutboxStore>(), connection->communications(),
                          nullptr, this);
    m_panel = new OutboxPanel(m_localDrafts.get(), m_outbox, sidebar);
    sidebar->addSection(m_panel);
    connect(m_panel, &OutboxPanel::openLocalDraft, this, [this](const LocalDraft &draft) {
        compose([draft](ComposeDialog *dialog) { dialog->restoreLocalDraft(draft); });
    });
    connect(m_panel, &OutboxPanel::editOutboxItem, this, [this](const OutboxItem &item) {
        compose([this, item](ComposeDialog *dialog) {
            if (!dialog->editOutboxItem(item)) {
                showStatus(tr("This item is being sent or checked; try again in a moment."), 5000);
                dialog->deleteLater();
            }
        });
    });
    connect(m_outbox, &Outbox::sent, this, [this](qint64, const Communication &communication) {
        showStatus(tr("%1 sent from the outbox.").arg(communication.number), 5000);
    });
}

UnsentWork::~UnsentWork()
{
    delete m_outbox; // before its store thread, which then closes the store
}

void UnsentWork::start()
{
    m_outbox->start(OutboxStore::defaultPath());
    const QList<LocalDraft> recovered = m_localDrafts->drafts();
    m_panel->setRecoveredDrafts(recovered);
    if (!recovered.isEmpty())
        showStatus(recovered.size() == 1
                       ? tr("A communication typed before CommDesk closed can be opened under “Not yet sent”.")
                       : tr("%1 communications typed before CommDesk closed can be opened under “Not yet sent”.")
                             .arg(recovered.size()));
}

ComposeDialog *UnsentWork::compose(const std::function<void(ComposeDialog *)> &setUp)
{
    // A child of the window, which closes its compose windows first when it goes (~MainWindow).
    auto *dialog = new ComposeDialog(m_connection, m_settings, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLocalStores(m_localDrafts.get(), m_outbox);
    connect(dialog, &ComposeDialog::queuedInOutbox, this, [this] {
        showStatus(tr("The server could not be reached: the communication waits in the outbox."), 8000);
    });
    connect(dialog, &ComposeDialog::communicationSaved, this, [this](const Communication &communication) {
        Q_EMIT communicationSaved(communication);
        showStatus(communication.lifeCycleState == LifeCycleState::Draft
                       ? tr("Draft %1 saved.").arg(communication.number)
                       : tr("%1 sent.").arg(communication.number),
                   5000);
    });
    setUp(dialog);
    dialog->show();
    Q_EMIT composeOpened(dialog);
    return dialog;
}

void UnsentWork::showStatus(const QString &text, int timeout)
{
    m_window->statusBar()->showMessage(text, timeout);
}

} // namespace commdesk
