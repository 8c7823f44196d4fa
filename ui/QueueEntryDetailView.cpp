#include "QueueEntryDetailView.h"

#include "DisplayText.h"
#include "QueueEntrySelection.h"
#include "Theme.h"

#include <QLabel>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace commdesk {

QueueEntryDetailView::QueueEntryDetailView(QueueEntrySelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_title(new QLabel(this))
    , m_body(new QTextBrowser(this))
    , m_layout(new QVBoxLayout(this))
{
    m_body->setOpenLinks(false);
    m_body->setAccessibleName(tr("Queue entry details"));
    setFocusProxy(m_body);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_title->setFont(font);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_title);
    m_layout->addWidget(m_body, 1);
    connect(m_selection, &QueueEntrySelection::changed, this, &QueueEntryDetailView::render);
    connect(theme::Notifier::instance(), &theme::Notifier::changed, this, &QueueEntryDetailView::render);
    render();
}

void QueueEntryDetailView::setToolBar(QToolBar *toolBar)
{
    m_layout->insertWidget(1, toolBar);
}

std::optional<QueueEntry> QueueEntryDetailView::entry() const
{
    return m_selection->current();
}

std::optional<Communication> QueueEntryDetailView::communication() const
{
    return m_selection->communication();
}

QString QueueEntryDetailView::text() const
{
    return m_body->toPlainText();
}

void QueueEntryDetailView::render()
{
    const std::optional<QueueEntry> entry = m_selection->current();
    if (!entry) {
        m_title->setText(tr("No entry selected"));
        m_body->setHtml(QStringLiteral("<p style='color:%1'>%2</p>")
                            .arg(tones::color(tones::Tone::Muted).name(),
                                 tr("Select a queue entry to see it and its communication.").toHtmlEscaped()));
        return;
    }
    const std::optional<Communication> communication = m_selection->communication();
    const QString communicationError = m_selection->communicationError();
    const QueueEntry &e = *entry;
    m_title->setText(tr("Queue entry %1").arg(e.number));
    const QString muted = tones::color(tones::Tone::Muted).name();
    auto row = [muted](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='color:%1;padding-right:12px'>%2</td><td>%3</td></tr>")
            .arg(muted, label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table>");
    html += row(tr("State"), e.lifeCycleState ? DisplayText::queueState(*e.lifeCycleState) : QString());
    html += row(tr("Media"), e.media ? DisplayText::media(*e.media) : QString());
    html += row(tr("External system"), e.externalSystem ? e.externalSystem->name : tr("none"));
    if (!e.errorCode.isEmpty())
        html += row(tr("Error"), e.errorCode + QStringLiteral(" — ") + e.errorDescription);
    if (e.logInformation && e.logInformation->createdDate)
        html += row(tr("Created"), DisplayText::dateTime(e.logInformation->createdDate->when()));
    if (e.logInformation && e.logInformation->updatedDate)
        html += row(tr("Updated"), DisplayText::dateTime(e.logInformation->updatedDate->when()));
    html += QStringLiteral("</table><hr>");
    if (communication) {
        const Communication &c = *communication;
        html += QStringLiteral("<table>");
        html += row(tr("Communication"), c.number);
        html += row(tr("Contact"),
                    c.contact ? c.contact->displayName() + QStringLiteral(" (") + c.contact->number + QLatin1Char(')')
                              : QString());
        html += row(tr("To"), c.to);
        html += row(tr("Subject"), c.subject);
        html += QStringLiteral("</table><p style='white-space:pre-wrap'>%1</p>").arg(c.content.toHtmlEscaped());
    } else if (!communicationError.isEmpty()) {
        html += QStringLiteral("<p style='color:%1'>%2</p>")
                    .arg(tones::color(tones::Tone::Error).name(),
                         tr("The communication could not be loaded: %1").arg(communicationError).toHtmlEscaped());
    } else if (e.communication) {
        html += QStringLiteral("<p style='color:%1'>%2</p>")
                    .arg(muted, tr("Loading communication %1…").arg(e.communication->number).toHtmlEscaped());
    }
    m_body->setHtml(html);
}

} // namespace commdesk
