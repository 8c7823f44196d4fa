#include "SearchField.h"

#include "Accessibility.h"
#include "PaletteIcon.h"

#include <QIcon>
#include <QKeyEvent>
#include <QTimer>

namespace commdesk {

SearchField::SearchField(QWidget *parent)
    : QLineEdit(parent)
    , m_pause(new QTimer(this))
{
    setObjectName(QStringLiteral("searchField"));
    setPlaceholderText(tr("Search all communications (Ctrl+K)"));
    setAccessibleName(tr("Search all communications"));
    setAccessibleDescription(tr("Searches every communication CommDesk has loaded or opened; a communication or "
                                "contact number is also looked up on the server."));
    accessibility::enableClearButton(this);
    QAction *icon = addAction(paletteIcon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    icon->setText(tr("Search all communications"));
    connect(icon, &QAction::triggered, this, [this] { setFocus(Qt::OtherFocusReason); });
    setMinimumWidth(220);
    setMaximumWidth(420);
    m_pause->setSingleShot(true);
    m_pause->setInterval(kTypingPauseMs);
    connect(m_pause, &QTimer::timeout, this, [this] { Q_EMIT searchRequested(text()); });
    connect(this, &QLineEdit::textChanged, this, [this](const QString &typed) {
        if (typed.trimmed().isEmpty()) {
            m_pause->stop();
            Q_EMIT cancelled();
        } else {
            m_pause->start();
        }
    });
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        m_pause->stop();
        if (text().isEmpty())
            Q_EMIT cancelled();
        else
            clear(); // cancelled() follows from the empty text
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        m_pause->stop();
        if (!text().trimmed().isEmpty())
            Q_EMIT searchRequested(text());
        Q_EMIT resultsWanted();
        return;
    case Qt::Key_Down:
        Q_EMIT resultsWanted();
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

} // namespace commdesk
