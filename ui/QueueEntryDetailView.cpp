#include "QueueEntryDetailView.h"

#include "DisplayText.h"

#include <QLabel>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

namespace commdesk {

QueueEntryDetailView::QueueEntryDetailView(CommunicationsApi *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_title(new QLabel(this))
    , m_body(new QTextBrowser(this))
    , m_toolBar(new QToolBar(this))
{
    m_body->setOpenLinks(false);
    m_body->setAccessibleName(tr("Queue entry details"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_title->setFont(font);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_body, 1);
    clear();
}

void QueueEntryDetailView::setActions(const QList<QAction *> &actions)
{
    m_toolBar->addActions(actions);
}

void QueueEntryDetailView::clear()
{
    delete m_request;
    m_entry.reset();
    m_communication.reset();
    m_communicationError.clear();
    m_title->setText(tr("No entry selected"));
    m_body->setHtml(tr("<p style='color:gray'>Select a queue entry to see it and its communication.</p>"));
}

QString QueueEntryDetailView::text() const
{
    return m_body->toPlainText();
}

void QueueEntryDetailView::showEntry(const QueueEntry &entry)
{
    const bool other = !m_entry || m_entry->id != entry.id;
    m_entry = entry;
    if (other) {
        m_communication.reset();
        m_communicationError.clear();
        delete m_request;
        if (entry.communication && !entry.communication->id.isEmpty()) {
            auto *request = new QObject(this);
            m_request = request;
            m_api->show(request, Identifier::byId(entry.communication->id), {},
                        [this, request](const Result<Communication> &result) {
                            request->deleteLater();
                            if (result.ok()) {
                                m_communication = result.value();
                                Q_EMIT communicationLoaded(result.value());
                            } else {
                                m_communicationError = result.error().userText();
                            }
                            render();
                        });
        }
    }
    render();
}

void QueueEntryDetailView::render()
{
    if (!m_entry)
        return;
    const QueueEntry &e = *m_entry;
    m_title->setText(tr("Queue entry %1").arg(e.number));
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='color:#666;padding-right:12px'>%1</td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
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
    if (m_communication) {
        const Communication &c = *m_communication;
        html += QStringLiteral("<table>");
        html += row(tr("Communication"), c.number);
        html += row(tr("Contact"),
                    c.contact ? c.contact->displayName() + QStringLiteral(" (") + c.contact->number + QLatin1Char(')')
                              : QString());
        html += row(tr("To"), c.to);
        html += row(tr("Subject"), c.subject);
        html += QStringLiteral("</table><p style='white-space:pre-wrap'>%1</p>").arg(c.content.toHtmlEscaped());
    } else if (!m_communicationError.isEmpty()) {
        html += QStringLiteral("<p style='color:#b02a2a'>%1</p>")
                    .arg(tr("The communication could not be loaded: %1").arg(m_communicationError).toHtmlEscaped());
    } else if (e.communication) {
        html += QStringLiteral("<p style='color:gray'>%1</p>")
                    .arg(tr("Loading communication %1…").arg(e.communication->number).toHtmlEscaped());
    }
    m_body->setHtml(html);
}

} // namespace commdesk
