// ComposeDialog driven as a person would, against the in-process sandbox over real sockets:
// compose and send, templates and their placeholders, drafts and partial updates, validation,
// server errors, the SMS counter, closing with unsaved changes, geometry and accessibility.
#include "Capture.h"
#include "ComposeDialog.h"
#include "ComposeEditor.h"
#include "ComposeFieldErrors.h"
#include "ComposeLookupCombo.h"
#include "ComposeSender.h"
#include "ConflictDialog.h"
#include "CrmConnection.h"
#include "MessageBanner.h"
#include "Sandbox.h"
#include "Settings.h"
#include "SmsCounterLabel.h"
#include "TemplatePicker.h"
#include "TemplatePreviewPanel.h"
#include "UnrestrictedParameterTable.h"
#include "Wait.h"
#include "WidgetTestSupport.h"
#include "Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace commdesk;

namespace {

// The POST bodies the client logs (commdesk.api debug, token redacted): what went on the wire.
QList<QJsonObject> *g_bodies = nullptr;
QtMessageHandler g_previousHandler = nullptr;

void captureBodies(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "commdesk.api") == 0 && type == QtDebugMsg) {
        const QLatin1StringView prefix("POST body ");
        if (g_bodies && message.startsWith(prefix)) {
            QJsonObject body = QJsonDocument::fromJson(message.mid(prefix.size()).toUtf8()).object();
            body.remove(QStringLiteral("token"));
            g_bodies->append(body);
        }
        return;
    }
    g_previousHandler(type, context, message);
}

void choose(QComboBox *combo, int index)
{
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

void chooseText(QComboBox *combo, const QString &text)
{
    choose(combo, combo->findText(text, Qt::MatchContains));
}

} // namespace

class TestComposeDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void composeByHandAndSend();
    void busyWhileInFlight();
    void composeFromTemplate();
    void emptyPlaceholderWarns();
    void draftThenEditSendsOnlyChanges();
    void conflictCheckSeesChangesWithinASecond();
    void completeUnchangedDraft();
    void validationErrors_data();
    void validationErrors();
    void unknownContactRefusedBesideField();
    void unknownGroupRefusedBesideField();
    void refusalWithoutFieldGoesToBanner();
    void smsCounter();
    void closingAsks();
    void closingSavesDraft();
    void geometryIsRemembered();
    void everyControlIsNamed();

private:
    std::unique_ptr<ComposeDialog> openDialog();
    void enterContact(ComposeDialog *dialog, const QString &number);
    void fillValidEmail(ComposeDialog *dialog, const QString &subject);
    Communication fetch(const QString &number);
    void serverCaughtUp();
    QStringList servedSince(int from) const;
    QList<QJsonObject> bodiesWith(const QString &member) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<CrmConnection> m_connection;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Workspace> m_workspace;
    QStringList m_served;
    QList<QJsonObject> m_bodies;
    Contact m_person; // first and last name, an e-mail address and a mobile number
    Contact m_company; // no first or last name
    Template m_welcome; // EMAIL, with {{first_name}} and {{number}}
    ExternalSystem m_smsGateway; // character_limit 160
};

void TestComposeDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_sandbox = std::make_unique<Sandbox>(SandboxConfig::forTests());
    QString error;
    QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    connect(m_sandbox.get(), &Sandbox::requestServed, this, [this](const QString &line) { m_served.append(line); });
    m_connection = std::make_unique<CrmConnection>();
    QVERIFY(m_connection->client()->setServer(m_sandbox->serverUrl().toString()));
    m_connection->session()->setCredentials(
        {QStringLiteral("demo"), QStringLiteral("demo"), QStringLiteral("DEMO"), {}, {}});
    Capture<Done> login;
    m_connection->session()->login(this, login.handler());
    WAIT_VERIFY(login.done());
    QVERIFY2(login.ok(), login.ok() ? "" : qPrintable(login.error().userText()));

    for (int i = 1; i <= 80 && (m_person.number.isEmpty() || m_company.number.isEmpty()); ++i) {
        Capture<Contact> contact;
        m_connection->configuration()->contact(
            this, Identifier::byNumber(QStringLiteral("CI%1").arg(i, 6, 10, QLatin1Char('0'))), contact.handler());
        WAIT_VERIFY(contact.done());
        QVERIFY(contact.ok());
        const Contact &c = contact.value();
        if (m_person.number.isEmpty() && c.type == ContactType::Person && !c.firstName.isEmpty()
            && !c.lastName.isEmpty() && !c.primaryEmail().isEmpty() && !c.primaryMobile().isEmpty())
            m_person = c;
        if (m_company.number.isEmpty() && c.type == ContactType::Company && c.firstName.isEmpty()
            && !c.primaryEmail().isEmpty())
            m_company = c;
    }
    QVERIFY(!m_person.number.isEmpty());
    QVERIFY(!m_company.number.isEmpty());

    Capture<QList<Template>> templates;
    m_connection->configuration()->templates(this, {}, templates.handler());
    WAIT_VERIFY(templates.done());
    QVERIFY(templates.ok());
    for (const Template &t : templates.value()) {
        if (t.alternativeCode == QLatin1StringView("TPL-WELCOME"))
            m_welcome = t;
    }
    QVERIFY(m_welcome.content.contains(QStringLiteral("{{first_name}}")));
    QCOMPARE(m_welcome.media, Media::Email);

    Capture<QList<ExternalSystem>> systems;
    m_connection->configuration()->externalSystems(this, systems.handler());
    WAIT_VERIFY(systems.done());
    QVERIFY(systems.ok());
    for (const ExternalSystem &system : systems.value()) {
        if (system.characterLimit == 160)
            m_smsGateway = system;
    }
    QVERIFY(!m_smsGateway.id.isEmpty());

    g_bodies = &m_bodies;
    g_previousHandler = qInstallMessageHandler(captureBodies);
    QLoggingCategory::setFilterRules(QStringLiteral("commdesk.api.debug=true"));
}

