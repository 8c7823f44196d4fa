#pragma once

#include "ComposeTemplatePreview.h"

#include <QWidget>

class QLabel;

namespace commdesk {

// What the server will make of the placeholders in the subject and content ({{first_name}} and
// so on, docs/api-contract.md "Communications") for the chosen contact, and a warning for those that stay empty. Hidden
// while the texts have no placeholders.
class TemplatePreviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TemplatePreviewPanel(QWidget *parent = nullptr);

    void showPreview(const QString &subject, const QString &content, const std::optional<Contact> &contact);

    QString previewText() const;
    QString warningText() const;
    bool hasWarning() const;

private:
    QLabel *m_preview;
    QLabel *m_warning;
};

} // namespace commdesk
