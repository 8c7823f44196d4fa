#include "QueueWorkListView.h"

#include "DisplayText.h"
#include "MessageBanner.h"
#include "PaletteIcon.h"
#include "PaneNavigation.h"
#include "QueueActionDialog.h"
#include "QueueEntryCommands.h"
#include "QueueEntryDetailView.h"
#include "QueueEntryModel.h"
#include "QueueEntrySelection.h"
#include "QueueEntryTable.h"
#include "QueueSummary.h"
#include "QueueWorkspace.h"
#include "Settings.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QShowEvent>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>

#include <utility>

namespace commdesk {

namespace {

struct Keys
{
    const SettingKey<QString> &source;
    const SettingKey<int> &number;
    const SettingKey<QByteArray> &header;
    const SettingKey<QByteArray> &splitter;
};

Keys keysFor(QueueWorkList::Kind kind)
{
    if (kind == QueueWorkList::Kind::NextToSend)
        return {setting::queueNextSource, setting::queueNextNumber, setting::queueNextHeader,
                setting::queueNextSplitter};
    return {setting::queueUnviewedSource, setting::queueUnviewedNumber, setting::queueUnviewedHeader,
            setting::queueUnviewedSplitter};
}

std::optional<QueueApi::Source> sourceOf(const QString &key)
{
    if (key.startsWith(QLatin1StringView("media:"))) {
        if (const std::optional<Media> media = fromWire<Media>(QStringView(key).mid(6)))
            return QueueApi::Source {media, std::nullopt};
    } else if (key.startsWith(QLatin1StringView("system:")) && key.size() > 7) {
        return QueueApi::Source {std::nullopt, Identifier::byId(key.mid(7))};
    }
    return std::nullopt;
}

} // namespace

QueueWorkListView::QueueWorkListView(QueueWorkspace *workspace, QueueWorkList::Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_kind(kind)
    , m_settings(workspace->settings())
    , m_list(workspace->workList(kind))
    , m_commands(workspace->entryCommands(kind == QueueWorkList::Kind::NextToSend
                                              ? QueueWorkspace::View::NextToSend
                                              : QueueWorkspace::View::DeliveredNotViewed))
{
    // Also where its shortcuts work, in Help > Keyboard shortcuts.
    setAccessibleName(kind == QueueWorkList::Kind::NextToSend ? tr("Next to send") : tr("Delivered, not viewed"));
    m_refresh = new QAction(paletteIcon(QStringLiteral("refresh")), tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("queueWorkListRefresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refresh->setToolTip(tr("Refresh (%1)").arg(m_refresh->shortcut().toString(QKeySequence::NativeText)));
    addAction(m_refresh);
    connect(m_refresh, &QAction::triggered, this, &QueueWorkListView::refresh);
    createLayout();
    connectActions();
    restoreState();

    connect(m_list, &QueueWorkList::loadingChanged, this, &QueueWorkListView::updateState);
    connect(m_list, &QueueWorkList::loaded, this, [this] {
        m_error.clear();
        m_banner->hide();
        updateState();
    });
    connect(m_list, &QueueWorkList::failed, this, [this](const ApiError &error) {
        m_error = error.userText();
        m_banner->showMessage(MessageBanner::Kind::Error, tr("The list could not be loaded: %1").arg(m_error),
                              tr("Retry"));
        updateState();
    });
    connect(m_banner, &MessageBanner::actionTriggered, this, &QueueWorkListView::refresh);
    updateState();
}

QueueEntryModel *QueueWorkListView::entryModel() const
{
    return m_list->model();
}

QueueEntrySelection *QueueWorkListView::entrySelection() const
{
    return m_commands->selection();
}

QAction *QueueWorkListView::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void QueueWorkListView::createLayout()
{
    m_source = new QComboBox(this);
    m_source->setAccessibleName(tr("Media or external system"));
    for (Media media : allValues<Media>())
        m_source->addItem(DisplayText::mediaIcon(media), DisplayText::media(media), QueueSummary::mediaKey(media));
    m_source->insertSeparator(m_source->count());
    m_number = new QSpinBox(this);
    m_number->setRange(1, QueueWorkList::kMaxNumber);
    m_number->setKeyboardTracking(false); // one request when the typing is done, not one per digit
    m_number->setAccessibleName(tr("Number of entries"));
    auto *numberLabel = new QLabel(tr("&Entries:"), this);
    numberLabel->setBuddy(m_number);
    auto *sourceLabel = new QLabel(tr("&Source:"), this);
    sourceLabel->setBuddy(m_source);
    auto *refresh = new QToolButton(this);
    refresh->setDefaultAction(m_refresh);
    refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    refresh->setAccessibleName(tr("Refresh"));
    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("List status"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(sourceLabel);
    bar->addWidget(m_source);
    bar->addSpacing(12);
    bar->addWidget(numberLabel);
    bar->addWidget(m_number);
    bar->addWidget(refresh);
    bar->addSpacing(12);
    bar->addWidget(m_status, 1);

    auto *about = new QLabel(m_kind == QueueWorkList::Kind::NextToSend
                                 ? tr("The pending entries the gateway takes next, in the server's order.")
                                 : tr("Entries delivered (completed) whose communication nobody has viewed yet."),
                             this);
    about->setWordWrap(true);

    m_banner = new MessageBanner(this);
    m_view = makeQueueTable(this, m_list->model(),
                            m_kind == QueueWorkList::Kind::NextToSend ? tr("Entries to send next")
                                                                      : tr("Delivered entries not yet viewed"));
    // The row numbers are the server's order: 1 is what goes (or was delivered) first.
    m_view->verticalHeader()->show();
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    setUpQueueEntryColumns(m_view);
    m_view->setColumnHidden(QueueEntryModel::ErrorCode, true); // neither list holds rejected entries
    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAccessibleName(tr("Entries message"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_placeholder);

    entrySelection()->setSelectionModel(m_view->selectionModel());
    connect(entrySelection(), &QueueEntrySelection::rowOpened, m_view,
            [this](const QModelIndex &index) { m_view->scrollTo(index); });
    m_detail = new QueueEntryDetailView(entrySelection(), this);
    panes::mark(m_view, 1); // as the monitor's entries and entry pane
    panes::mark(m_detail, 3);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({840, 560});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addLayout(bar);
    layout->addWidget(about);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
}

void QueueWorkListView::connectActions()
{
    m_toolBar = new QueueEntryToolBar(m_workspace, m_commands, this);
    m_detail->setToolBar(m_toolBar);
    // A completed or removed entry leaves the list: the workspace asks the server what is next now.
    connect(m_commands, &QueueEntryCommands::finished, this,
            [this](int succeeded, int failed, const QStringList &errors) {
                if (failed > 0)
                    m_banner->showMessage(MessageBanner::Kind::Error,
                                          tr("Some actions failed: %1").arg(errors.join(QStringLiteral("; "))));
                Q_EMIT actionsFinished(succeeded, failed);
            });
    connect(m_toolBar, &QueueEntryToolBar::openCommunicationRequested, this,
            &QueueWorkListView::openCommunicationRequested);
    connect(m_toolBar, &QueueEntryToolBar::actionDialogOpened, this, &QueueWorkListView::actionDialogOpened);
    connect(m_toolBar, &QueueEntryToolBar::composeOpened, this, &QueueWorkListView::composeOpened);
}

void QueueWorkListView::restoreState()
{
    const Keys keys = keysFor(m_kind);
    m_number->setValue(m_settings->value(keys.number));
    const QString source = m_settings->value(keys.source);
    const int index = m_source->findData(source);
    if (index >= 0)
        m_source->setCurrentIndex(index);
    else
        m_wantedSource = source; // an external system: listed once the poller knows them
    if (index < 0)
        m_source->setCurrentIndex(m_source->findData(QueueSummary::mediaKey(Media::Sms)));
    m_view->horizontalHeader()->restoreState(m_settings->value(keys.header));
    m_splitter->restoreState(m_settings->value(keys.splitter));

    // Saved on change (docs/architecture.md "Rules of the house"); connected after restoring so that restoring saves
    // nothing.
    auto saveHeader = [this] { m_settings->setValue(keysFor(m_kind).header, m_view->horizontalHeader()->saveState()); };
    connect(m_view->horizontalHeader(), &QHeaderView::sectionMoved, this, saveHeader);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, saveHeader);
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { m_settings->setValue(keysFor(m_kind).splitter, m_splitter->saveState()); });
    connect(m_source, &QComboBox::activated, this, [this] {
        m_wantedSource.clear();
        m_settings->setValue(keysFor(m_kind).source, m_source->currentData().toString());
        refresh();
    });
    connect(m_number, &QSpinBox::valueChanged, this, [this](int number) {
        m_settings->setValue(keysFor(m_kind).number, number);
        refresh();
    });
}

void QueueWorkListView::setComposeOpener(QueueEntryToolBar::ComposeOpener opener)
{
    m_toolBar->setComposeOpener(std::move(opener));
}

void QueueWorkListView::addExternalSystems(const QList<ExternalSystem> &systems)
{
    for (const ExternalSystem &system : systems) {
        const QString key = QueueSummary::systemKey(system.id);
        if (m_source->findData(key) < 0)
            m_source->addItem(system.name, key);
    }
    if (!m_wantedSource.isEmpty() && m_source->findData(m_wantedSource) >= 0)
        setSource(std::exchange(m_wantedSource, {}));
}

void QueueWorkListView::setSource(const QString &key)
{
    const int index = m_source->findData(key);
    if (index < 0)
        return;
    m_source->setCurrentIndex(index);
    m_settings->setValue(keysFor(m_kind).source, key);
    refresh();
}

void QueueWorkListView::setNumber(int number)
{
    m_number->setValue(number); // loads when it changes
}

void QueueWorkListView::refresh()
{
    if (const std::optional<QueueApi::Source> source = sourceOf(m_source->currentData().toString()))
        m_list->load(*source, m_number->value());
    updateState();
}

void QueueWorkListView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Coming back to the view asks again: the queue moves on while nobody looks.
    if (!event->spontaneous())
        refresh();
}

QString QueueWorkListView::emptyText() const
{
    const QString source = m_source->currentText();
    if (m_kind == QueueWorkList::Kind::NextToSend)
        return tr("No entries are waiting for %1.").arg(source);
    return tr("Nothing delivered through %1 is waiting to be viewed.").arg(source);
}

void QueueWorkListView::updateState()
{
    const bool loading = m_list->isLoading();
    const bool empty = m_list->model()->rowCount() == 0;
    if (loading)
        m_status->setText(tr("Loading…"));
    else if (m_list->loadedAt().isValid())
        m_status->setText(tr("As of %1").arg(DisplayText::dateTime(m_list->loadedAt())));
    else
        m_status->clear();
    if (empty) {
        if (loading)
            m_placeholder->setText(tr("Loading…"));
        else if (!m_error.isEmpty())
            m_placeholder->setText(tr("The list could not be loaded."));
        else if (m_list->loadedAt().isValid())
            m_placeholder->setText(emptyText());
        else
            m_placeholder->setText(QString());
    }
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_placeholder) : m_view);
    if (loading)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

} // namespace commdesk