void TestComposeDialog::init()
{
    m_bodies.clear();
}

void TestComposeDialog::cleanupTestCase()
{
    QLoggingCategory::setFilterRules({});
    qInstallMessageHandler(g_previousHandler);
    g_bodies = nullptr;
    m_workspace.reset();
    m_connection.reset();
    m_sandbox->stop();
}

std::unique_ptr<ComposeDialog> TestComposeDialog::openDialog()
{
    if (!m_workspace)
        m_workspace = std::make_unique<Workspace>(m_connection.get(), m_settings.get(), m_dir.path());
    auto dialog = std::make_unique<ComposeDialog>(m_workspace.get());
    dialog->show();
    dialog->activateWindow();
    if (!QTest::qWaitForWindowActive(dialog.get()))
        qWarning("the compose window did not become active");
    return dialog;
}

void TestComposeDialog::enterContact(ComposeDialog *dialog, const QString &number)
{
    auto *value = child<QLineEdit>(dialog, "contactValue");
    typeInto(value, number);
    QTest::keyClick(value, Qt::Key_Return); // editing finished: looks the contact up
}

void TestComposeDialog::fillValidEmail(ComposeDialog *dialog, const QString &subject)
{
    enterContact(dialog, m_person.number);
    WAIT_VERIFY(child<QLabel>(dialog, "contactName")->text().contains(m_person.displayName()));
    chooseEnum(child<QComboBox>(dialog, "direction"), int(Direction::Outgoing));
    chooseEnum(child<QComboBox>(dialog, "media"), int(Media::Email));
    QCOMPARE(child<QLineEdit>(dialog, "to")->text(), m_person.primaryEmail());
    typeInto(child<QLineEdit>(dialog, "subject"), subject);
    typeInto(child<QPlainTextEdit>(dialog, "content"), QStringLiteral("Dear customer,\nthank you."));
}

Communication TestComposeDialog::fetch(const QString &number)
{
    Capture<Communication> shown;
    m_connection->communications()->show(this, Identifier::byNumber(number), {}, shown.handler());
    if (!QTest::qWaitFor([&] { return shown.done(); }, 10000) || !shown.ok())
        return {};
    return shown.value();
}

// One more call, answered: what the dialog had sent before has reached the sandbox by then.
void TestComposeDialog::serverCaughtUp()
{
    fetch(QStringLiteral("CM000001"));
}

QStringList TestComposeDialog::servedSince(int from) const
{
    return m_served.mid(from);
}

QList<QJsonObject> TestComposeDialog::bodiesWith(const QString &member) const
{
    QList<QJsonObject> found;
    for (const QJsonObject &body : m_bodies) {
        if (body.contains(member))
            found.append(body);
    }
    return found;
}

