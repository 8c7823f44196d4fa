#include "MessageBanner.h"

#include "Theme.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace commdesk {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Message"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setAccessibleName(tr("Dismiss message"));
    close->setToolTip(tr("Dismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(close);
    connect(m_action, &QPushButton::clicked, this, &MessageBanner::actionTriggered);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(theme::Notifier::instance(), &theme::Notifier::changed, this, &MessageBanner::paintKind);
    hide();
}

void MessageBanner::paintKind()
{
    // A wash of the kind's tone under the palette's own text, so that it reads in a light theme and a dark one.
    const QPalette palette = QApplication::palette();
    const QColor background = m_kind == Kind::Information ? tones::informationBackground(palette)
        : m_kind == Kind::Warning                         ? tones::background(tones::Tone::Warning, palette)
                                                          : tones::background(tones::Tone::Error, palette);
    setStyleSheet(QStringLiteral("commdesk--MessageBanner { background: %1; border: 1px solid palette(mid); "
                                 "border-radius: 4px; } QLabel { color: %2; }")
                      .arg(background.name(), palette.color(QPalette::WindowText).name()));
}

void MessageBanner::showMessage(Kind kind, const QString &text, const QString &actionText)
{
    m_kind = kind;
    paintKind();
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    m_action->setAccessibleName(actionText);
    show();
}

QString MessageBanner::text() const
{
    return isVisible() ? m_text->text() : QString();
}

} // namespace commdesk
