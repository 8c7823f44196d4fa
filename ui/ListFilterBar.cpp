#include "ListFilterBar.h"

#include "DisplayText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace commdesk {

ListFilterBar::ListFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
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
    m_quickFilter->setPlaceholderText(tr("Filter loaded rows…"));
    m_quickFilter->setAccessibleName(tr("Quick filter"));
    m_quickFilter->setClearButtonEnabled(true);
    m_quickFilter->setMaximumWidth(260);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_direction);
    layout->addWidget(m_media);
    layout->addWidget(m_quickFilter);

    connect(m_direction, &QComboBox::currentIndexChanged, this, &ListFilterBar::serverFilterChanged);
    connect(m_media, &QComboBox::currentIndexChanged, this, &ListFilterBar::serverFilterChanged);
    connect(m_quickFilter, &QLineEdit::textChanged, this, &ListFilterBar::quickFilterChanged);
}

std::optional<Direction> ListFilterBar::direction() const
{
    return fromWire<Direction>(m_direction->currentData().toString());
}

std::optional<Media> ListFilterBar::media() const
{
    return fromWire<Media>(m_media->currentData().toString());
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