void TestComposeDialog::composeByHandAndSend()
{
    auto dialog = openDialog();
    QList<Communication> saved;
    connect(dialog.get(), &ComposeDialog::communicationSaved, this,
            [&saved](const Communication &c) { saved.append(c); });
    fillValidEmail(dialog.get(), QStringLiteral("Question about invoice 7"));
    typeInto(child<QPlainTextEdit>(dialog.get(), "notes"), QStringLiteral("Customer called first"));
    auto *category = child<ComposeLookupCombo>(dialog.get(), "category_identifier");
    WAIT_VERIFY(category->hasItems());
    chooseText(category, QStringLiteral("Invoices"));
    auto *system = child<ComposeLookupCombo>(dialog.get(), "communication_queue_external_system_identifier");
    WAIT_VERIFY(system->hasItems());
    chooseText(system, QStringLiteral("Mail Relay"));

    QTest::mouseClick(child<QToolButton>(dialog.get(), "moreToggle"), Qt::LeftButton);
    QVERIFY(child<QLineEdit>(dialog.get(), "udf_string_1")->isVisible());
    typeInto(child<QLineEdit>(dialog.get(), "owned_by_group_identifier"), QStringLiteral("name=Billing Team"));
    typeInto(child<QLineEdit>(dialog.get(), "privacy_level_identifier"), QStringLiteral("name=Internal"));
    chooseEnum(child<QComboBox>(dialog.get(), "referringEntity"), int(ReferringEntity::Bills));
    typeInto(child<QLineEdit>(dialog.get(), "referringNumber"), QStringLiteral("BL000042"));
    typeInto(child<QLineEdit>(dialog.get(), "udf_string_1"), QStringLiteral("gold"));
    typeInto(child<QLineEdit>(dialog.get(), "udf_float_1"), QStringLiteral("12.5"));
    typeInto(child<QLineEdit>(dialog.get(), "udf_date_1"), QStringLiteral("2024-05-31"));
    auto *parameters = child<UnrestrictedParameterTable>(dialog.get(), "unrestricted_parameter_set");
    QTest::mouseClick(child<QPushButton>(dialog.get(), "addParameter"), Qt::LeftButton);
    QCOMPARE(parameters->table()->rowCount(), 1);
    parameters->table()->item(0, UnrestrictedParameterTable::NameColumn)->setText(QStringLiteral("priority"));
    chooseEnum(parameters->typeBox(0), int(ParameterType::Integer));
    parameters->table()->item(0, UnrestrictedParameterTable::ValueColumn)->setText(QStringLiteral("3"));

    // Sent from the content editor: Ctrl+Return must reach the dialog from inside a text edit.
    child<QPlainTextEdit>(dialog.get(), "content")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    WAIT_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    const QList<QJsonObject> creates = bodiesWith(QStringLiteral("contact_information_identifier"));
    QCOMPARE(creates.size(), 1);
    QCOMPARE(creates.first().value(QStringLiteral("contact_information_identifier")).toObject(),
             QJsonObject({{QStringLiteral("number"), m_person.number}}));
    QCOMPARE(creates.first().value(QStringLiteral("life_cycle_state")).toString(), QStringLiteral("COMPLETED"));

    const Communication c = fetch(saved.first().number);
    QCOMPARE(c.number, saved.first().number);
    QCOMPARE(c.lifeCycleState, LifeCycleState::Completed);
    QCOMPARE(c.contact->number, m_person.number);
    QCOMPARE(c.direction, Direction::Outgoing);
    QCOMPARE(c.media, Media::Email);
    QCOMPARE(c.subject, QStringLiteral("Question about invoice 7"));
    QCOMPARE(c.content, QStringLiteral("Dear customer,\nthank you."));
    QCOMPARE(c.to, m_person.primaryEmail());
    QCOMPARE(c.notes, QStringLiteral("Customer called first"));
    QCOMPARE(c.category->name, QStringLiteral("Invoices"));
    QCOMPARE(c.externalSystem->name, QStringLiteral("Mail Relay"));
    QCOMPARE(c.ownedByGroup->name, QStringLiteral("Billing Team"));
    QCOMPARE(c.privacyLevel->name, QStringLiteral("Internal"));
    QCOMPARE(c.referringTo->entity, ReferringEntity::Bills);
    QCOMPARE(c.referringTo->number, QStringLiteral("BL000042"));
    QCOMPARE(c.udfStrings[0], QStringLiteral("gold"));
    QCOMPARE(c.udfFloats[0], std::optional<double>(12.5));
    QCOMPARE(c.udfDates[0]->when().toLocalTime().date(), QDate(2024, 5, 31));
    QCOMPARE(c.unrestrictedParameters.size(), 1);
    QCOMPARE(c.unrestrictedParameters.first().name, QStringLiteral("priority"));
    QCOMPARE(c.unrestrictedParameters.first().type, ParameterType::Integer);
    QCOMPARE(c.unrestrictedParameters.first().value.toLongLong(), 3);
}

void TestComposeDialog::busyWhileInFlight()
{
    auto dialog = openDialog();
    QList<Communication> saved;
    connect(dialog.get(), &ComposeDialog::communicationSaved, this,
            [&saved](const Communication &c) { saved.append(c); });
    fillValidEmail(dialog.get(), QStringLiteral("Busy check"));
    QTest::keyClick(child<QLineEdit>(dialog.get(), "subject"), Qt::Key_S, Qt::ControlModifier);
    // The request is on its way: nothing can be pressed twice, and the progress shows.
    QVERIFY(dialog->isBusy());
    QVERIFY(!child<QPushButton>(dialog.get(), "send")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog.get(), "saveDraft")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog.get(), "close")->isEnabled());
    QVERIFY(child<QProgressBar>(dialog.get(), "progress")->isVisible());
    QVERIFY(!dialog->editor()->isEnabled());
    QVERIFY(!child<QLabel>(dialog.get(), "status")->text().isEmpty());
    WAIT_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    QVERIFY(!dialog->isBusy());
    QVERIFY(child<QPushButton>(dialog.get(), "send")->isEnabled());
    QVERIFY(!child<QProgressBar>(dialog.get(), "progress")->isVisible());
    QVERIFY(dialog->editor()->isEnabled());
    // A saved draft stays open for more work.
    QVERIFY(dialog->isVisible());
    QCOMPARE(saved.first().lifeCycleState, LifeCycleState::Draft);
    QVERIFY(dialog->windowTitle().contains(saved.first().number));
}

