#include "ComposeEditor.h"

#include "Accessibility.h"
#include "ComposeFieldErrors.h"
#include "ComposeLookupCombo.h"
#include "ComposeLookups.h"
#include "ComposeTemplatePreview.h"
#include "ContactPicker.h"
#include "DisplayText.h"
#include "FieldErrorLabel.h"
#include "MoreFieldsPanel.h"
#include "SmsCounterLabel.h"
#include "TemplatePicker.h"
#include "TemplatePreviewPanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QVBoxLayout>

namespace commdesk {

namespace {

const QString kContact = QStringLiteral("contact_information_identifier");

template<class E>
std::optional<E> enumOf(const QComboBox *combo)
{
    const QVariant data = combo->currentData();
    return data.isValid() ? std::optional(E(data.toInt())) : std::nullopt;
}

template<class E>
void setEnum(QComboBox *combo, std::optional<E> value)
{
    combo->setCurrentIndex(value ? combo->findData(int(*value)) : 0);
}

// maxLines 0: the field takes whatever height is left.
QPlainTextEdit *textEdit(int lines, int maxLines = 0)
{
    auto *edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true); // Tab moves on, as in every other field
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    if (maxLines > 0)
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * maxLines + 12);
    return edit;
}

// `Billing › Invoices`: categories form a tree through parent_id (docs/api-contract.md "Configuration look-ups").
QString categoryPath(const Category &category, const QHash<QString, Category> &byId)
{
    QStringList names {category.name};
    QString parent = category.parentId;
    for (int depth = 0; !parent.isEmpty() && byId.contains(parent) && depth < 16; ++depth) {
        names.prepend(byId.value(parent).name);
        parent = byId.value(parent).parentId;
    }
    return names.join(QStringLiteral(" › "));
}

} // namespace

ComposeEditor::ComposeEditor(ComposeLookups *lookups, QWidget *parent)
    : QWidget(parent)
    , m_server(lookups)
    , m_errors(std::make_unique<ComposeFieldErrors>())
    , m_contact(new ContactPicker(lookups))
    , m_template(new TemplatePicker(lookups))
    , m_preview(new TemplatePreviewPanel)
    , m_direction(new QComboBox)
    , m_media(new QComboBox)
    , m_category(new ComposeLookupCombo(tr("No category")))
    , m_externalSystem(new ComposeLookupCombo(tr("None")))
    , m_to(new QLineEdit)
    , m_subject(new QLineEdit)
    , m_content(textEdit(8))
    , m_counter(new SmsCounterLabel)
    , m_notes(textEdit(3, 4))
    , m_more(new MoreFieldsPanel(m_errors.get()))
{
    m_direction->addItem(tr("Choose…"));
    for (const Direction direction : allValues<Direction>())
        m_direction->addItem(DisplayText::directionIcon(direction), DisplayText::direction(direction), int(direction));
    m_media->addItem(tr("Choose…"));
    for (const Media media : allValues<Media>())
        m_media->addItem(DisplayText::mediaIcon(media), DisplayText::media(media), int(media));
    m_to->setPlaceholderText(tr("E-mail address or phone number"));
    accessibility::enableClearButton(m_to);
    m_preview->setObjectName(QStringLiteral("templatePreviewPanel"));
    buildForm();
    connectFields();
    refreshTemplateFilter();
    refreshPreviewAndCounter();
}

void ComposeEditor::buildForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_errors->addRow(form, tr("&Contact"), m_contact, kContact);
    m_errors->addRow(form, tr("&Template"), m_template, QStringLiteral("template_identifier"));
    form->addRow(QString(), m_preview);
    m_errors->addRow(form, tr("&Direction"), m_direction, QStringLiteral("direction"));
    m_errors->addRow(form, tr("Medi&a"), m_media, QStringLiteral("media"));
    m_errors->addRow(form, tr("Cate&gory"), m_category, QStringLiteral("category_identifier"));
    m_errors->addRow(form, tr("&Queue external system"), m_externalSystem,
                     QStringLiteral("communication_queue_external_system_identifier"));
    m_errors->addRow(form, tr("T&o"), m_to, QStringLiteral("to"));
    m_errors->addRow(form, tr("&Subject"), m_subject, QStringLiteral("subject"));
    m_errors->addRow(form, tr("Cont&ent"), m_content, QStringLiteral("content"));
    form->addRow(QString(), m_counter);
    m_errors->addRow(form, tr("&Notes"), m_notes, QStringLiteral("notes"));
    // The pickers name their inner controls; their own object names serve the tests as well.
    m_contact->setAccessibleName(tr("Contact"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_more);
    layout->addStretch();
}

