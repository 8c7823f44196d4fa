#include "QueueEntryFilterBar.h"

#include "Accessibility.h"
#include "DisplayText.h"
#include "QueueEntryFilterModel.h"
#include "QueueSummary.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace commdesk {

QueueEntryFilterBar::QueueEntryFilterBar(QueueEntryFilterModel *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_source(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_contact(new QLineEdit(this))
    , m_errorCode(new QLineEdit(this))
{
    m_source->setAccessibleName(tr("Media or external system filter"));
    m_source->addItem(tr("All sources"));
    for (Media media : allValues<Media>())
        m_source->addItem(DisplayText::mediaIcon(media), DisplayText::media(media), QueueSummary::mediaKey(media));
    m_state->setAccessibleName(tr("State filter"));
    accessibility::labelComboBox(m_state);
    m_state->addItem(tr("All states"), -1);
    for (QueueState state : allValues<QueueState>())
        m_state->addItem(DisplayText::queueState(state), int(state));
    m_contact->setPlaceholderText(tr("Contact"));
    m_contact->setAccessibleName(tr("Contact filter"));
    accessibility::enableClearButton(m_contact);
    m_errorCode->setPlaceholderText(tr("Error code"));
    m_errorCode->setAccessibleName(tr("Error code filter"));
    accessibility::enableClearButton(m_errorCode);
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const int state = m_state->currentData().toInt();
        m_proxy->setState(state < 0 ? std::nullopt : std::optional<QueueState>(QueueState(state)));
    });
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        const QString key = m_source->currentData().toString();
        if (key.startsWith(QLatin1StringView("media:")))
            m_proxy->setMedia(fromWire<Media>(key.mid(6)));
        else if (key.startsWith(QLatin1StringView("system:")))
            m_proxy->setExternalSystemId(key.mid(7));
        else
            m_proxy->setMedia(std::nullopt);
    });
    connect(m_contact, &QLineEdit::textChanged, m_proxy, &QueueEntryFilterModel::setContact);
    connect(m_errorCode, &QLineEdit::textChanged, m_proxy, &QueueEntryFilterModel::setErrorCode);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Entries").toHtmlEscaped()), this);
    heading->setBuddy(m_source); // the first of the filters it heads
    layout->addWidget(heading);
    layout->addWidget(m_source);
    layout->addWidget(m_state);
    layout->addWidget(m_contact, 1);
    layout->addWidget(m_errorCode, 1);
}

void QueueEntryFilterBar::addExternalSystems(const QList<ExternalSystem> &systems)
{
    for (const ExternalSystem &system : systems) {
        if (m_source->findData(QueueSummary::systemKey(system.id)) < 0)
            m_source->addItem(system.name, QueueSummary::systemKey(system.id));
    }
}

void QueueEntryFilterBar::showRejections(const QString &errorCode, const QString &sourceKey, const QString &sourceName)
{
    int source = sourceKey.isEmpty() ? 0 : m_source->findData(sourceKey);
    if (source < 0) { // an external system the poller has not listed (yet)
        m_source->addItem(sourceName, sourceKey);
        source = m_source->count() - 1;
    }
    m_source->setCurrentIndex(source);
    m_errorCode->setText(errorCode);
    m_state->setCurrentIndex(m_state->findData(int(QueueState::Rejected)));
}

} // namespace commdesk