void TestComposeDialog::composeFromTemplate()
{
    auto dialog = openDialog();
    QList<Communication> saved;
    connect(dialog.get(), &ComposeDialog::communicationSaved, this,
            [&saved](const Communication &c) { saved.append(c); });
    enterContact(dialog.get(), m_person.number);
    WAIT_VERIFY(dialog->editor()->context().contact.has_value());
    auto *picker = child<TemplatePicker>(dialog.get(), "template_identifier");
    WAIT_VERIFY(!picker->isLoading() && picker->combo()->count() > 1);
    chooseText(picker->combo(), m_welcome.name);

    QCOMPARE(child<QLineEdit>(dialog.get(), "subject")->text(), m_welcome.subject);
    QCOMPARE(child<QPlainTextEdit>(dialog.get(), "content")->toPlainText(), m_welcome.content);
    QCOMPARE(child<QComboBox>(dialog.get(), "direction")->currentData().toInt(), int(Direction::Outgoing));
    QCOMPARE(child<QComboBox>(dialog.get(), "media")->currentData().toInt(), int(Media::Email));
    QVERIFY(child<ComposeLookupCombo>(dialog.get(), "category_identifier")
                ->currentText()
                .contains(m_welcome.category->name));
    QCOMPARE(child<QLineEdit>(dialog.get(), "to")->text(), m_person.primaryEmail());
    auto *preview = child<TemplatePreviewPanel>(dialog.get(), "templatePreviewPanel");
    QVERIFY(preview->isVisible());
    QVERIFY(preview->previewText().contains(QStringLiteral("Welcome to CommDesk Telecom, ") + m_person.firstName));
    QVERIFY(preview->previewText().contains(m_person.number));
    QVERIFY(!preview->previewText().contains(QStringLiteral("{{")));
    QVERIFY(!preview->hasWarning());
    // Filtering by the template's direction, media and category keeps it in the list.
    WAIT_VERIFY(!picker->isLoading());
    QCOMPARE(picker->choice()->ref, Identifier::byId(m_welcome.id));

    QTest::keyClick(dialog.get(), Qt::Key_Return, Qt::ControlModifier);
    WAIT_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    // The server filled the placeholders: the texts equal to the template's were left to it.
    const QJsonObject create = bodiesWith(QStringLiteral("contact_information_identifier")).value(0);
    QCOMPARE(create.value(QStringLiteral("template_identifier")).toObject(),
             QJsonObject({{QStringLiteral("id"), m_welcome.id}}));
    QVERIFY(!create.contains(QStringLiteral("subject")));
    QVERIFY(!create.contains(QStringLiteral("content")));
    const Communication c = fetch(saved.first().number);
    QCOMPARE(c.subject, QStringLiteral("Welcome to CommDesk Telecom, ") + m_person.firstName);
    QVERIFY(c.content.contains(m_person.number));
    QVERIFY(!c.content.contains(QStringLiteral("{{")));
    QCOMPARE(c.templateRef->id, m_welcome.id);
    QCOMPARE(c.category->name, m_welcome.category->name);
}

void TestComposeDialog::emptyPlaceholderWarns()
{
    auto dialog = openDialog();
    enterContact(dialog.get(), m_company.number);
    WAIT_VERIFY(dialog->editor()->context().contact.has_value());
    auto *picker = child<TemplatePicker>(dialog.get(), "template_identifier");
    WAIT_VERIFY(!picker->isLoading() && picker->combo()->count() > 1);
    chooseText(picker->combo(), m_welcome.name);
    auto *preview = child<TemplatePreviewPanel>(dialog.get(), "templatePreviewPanel");
    QVERIFY(preview->hasWarning());
    QVERIFY(preview->warningText().contains(QStringLiteral("{{first_name}}")));
    QVERIFY(!preview->warningText().contains(QStringLiteral("{{number}}")));
    QVERIFY(preview->previewText().contains(m_company.number));
    // Typing a name over the placeholder takes the warning away.
    auto *content = child<QPlainTextEdit>(dialog.get(), "content");
    typeInto(content, QStringLiteral("Dear customer, your number is {{number}}."));
    typeInto(child<QLineEdit>(dialog.get(), "subject"), QStringLiteral("Welcome"));
    QVERIFY(!preview->hasWarning());
    QVERIFY(preview->previewText().contains(QStringLiteral("your number is ") + m_company.number));
}

void TestComposeDialog::draftThenEditSendsOnlyChanges()
{
    QList<Communication> saved;
    {
        auto dialog = openDialog();
        connect(dialog.get(), &ComposeDialog::communicationSaved, this,
                [&saved](const Communication &c) { saved.append(c); });
        fillValidEmail(dialog.get(), QStringLiteral("Draft subject"));
        typeInto(child<QPlainTextEdit>(dialog.get(), "notes"), QStringLiteral("first note"));
        QTest::keyClick(dialog.get(), Qt::Key_S, Qt::ControlModifier);
        WAIT_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        QCOMPARE(saved.first().lifeCycleState, LifeCycleState::Draft);
        QVERIFY(!dialog->hasUnsavedChanges());
        QTest::keyClick(dialog.get(), Qt::Key_Escape); // nothing unsaved: closes without asking
        QVERIFY(!dialog->isVisible());
    }
    const QString number = saved.first().number;
    const Communication draft = fetch(number);
    QCOMPARE(draft.lifeCycleState, LifeCycleState::Draft);
    QCOMPARE(draft.notes, QStringLiteral("first note"));

    auto dialog = openDialog();
    connect(dialog.get(), &ComposeDialog::communicationSaved, this,
            [&saved](const Communication &c) { saved.append(c); });
    dialog->editDraft(draft);
    WAIT_VERIFY(!dialog->isBusy());
    QCOMPARE(child<QLineEdit>(dialog.get(), "subject")->text(), QStringLiteral("Draft subject"));
    QVERIFY(child<QLineEdit>(dialog.get(), "contactValue")->isReadOnly());
    QVERIFY(!dialog->hasUnsavedChanges());

    // Someone else changes the notes meanwhile, within the same second as likely as not (updated_date
    // is written to the second, so the check compares the texts too): an update that sent every
    // member would undo it.
    CommunicationInput elsewhere;
    elsewhere.notes = QStringLiteral("changed elsewhere");
    Capture<Communication> other;
    m_connection->communications()->update(this, Identifier::byNumber(number), elsewhere, other.handler());
    WAIT_VERIFY(other.done());
    QVERIFY(other.ok());

    m_bodies.clear();
    typeInto(child<QLineEdit>(dialog.get(), "subject"), QStringLiteral("Edited subject"));
    QVERIFY(dialog->hasUnsavedChanges());
    QTest::keyClick(dialog.get(), Qt::Key_S, Qt::ControlModifier);
    // The conflict check notices the other change; keeping mine sends only what I changed.
    ConflictDialog *conflict = nullptr;
    WAIT_VERIFY_WITH_TIMEOUT((conflict = dialog->findChild<ConflictDialog *>()) != nullptr, 10000);
    child<QPushButton>(conflict, "keepMine")->click();
    WAIT_COMPARE_WITH_TIMEOUT(saved.size(), 2, 10000);
    QCOMPARE(bodiesWith(QStringLiteral("communication_identifier")),
             QList<QJsonObject> {QJsonDocument::fromJson(QStringLiteral(R"({"communication_identifier": {"id": "%1"},
                                                                           "subject": "Edited subject"})")
                                                             .arg(draft.id)
                                                             .toUtf8())
                                     .object()});
    Communication now = fetch(number);
    QCOMPARE(now.subject, QStringLiteral("Edited subject"));
    QCOMPARE(now.notes, QStringLiteral("changed elsewhere"));
    QCOMPARE(now.lifeCycleState, LifeCycleState::Draft);
    QVERIFY(dialog->isVisible());

    // Completing after one more change: the change and COMPLETED in one update.
    m_bodies.clear();
    typeInto(child<QPlainTextEdit>(dialog.get(), "content"), QStringLiteral("Final text"));
    // The conflict box had the focus: shortcuts reach the compose window once it is active again.
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    QTest::keyClick(dialog.get(), Qt::Key_Return, Qt::ControlModifier);
    WAIT_COMPARE_WITH_TIMEOUT(saved.size(), 3, 10000);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(bodiesWith(QStringLiteral("communication_identifier")),
             QList<QJsonObject> {QJsonDocument::fromJson(QStringLiteral(R"({"communication_identifier": {"id": "%1"},
                                                                           "content": "Final text",
                                                                           "life_cycle_state": "COMPLETED"})")
                                                             .arg(draft.id)
                                                             .toUtf8())
                                     .object()});
    now = fetch(number);
    QCOMPARE(now.lifeCycleState, LifeCycleState::Completed);
    QCOMPARE(now.content, QStringLiteral("Final text"));
    QCOMPARE(now.subject, QStringLiteral("Edited subject"));
    QCOMPARE(now.notes, QStringLiteral("changed elsewhere"));
}

