#include "ListFilterBar.h"

#include "Accessibility.h"
#include "DisplayText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

namespace commdesk {

ListFilterBar::ListFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_loadAll(new QPushButton(tr("&Load all"), this))
    , m_progress(new QProgressBar(this))
    , m_cancelLoadAll(new QPushButton(tr("Cancel"), this))
    , m_direction(new QComboBox(this))
    , m_media(new QComboBox(this))
    , m_quickFilter(new QLineEdit(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_status->setEnabled(false);
    m_direction->addItem(tr("All directions"));
    for (Direction direction : allValues<Direction>())
        m_direction->addItem(DisplayText::directionIcon(direction), DisplayText::direction(direction),
                             wireName(direction));
    m_media->addItem(tr("All media"));
    for (Media media : allValues<Media>())
        m_media->addItem(DisplayText::mediaIcon(media), DisplayText::media(media), wireName(media));
    m_direction->setAccessibleName(tr("Direction filter"));
    m_media->setAccessibleName(tr("Media filter"));
    accessibility::labelComboBox(m_direction);
    accessibility::labelComboBox(m_media);
    m_quickFilter->setPlaceholderText(tr("Filter loaded rows…"));
    m_quickFilter->setAccessibleName(tr("Quick filter"));
    accessibility::enableClearButton(m_quickFilter);
    m_quickFilter->setMaximumWidth(260);

    m_loadAll->setObjectName(QStringLiteral("loadAll"));
    m_loadAll->setToolTip(tr("Load every communication of this list, so that the sort covers them all"));
    m_progress->setObjectName(QStringLiteral("loadAllProgress"));
    m_progress->setAccessibleName(tr("Loading the whole list"));
    m_progress->setRange(0, 0); // the server does not say how many there are
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_cancelLoadAll->setObjectName(QStringLiteral("cancelLoadAll"));
    setLoadAll(LoadAll::Hidden);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_loadAll);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancelLoadAll);
    layout->addStretch(1);
    layout->addWidget(m_direction);
    layout->addWidget(m_media);
    layout->addWidget(m_quickFilter);

    connect(m_direction, &QComboBox::currentIndexChanged, this, &ListFilterBar::serverFilterChanged);
    connect(m_media, &QComboBox::currentIndexChanged, this, &ListFilterBar::serverFilterChanged);
    connect(m_quickFilter, &QLineEdit::textChanged, this, &ListFilterBar::quickFilterChanged);
    connect(m_loadAll, &QPushButton::clicked, this, &ListFilterBar::loadAllRequested);
    connect(m_cancelLoadAll, &QPushButton::clicked, this, &ListFilterBar::loadAllCancelled);
}

void ListFilterBar::setLoadAll(LoadAll state, int rowsLoaded)
{
    m_loadAll->setVisible(state == LoadAll::Offered);
    m_progress->setVisible(state == LoadAll::Running);
    m_cancelLoadAll->setVisible(state == LoadAll::Running);
    // A busy bar shows no percentage: its text says how far it got.
    m_progress->setFormat(tr("%n loaded", nullptr, rowsLoaded));
}

std::optional<Direction> ListFilterBar::direction() const
{
    return fromWire<Direction>(m_direction->currentData().toString());
}

std::optional<Media> ListFilterBar::media() const
{
    return fromWire<Media>(m_media->currentData().toString());
}

void ListFilterBar::setServerFilters(std::optional<Direction> direction, std::optional<Media> media)
{
    const int directionRow = direction ? m_direction->findData(wireName(*direction)) : 0;
    const int mediaRow = media ? m_media->findData(wireName(*media)) : 0;
    if (directionRow == m_direction->currentIndex() && mediaRow == m_media->currentIndex())
        return;
    {
        const QSignalBlocker directionBlocker(m_direction);
        const QSignalBlocker mediaBlocker(m_media);
        m_direction->setCurrentIndex(std::max(directionRow, 0));
        m_media->setCurrentIndex(std::max(mediaRow, 0));
    }
    Q_EMIT serverFilterChanged();
}

void ListFilterBar::setTitle(const QString &title)
{
    m_title->setText(title);
}

QString ListFilterBar::status() const
{
    return m_status->text();
}

void ListFilterBar::setStatus(const QString &status)
{
    m_status->setText(status);
}

} // namespace commdesk