void ComposeEditor::connectFields()
{
    connect(m_contact, &ContactPicker::contactFound, this, [this] {
        m_errors->clear(kContact);
        if (!m_draftMode)
            suggestTo();
        refreshPreviewAndCounter();
        Q_EMIT changed();
    });
    connect(m_contact, &ContactPicker::lookupFailed, this, [this](const ApiError &error) {
        m_errors->showIssue({kContact, error.userText()});
    });
    connect(m_contact, &ContactPicker::identifierEdited, this, [this] {
        m_errors->clear(kContact);
        refreshPreviewAndCounter();
        Q_EMIT changed();
    });
    connect(m_template, &TemplatePicker::templateApplied, this, &ComposeEditor::applyTemplate);
    connect(m_template->combo(), &ComposeLookupCombo::chosen, this, [this] {
        m_errors->clear(QStringLiteral("template_identifier"));
        Q_EMIT changed();
    });
    connect(m_template, &TemplatePicker::loadFailed, this, [this](const ApiError &error) {
        m_errors->showIssue(
            {QStringLiteral("template_identifier"), tr("The templates could not be loaded: %1").arg(error.userText())});
    });
    connect(m_direction, &QComboBox::currentIndexChanged, this, [this] {
        refreshTemplateFilter();
        Q_EMIT changed();
    });
    connect(m_media, &QComboBox::currentIndexChanged, this, [this] {
        suggestTo();
        refreshTemplateFilter();
        refreshPreviewAndCounter();
        Q_EMIT changed();
    });
    connect(m_category, &ComposeLookupCombo::chosen, this, [this] {
        refreshTemplateFilter();
        Q_EMIT changed();
    });
    connect(m_externalSystem, &ComposeLookupCombo::chosen, this, [this] {
        refreshPreviewAndCounter();
        Q_EMIT changed();
    });
    for (QLineEdit *edit : {m_to, m_subject})
        connect(edit, &QLineEdit::textChanged, this, &ComposeEditor::changed);
    connect(m_subject, &QLineEdit::textChanged, this, &ComposeEditor::refreshPreviewAndCounter);
    connect(m_content, &QPlainTextEdit::textChanged, this, [this] {
        refreshPreviewAndCounter();
        Q_EMIT changed();
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ComposeEditor::changed);
    connect(m_more, &MoreFieldsPanel::changed, this, &ComposeEditor::changed);
    for (FieldErrorLabel *label : m_errors->labels()) {
        connect(label, &FieldErrorLabel::errorShown, this, [this](const QString &parameter) {
            if (MoreFieldsPanel::holds(parameter))
                m_more->setExpanded(true);
        });
    }
}

ComposeEditor::~ComposeEditor() = default;

ComposeForm ComposeEditor::form() const
{
    ComposeForm form;
    form.contactField = m_contact->field();
    form.contactValue = m_contact->value();
    form.templateChoice = m_template->choice();
    form.category = m_category->choice();
    form.externalSystem = m_externalSystem->choice();
    form.direction = enumOf<Direction>(m_direction);
    form.media = enumOf<Media>(m_media);
    form.subject = m_subject->text();
    form.content = m_content->toPlainText();
    form.to = m_to->text();
    form.notes = m_notes->toPlainText();
    m_more->readInto(form);
    return form;
}

void ComposeEditor::setForm(const ComposeForm &form)
{
    m_contact->setIdentifier(form.contactField, form.contactValue);
    m_template->setChoice(form.templateChoice);
    m_category->setChoice(form.category);
    m_externalSystem->setChoice(form.externalSystem);
    setEnum(m_direction, form.direction);
    setEnum(m_media, form.media);
    m_to->setText(form.to);
    m_subject->setText(form.subject);
    m_content->setPlainText(form.content);
    m_notes->setPlainText(form.notes);
    m_more->load(form);
    m_suggestedTo.clear();
    m_errors->clearAll();
    refreshTemplateFilter();
    refreshPreviewAndCounter();
}

ComposeContext ComposeEditor::context() const
{
    return {m_template->chosenTemplate(), m_contact->contact()};
}

void ComposeEditor::setDraftMode(bool draft)
{
    m_draftMode = draft;
    m_contact->setReadOnly(draft);
}

void ComposeEditor::setKnownContact(const Contact &contact)
{
    m_contact->setKnownContact(contact);
    refreshPreviewAndCounter();
}

void ComposeEditor::lookUpContact()
{
    m_contact->lookUp();
}

void ComposeEditor::focusFirstField()
{
    QWidget *first = m_draftMode ? static_cast<QWidget *>(m_template) : m_contact;
    first->setFocus(Qt::OtherFocusReason);
}

void ComposeEditor::loadLookups()
{
    delete m_lookups;
    m_lookups = new QObject(this);
    m_server->categories(m_lookups, [this](const Result<QList<Category>> &result) {
        if (result)
            showCategories(result.value());
        else
            m_errors->showIssue({QStringLiteral("category_identifier"),
                                 tr("The categories could not be loaded: %1").arg(result.error().userText())});
    });
    m_server->externalSystems(m_lookups, [this](const Result<QList<ExternalSystem>> &result) {
        if (result)
            showExternalSystems(result.value());
        else
            m_errors->showIssue({QStringLiteral("communication_queue_external_system_identifier"),
                                 tr("The external systems could not be loaded: %1").arg(result.error().userText())});
    });
}

QWidget *ComposeEditor::showIssues(const QList<ComposeIssue> &issues)
{
    m_errors->show(issues);
    for (const ComposeIssue &issue : issues) {
        if (QWidget *field = m_errors->field(issue.parameter)) {
            field->setFocus(Qt::OtherFocusReason);
            return field;
        }
    }
    return nullptr;
}

QWidget *ComposeEditor::showIssue(const ComposeIssue &issue)
{
    if (!m_errors->showIssue(issue))
        return nullptr;
    QWidget *field = m_errors->field(issue.parameter);
    field->setFocus(Qt::OtherFocusReason);
    return field;
}

void ComposeEditor::clearIssues()
{
    m_errors->clearAll();
}

void ComposeEditor::applyTemplate(const Template &chosen)
{
    if (chosen.direction)
        setEnum(m_direction, chosen.direction);
    if (chosen.media)
        setEnum(m_media, chosen.media);
    if (chosen.category && !m_category->selectId(chosen.category->id))
        m_category->setChoice(ComposeChoice {Identifier::byId(chosen.category->id), chosen.category->name});
    // Replaced through the editors' own editing, so that Undo brings back what was there before.
    if (!chosen.subject.isEmpty()) {
        m_subject->selectAll();
        m_subject->insert(chosen.subject);
    }
    if (!chosen.content.isEmpty()) {
        QTextCursor cursor(m_content->document());
        cursor.select(QTextCursor::Document);
        cursor.insertText(chosen.content);
    }
    for (const auto &parameter :
         {QStringLiteral("direction"), QStringLiteral("media"), QStringLiteral("category_identifier"),
          QStringLiteral("subject"), QStringLiteral("content")})
        m_errors->clear(parameter);
    refreshTemplateFilter();
    refreshPreviewAndCounter();
    Q_EMIT changed();
}

std::optional<Media> ComposeEditor::media() const
{
    return enumOf<Media>(m_media);
}

void ComposeEditor::suggestTo()
{
    const std::optional<Contact> contact = m_contact->contact();
    if (!contact)
        return;
    const std::optional<Media> chosen = media();
    const QString suggestion = chosen == Media::Email ? contact->primaryEmail()
        : chosen == Media::Sms                        ? contact->primaryMobile()
                                                      : QString();
    if (suggestion.isEmpty())
        return;
    // Only what is empty or was suggested before is replaced: never what the user typed.
    if (m_to->text().trimmed().isEmpty() || m_to->text() == m_suggestedTo) {
        m_to->setText(suggestion);
        m_suggestedTo = suggestion;
        m_errors->clear(QStringLiteral("to"));
    }
}

void ComposeEditor::refreshTemplateFilter()
{
    const std::optional<ComposeChoice> category = m_category->choice();
    m_template->setFilter(enumOf<Direction>(m_direction), media(),
                          category ? std::optional(category->ref) : std::nullopt);
}

void ComposeEditor::refreshPreviewAndCounter()
{
    const std::optional<Contact> contact = m_contact->contact();
    const QString content = m_content->toPlainText();
    m_preview->showPreview(m_subject->text(), content, contact);
    // What the customer receives is the content with its placeholders filled in.
    m_counter->setSms(media() == Media::Sms);
    const QVariant limit = m_externalSystem->choiceData();
    const std::optional<ComposeChoice> system = m_externalSystem->choice();
    m_counter->setCharacterLimit(limit.isValid() ? std::optional(limit.toInt()) : std::nullopt,
                                 system ? system->label : QString());
    m_counter->measure(contact ? ComposeTemplatePreview::resolve(content, *contact).text : content);
}

void ComposeEditor::showCategories(const QList<Category> &categories)
{
    QHash<QString, Category> byId;
    for (const Category &category : categories)
        byId.insert(category.id, category);
    QList<ComposeLookupCombo::Item> items;
    for (const Category &category : categories) {
        QStringList names {category.name};
        if (!category.code.isEmpty())
            names.append(category.code);
        items.append({category.id, categoryPath(category, byId), names, {}});
    }
    std::sort(items.begin(), items.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.label, b.label) < 0; });
    m_category->setItems(items);
    refreshTemplateFilter();
}

void ComposeEditor::showExternalSystems(const QList<ExternalSystem> &systems)
{
    QList<ComposeLookupCombo::Item> items;
    for (const ExternalSystem &system : systems) {
        QStringList names {system.name};
        if (!system.alternativeCode.isEmpty())
            names.append(system.alternativeCode);
        items.append(
            {system.id, system.name, names, system.characterLimit ? QVariant(*system.characterLimit) : QVariant()});
    }
    m_externalSystem->setItems(items);
    refreshPreviewAndCounter();
}

} // namespace commdesk