void TestComposeDialog::conflictCheckSeesChangesWithinASecond()
{
    Communication loaded;
    loaded.id = QStringLiteral("D1");
    loaded.direction = Direction::Outgoing;
    loaded.media = Media::Email;
    loaded.subject = QStringLiteral("Your bill");
    loaded.content = QStringLiteral("<p>Dear customer</p>");
    loaded.notes = QStringLiteral("first note");
    loaded.udfStrings[2] = QStringLiteral("ref-7");
    const ComposeForm baseline = ComposeForm::fromCommunication(loaded);

    // The same texts with another log (a view, a renewal): no conflict.
    Communication same = loaded;
    same.logInformation = LogInformation {};
    same.viewed = true;
    QVERIFY(!ComposeSender::textsDiffer(baseline, same));
    // Each text changed elsewhere is a conflict, whatever updated_date says.
    Communication notes = loaded;
    notes.notes = QStringLiteral("changed elsewhere");
    QVERIFY(ComposeSender::textsDiffer(baseline, notes));
    Communication content = loaded;
    content.content += QStringLiteral("<p>PS</p>");
    QVERIFY(ComposeSender::textsDiffer(baseline, content));
    Communication udf = loaded;
    udf.udfStrings[2].clear();
    QVERIFY(ComposeSender::textsDiffer(baseline, udf));
    Communication media = loaded;
    media.media = Media::Sms;
    QVERIFY(ComposeSender::textsDiffer(baseline, media));
}

void TestComposeDialog::completeUnchangedDraft()
{
    CommunicationInput input;
    input.direction = Direction::Outgoing;
    input.media = Media::Phone;
    input.subject = QStringLiteral("Call back");
    input.content = QStringLiteral("Call the customer back");
    input.lifeCycleState = LifeCycleState::Draft;
    Capture<Communication> created;
    m_connection->communications()->create(this, Identifier::byNumber(m_person.number), input, created.handler());
    WAIT_VERIFY(created.done());
    QVERIFY(created.ok());

    auto dialog = openDialog();
    dialog->editDraft(created.value());
    WAIT_VERIFY(!dialog->isBusy());
    QCOMPARE(child<QPushButton>(dialog.get(), "send")->text(), QStringLiteral("Complete"));
    const int from = int(m_served.size());
    QTest::mouseClick(child<QPushButton>(dialog.get(), "send"), Qt::LeftButton);
    WAIT_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
    QVERIFY(servedSince(from).contains(QStringLiteral("POST communications/complete -> OK")));
    QCOMPARE(fetch(created.value().number).lifeCycleState, LifeCycleState::Completed);
}

