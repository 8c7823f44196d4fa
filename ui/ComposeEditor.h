#pragma once

#include "ComposeValidation.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace commdesk {

class ComposeFieldErrors;
class ComposeLookupCombo;
class ContactPicker;
class ComposeLookups;
class MoreFieldsPanel;
class SmsCounterLabel;
class TemplatePicker;
class TemplatePreviewPanel;

// The fields of the compose window and how they help each other: the contact's lookup suggests
// `to`, a template fills the fields it gives, direction, media and category narrow the template
// list, the content feeds the SMS counter and the placeholder preview. Reads and writes a
// ComposeForm; knows nothing of sending.
class ComposeEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ComposeEditor(ComposeLookups *lookups, QWidget *parent = nullptr);
    ~ComposeEditor() override;

    ComposeForm form() const;
    void setForm(const ComposeForm &form);
    ComposeContext context() const;

    // Editing a draft: the contact cannot change, and looking it up does not change `to`.
    void setDraftMode(bool draft);
    void setKnownContact(const Contact &contact);
    void lookUpContact();
    // Puts the cursor in the first field that can be edited: the contact, or for a draft (whose
    // contact is fixed) the template.
    void focusFirstField();
    // Fetches the categories and queue external systems for their pickers.
    void loadLookups();

    // Shows the issues beside their fields (opening "More" when one is in there) and focuses the
    // first; returns the focused field, or null when none of them has a field.
    QWidget *showIssues(const QList<ComposeIssue> &issues);
    QWidget *showIssue(const ComposeIssue &issue);
    void clearIssues();
    ComposeFieldErrors *errors() const { return m_errors.get(); }

Q_SIGNALS:
    // Something in the form changed (typed, picked, or filled in by a lookup).
    void changed();

private:
    void buildForm();
    void connectFields();
    void applyTemplate(const Template &chosen);
    void suggestTo();
    void refreshTemplateFilter();
    void refreshPreviewAndCounter();
    void showCategories(const QList<Category> &categories);
    void showExternalSystems(const QList<ExternalSystem> &systems);
    std::optional<Media> media() const;

    ComposeLookups *m_server; // what the form looks up
    std::unique_ptr<ComposeFieldErrors> m_errors; // before the fields: their rows register in it
    ContactPicker *m_contact;
    TemplatePicker *m_template;
    TemplatePreviewPanel *m_preview;
    QComboBox *m_direction;
    QComboBox *m_media;
    ComposeLookupCombo *m_category;
    ComposeLookupCombo *m_externalSystem;
    QLineEdit *m_to;
    QLineEdit *m_subject;
    QPlainTextEdit *m_content;
    SmsCounterLabel *m_counter;
    QPlainTextEdit *m_notes;
    MoreFieldsPanel *m_more;
    QPointer<QObject> m_lookups; // owner of the category and external system requests
    QString m_suggestedTo; // what the contact lookup put into `to`; replaced while unchanged
    bool m_draftMode = false;
};

} // namespace commdesk
