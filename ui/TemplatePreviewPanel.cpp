#include "TemplatePreviewPanel.h"

#include "Theme.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace commdesk {

namespace {

QString braced(const QStringList &names)
{
    QStringList texts;
    for (const QString &name : names)
        texts.append(QStringLiteral("{{") + name + QStringLiteral("}}"));
    return texts.join(QStringLiteral(", "));
}

} // namespace

TemplatePreviewPanel::TemplatePreviewPanel(QWidget *parent)
    : QWidget(parent)
    , m_preview(new QLabel)
    , m_warning(new QLabel)
{
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setAccessibleName(tr("Preview with the placeholders filled in"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setMargin(6);
    m_warning->setObjectName(QStringLiteral("templateWarning"));
    m_warning->setAccessibleName(tr("Placeholder warning"));
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setWordWrap(true);
    theme::setTextTone(m_warning, tones::Tone::Warning);
    m_warning->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preview);
    layout->addWidget(m_warning);
    hide();
}

void TemplatePreviewPanel::showPreview(const QString &subject, const QString &content,
                                       const std::optional<Contact> &contact)
{
    if (!ComposeTemplatePreview::hasPlaceholders(subject) && !ComposeTemplatePreview::hasPlaceholders(content)) {
        hide();
        return;
    }
    show();
    if (!contact) {
        m_preview->setText(tr("Look up the contact to see the placeholders filled in."));
        m_warning->hide();
        return;
    }
    const ComposeTemplatePreview::Result s = ComposeTemplatePreview::resolve(subject, *contact);
    const ComposeTemplatePreview::Result c = ComposeTemplatePreview::resolve(content, *contact);
    m_preview->setText(s.text + QStringLiteral("\n\n") + c.text);
    QStringList empty = s.empty;
    for (const QString &name : c.empty) {
        if (!empty.contains(name))
            empty.append(name);
    }
    QStringList unknown = s.unknown;
    for (const QString &name : c.unknown) {
        if (!unknown.contains(name))
            unknown.append(name);
    }
    QStringList warnings;
    if (!empty.isEmpty())
        warnings.append(
            tr("Empty for %1: %2. The text will have a gap there.").arg(contact->displayName(), braced(empty)));
    if (!unknown.isEmpty())
        warnings.append(tr("Not filled in by the server: %1.").arg(braced(unknown)));
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setHidden(warnings.isEmpty());
}

QString TemplatePreviewPanel::previewText() const
{
    return isHidden() ? QString() : m_preview->text();
}

QString TemplatePreviewPanel::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

bool TemplatePreviewPanel::hasWarning() const
{
    return !isHidden() && !m_warning->isHidden();
}

} // namespace commdesk