void TestComposeDialog::validationErrors_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("field"); // object name of the widget to change
    QTest::addColumn<QString>("value"); // what to type there; "EMPTY" empties it
    QTest::addColumn<int>("media");
    QTest::newRow("missing contact") << QStringLiteral("contact_information_identifier")
                                     << QStringLiteral("contactValue") << QStringLiteral("EMPTY") << int(Media::Email);
    QTest::newRow("missing subject") << QStringLiteral("subject") << QStringLiteral("subject")
                                     << QStringLiteral("EMPTY") << int(Media::Email);
    QTest::newRow("missing content") << QStringLiteral("content") << QStringLiteral("content")
                                     << QStringLiteral("EMPTY") << int(Media::Email);
    QTest::newRow("EMAIL without to") << QStringLiteral("to") << QStringLiteral("to") << QStringLiteral("EMPTY")
                                      << int(Media::Email);
    QTest::newRow("bad e-mail") << QStringLiteral("to") << QStringLiteral("to") << QStringLiteral("maria@example")
                                << int(Media::Email);
    QTest::newRow("bad phone for SMS") << QStringLiteral("to") << QStringLiteral("to") << QStringLiteral("call 99 12")
                                       << int(Media::Sms);
    QTest::newRow("bad float") << QStringLiteral("udf_float_2") << QStringLiteral("udf_float_2")
                               << QStringLiteral("twelve") << int(Media::Email);
    QTest::newRow("bad date") << QStringLiteral("udf_date_1") << QStringLiteral("udf_date_1")
                              << QStringLiteral("2024-02-30") << int(Media::Email);
    QTest::newRow("group without field") << QStringLiteral("owned_by_group_identifier")
                                         << QStringLiteral("owned_by_group_identifier")
                                         << QStringLiteral("Billing Team") << int(Media::Email);
}

void TestComposeDialog::validationErrors()
{
    QFETCH(QString, parameter);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(int, media);
    auto dialog = openDialog();
    fillValidEmail(dialog.get(), QStringLiteral("Validation"));
    chooseEnum(child<QComboBox>(dialog.get(), "media"), media);
    QWidget *target = child<QWidget>(dialog.get(), field.toLatin1().constData());
    if (!target->isVisible())
        QTest::mouseClick(child<QToolButton>(dialog.get(), "moreToggle"), Qt::LeftButton);
    typeInto(target, value == QLatin1StringView("EMPTY") ? QString() : value);
    // Collapsed again: an error in there opens it.
    auto *more = child<QToolButton>(dialog.get(), "moreToggle");
    if (more->isChecked())
        QTest::mouseClick(more, Qt::LeftButton);
    QVERIFY(!more->isChecked());
    child<QPlainTextEdit>(dialog.get(), "notes")->setFocus();
    const ComposeForm typed = dialog->editor()->form();
    const int from = int(m_served.size());

    QTest::keyClick(dialog.get(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!dialog->isBusy());
    auto *errors = dialog->editor()->errors();
    QCOMPARE(errors->shown(), QStringList {parameter});
    QLabel *label = errors->label(parameter);
    QVERIFY(label->isVisible()); // a section holding it opens
    QVERIFY(!label->text().isEmpty());
    QCOMPARE(errors->field(parameter)->accessibleDescription(), label->text());
    QVERIFY(errors->field(parameter)->isAncestorOf(QApplication::focusWidget())
            || errors->field(parameter) == QApplication::focusWidget());
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->editor()->form(), typed);
    serverCaughtUp();
    for (const QString &line : servedSince(from))
        QVERIFY2(!line.contains(QStringLiteral("communications/create")), qPrintable(line));
}

void TestComposeDialog::unknownContactRefusedBesideField()
{
    auto dialog = openDialog();
    fillValidEmail(dialog.get(), QStringLiteral("Who is this"));
    auto *errors = dialog->editor()->errors();
    const QString contactParameter = QStringLiteral("contact_information_identifier");
    typeInto(child<QLineEdit>(dialog.get(), "contactValue"), QStringLiteral("CI999999"));
    QVERIFY(errors->text(contactParameter).isEmpty()); // typing cleared the old state
    const ComposeForm typed = dialog->editor()->form();
    const int from = int(m_served.size());
    QTest::keyClick(dialog.get(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(dialog->isBusy());
    WAIT_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000);
    WAIT_VERIFY(servedSince(from).contains(QStringLiteral("POST communications/create -> NOT_FOUND")));
    QVERIFY(errors->text(contactParameter).contains(QStringLiteral("CI999999"))
            || errors->text(contactParameter).contains(QStringLiteral("contact")));
    QCOMPARE(errors->field(contactParameter)->accessibleDescription(), errors->text(contactParameter));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->editor()->form(), typed);
    QVERIFY(child<QPushButton>(dialog.get(), "send")->isEnabled());
    QVERIFY(child<MessageBanner>(dialog.get(), "banner")->text().isEmpty());
}

void TestComposeDialog::unknownGroupRefusedBesideField()
{
    auto dialog = openDialog();
    fillValidEmail(dialog.get(), QStringLiteral("Whose group"));
    QTest::mouseClick(child<QToolButton>(dialog.get(), "moreToggle"), Qt::LeftButton);
    typeInto(child<QLineEdit>(dialog.get(), "owned_by_group_identifier"), QStringLiteral("name=No Such Group"));
    QTest::mouseClick(child<QToolButton>(dialog.get(), "moreToggle"), Qt::LeftButton);
    const ComposeForm typed = dialog->editor()->form();
    QTest::keyClick(dialog.get(), Qt::Key_Return, Qt::ControlModifier);
    WAIT_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000);
    auto *errors = dialog->editor()->errors();
    WAIT_COMPARE(errors->shown(), QStringList {QStringLiteral("owned_by_group_identifier")});
    QVERIFY(errors->label(QStringLiteral("owned_by_group_identifier"))->isVisible());
    QVERIFY(errors->text(QStringLiteral("owned_by_group_identifier")).contains(QStringLiteral("No Such Group")));
    QCOMPARE(dialog->editor()->form(), typed);
    QVERIFY(dialog->isVisible());
}

void TestComposeDialog::refusalWithoutFieldGoesToBanner()
{
    CommunicationInput input;
    input.direction = Direction::Outgoing;
    input.media = Media::Letter;
    input.subject = QStringLiteral("Letter");
    input.content = QStringLiteral("Dear customer");
    input.lifeCycleState = LifeCycleState::Draft;
    Capture<Communication> created;
    m_connection->communications()->create(this, Identifier::byNumber(m_person.number), input, created.handler());
    WAIT_VERIFY(created.done());
    QVERIFY(created.ok());
    auto dialog = openDialog();
    dialog->editDraft(created.value());
    WAIT_VERIFY(!dialog->isBusy());
    // Completed elsewhere while the draft is open.
    Capture<Communication> completed;
    m_connection->communications()->complete(this, Identifier::byId(created.value().id), completed.handler());
    WAIT_VERIFY(completed.done());
    QVERIFY(completed.ok());

    typeInto(child<QLineEdit>(dialog.get(), "subject"), QStringLiteral("Letter, corrected"));
    const ComposeForm typed = dialog->editor()->form();
    QTest::keyClick(dialog.get(), Qt::Key_S, Qt::ControlModifier);
    WAIT_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 10000);
    auto *banner = child<MessageBanner>(dialog.get(), "banner");
    WAIT_VERIFY(!banner->text().isEmpty());
    QVERIFY(banner->text().contains(created.value().number));
    QCOMPARE(dialog->editor()->errors()->shown(), QStringList());
    QCOMPARE(dialog->editor()->form(), typed);
    QVERIFY(dialog->hasUnsavedChanges());
}

void TestComposeDialog::smsCounter()
{
    auto dialog = openDialog();
    enterContact(dialog.get(), m_person.number);
    WAIT_VERIFY(dialog->editor()->context().contact.has_value());
    chooseEnum(child<QComboBox>(dialog.get(), "media"), int(Media::Sms));
    QCOMPARE(child<QLineEdit>(dialog.get(), "to")->text(), m_person.primaryMobile()); // suggested anew
    auto *counter = child<SmsCounterLabel>(dialog.get(), "smsCounter");
    auto *content = child<QPlainTextEdit>(dialog.get(), "content");
    QVERIFY(counter->isVisible());

    typeInto(content, QStringLiteral("Hello"));
    QCOMPARE(counter->length().units, 5);
    QCOMPARE(counter->length().segments, 1);
    QVERIFY(counter->text().contains(QStringLiteral("GSM-7")));
    content->setPlainText(QString(160, QLatin1Char('a')));
    QCOMPARE(counter->length().segments, 1);
    QCOMPARE(counter->length().remainingInSegment, 0);
    QTest::keyClicks(content, QStringLiteral("b"));
    QCOMPARE(counter->length().segments, 2);
    QCOMPARE(counter->length().perSegment, 153);
    QVERIFY(!counter->isOverLimit()); // no external system chosen yet
    content->setPlainText(QString(79, QLatin1Char('a')) + QStringLiteral("€"));
    QCOMPARE(counter->length().units, 81);
    QCOMPARE(counter->characters(), 80);

    content->setPlainText(QStringLiteral("Καλημέρα"));
    QCOMPARE(counter->length().encoding, SmsLength::Encoding::Ucs2);
    QVERIFY(counter->text().contains(QStringLiteral("Unicode")));
    QCOMPARE(counter->length().perSegment, 70);
    content->setPlainText(QStringLiteral("ΔΦ ok 😀"));
    QCOMPARE(counter->length().encoding, SmsLength::Encoding::Ucs2);
    QCOMPARE(counter->length().units, 8);
    content->setPlainText(QStringLiteral("ΔΦ ok"));
    QCOMPARE(counter->length().encoding, SmsLength::Encoding::Gsm7);

    // Placeholders count as what the customer receives.
    content->setPlainText(QStringLiteral("{{first_name}}"));
    QCOMPARE(counter->characters(), int(m_person.firstName.toUcs4().size()));

    auto *system = child<ComposeLookupCombo>(dialog.get(), "communication_queue_external_system_identifier");
    WAIT_VERIFY(system->hasItems());
    chooseText(system, m_smsGateway.name);
    content->setPlainText(QString(160, QLatin1Char('a')));
    QVERIFY(!counter->isOverLimit());
    QTest::keyClicks(content, QStringLiteral("!"));
    QVERIFY(counter->isOverLimit());
    QVERIFY(counter->text().contains(m_smsGateway.name));
    QVERIFY(counter->text().contains(QStringLiteral("160")));
    QCOMPARE(counter->accessibleDescription().isEmpty(), false);
    QTest::keyClick(content, Qt::Key_Backspace);
    QVERIFY(!counter->isOverLimit());

    chooseEnum(child<QComboBox>(dialog.get(), "media"), int(Media::Letter));
    QVERIFY(!counter->text().contains(QStringLiteral("GSM")));
}

void TestComposeDialog::closingAsks()
{
    auto dialog = openDialog();
    QVERIFY(!dialog->hasUnsavedChanges());
    typeInto(child<QLineEdit>(dialog.get(), "subject"), QStringLiteral("Unfinished"));
    QVERIFY(dialog->hasUnsavedChanges());

    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QMessageBox *question = nullptr;
    WAIT_VERIFY((question = dialog->findChild<QMessageBox *>(QStringLiteral("closeQuestion")))
                && question->isVisible());
    QVERIFY(dialog->isVisible());
    question->button(QMessageBox::Cancel)->click();
    WAIT_VERIFY(!dialog->findChild<QMessageBox *>(QStringLiteral("closeQuestion")));
    QVERIFY(dialog->isVisible());
    QCOMPARE(child<QLineEdit>(dialog.get(), "subject")->text(), QStringLiteral("Unfinished"));

    // The window's own close button asks the same.
    QVERIFY(!dialog->close());
    WAIT_VERIFY((question = dialog->findChild<QMessageBox *>(QStringLiteral("closeQuestion")))
                && question->isVisible());
    const int from = int(m_served.size());
    question->button(QMessageBox::Discard)->click();
    WAIT_VERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    serverCaughtUp();
    for (const QString &line : servedSince(from))
        QVERIFY2(!line.startsWith(QStringLiteral("POST ")), qPrintable(line));
}

void TestComposeDialog::closingSavesDraft()
{
    auto dialog = openDialog();
    QList<Communication> saved;
    connect(dialog.get(), &ComposeDialog::communicationSaved, this,
            [&saved](const Communication &c) { saved.append(c); });
    fillValidEmail(dialog.get(), QStringLiteral("Finish tomorrow"));
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QMessageBox *question = nullptr;
    WAIT_VERIFY((question = dialog->findChild<QMessageBox *>(QStringLiteral("closeQuestion")))
                && question->isVisible());
    question->button(QMessageBox::Save)->click();
    WAIT_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    WAIT_VERIFY(!dialog->isVisible());
    QCOMPARE(fetch(saved.first().number).lifeCycleState, LifeCycleState::Draft);
    QCOMPARE(fetch(saved.first().number).subject, QStringLiteral("Finish tomorrow"));

    // Saving as a draft while closing fails validation: the dialog stays, with the errors shown.
    auto second = openDialog();
    typeInto(child<QLineEdit>(second.get(), "subject"), QStringLiteral("No contact yet"));
    QTest::keyClick(second.get(), Qt::Key_Escape);
    WAIT_VERIFY((question = second->findChild<QMessageBox *>(QStringLiteral("closeQuestion")))
                && question->isVisible());
    question->button(QMessageBox::Save)->click();
    WAIT_VERIFY(!second->editor()->errors()->shown().isEmpty());
    QVERIFY(second->isVisible());
    QCOMPARE(child<QLineEdit>(second.get(), "subject")->text(), QStringLiteral("No contact yet"));
}

void TestComposeDialog::geometryIsRemembered()
{
    m_settings->remove(setting::composeGeometry);
    {
        auto dialog = openDialog();
        dialog->resize(640, 580);
        WAIT_COMPARE(dialog->size(), QSize(640, 580));
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
    }
    QVERIFY(!m_settings->value(setting::composeGeometry).isEmpty());
    auto dialog = openDialog();
    QCOMPARE(dialog->size(), QSize(640, 580));
}

void TestComposeDialog::everyControlIsNamed()
{
    auto dialog = openDialog();
    QTest::mouseClick(child<QToolButton>(dialog.get(), "moreToggle"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "addParameter"), Qt::LeftButton);
    const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool control = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QAbstractButton *>(widget)
            || qobject_cast<QTableWidget *>(widget);
        // Line edits inside combo boxes and table cell editors are parts of their control.
        if (!control || qobject_cast<QComboBox *>(widget->parentWidget()) || !widget->isVisibleTo(dialog.get()))
            continue;
        if (qobject_cast<QAbstractButton *>(widget) && widget->parentWidget()
            && widget->parentWidget()->inherits("QAbstractScrollArea"))
            continue;
        QVERIFY2(!widget->accessibleName().isEmpty(),
                 qPrintable(QStringLiteral("%1 %2").arg(QLatin1StringView(widget->metaObject()->className()),
                                                        widget->objectName())));
    }
    // Every field has a label that is its buddy, and their focus order follows the form.
    auto *errors = dialog->editor()->errors();
    const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
    const QStringList parameters {QStringLiteral("contact_information_identifier"),
                                  QStringLiteral("template_identifier"),
                                  QStringLiteral("direction"),
                                  QStringLiteral("media"),
                                  QStringLiteral("category_identifier"),
                                  QStringLiteral("communication_queue_external_system_identifier"),
                                  QStringLiteral("to"),
                                  QStringLiteral("subject"),
                                  QStringLiteral("content"),
                                  QStringLiteral("notes"),
                                  QStringLiteral("owned_by_group_identifier"),
                                  QStringLiteral("privacy_level_identifier"),
                                  QStringLiteral("referring_to"),
                                  QStringLiteral("udf_string_1"),
                                  QStringLiteral("udf_float_4"),
                                  QStringLiteral("udf_date_4"),
                                  QStringLiteral("unrestricted_parameter_set")};
    QList<QWidget *> chain;
    for (QWidget *w = dialog->nextInFocusChain(); w != dialog.get(); w = w->nextInFocusChain())
        chain.append(w);
    qsizetype previous = -1;
    for (const QString &parameter : parameters) {
        QWidget *field = errors->field(parameter);
        QVERIFY2(field, qPrintable(parameter));
        const bool labelled = std::any_of(labels.cbegin(), labels.cend(),
                                          [field](const QLabel *label) { return label->buddy() == field; });
        QVERIFY2(labelled, qPrintable(parameter));
        QWidget *focusable = field->focusProxy() ? field->focusProxy() : field;
        const qsizetype position = chain.indexOf(focusable);
        QVERIFY2(position > previous, qPrintable(parameter));
        previous = position;
    }
    QVERIFY(chain.indexOf(child<QPushButton>(dialog.get(), "send")) > previous);
}

QTEST_MAIN(TestComposeDialog)
#include "tst_composedialog.moc"
