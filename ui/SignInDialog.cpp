#include "SignInDialog.h"

#include "CrmConnection.h"
#include "Settings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace commdesk {

namespace {

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

} // namespace

SignInDialog::SignInDialog(CrmConnection *connection, Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_settings(settings)
    , m_server(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_organisation(new QLineEdit(this))
    , m_unit(new QLineEdit(this))
    , m_apiKey(new QLineEdit(this))
    , m_useApiKey(new QCheckBox(tr("Sign in with a web &API key instead"), this))
    , m_serverError(errorLabel(this))
    , m_credentialsError(errorLabel(this))
    , m_generalError(errorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Sign in to CRM.COM"));
    m_server->setPlaceholderText(QStringLiteral("https://crm.example.com"));
    m_password->setEchoMode(QLineEdit::Password);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_unit->setPlaceholderText(tr("optional"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));

    const std::pair<QLineEdit *, QString> names[] = {
        {m_server, tr("Server address")}, {m_username, tr("Username")},         {m_password, tr("Password")},
        {m_organisation, tr("Organisation")}, {m_unit, tr("Business unit")}, {m_apiKey, tr("Web API key")}};
    for (const auto &[field, name] : names)
        field->setAccessibleName(name);
    m_useApiKey->setAccessibleName(tr("Sign in with a web API key"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(QString(), m_serverError);
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("Business &unit:"), m_unit);
    form->addRow(QString(), m_useApiKey);
    form->addRow(tr("API &key:"), m_apiKey);
    form->addRow(QString(), m_credentialsError);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_generalError);
    layout->addWidget(m_buttons);

    m_server->setText(settings->value(setting::serverUrl));
    m_username->setText(settings->value(setting::username));
    m_organisation->setText(settings->value(setting::organisation));
    m_unit->setText(settings->value(setting::unit));
    m_useApiKey->setChecked(settings->value(setting::useApiKey));
    updateMode();

    connect(m_useApiKey, &QCheckBox::toggled, this, &SignInDialog::updateMode);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
}

void SignInDialog::updateMode()
{
    const bool apiKey = m_useApiKey->isChecked();
    for (QLineEdit *field : {m_username, m_password, m_organisation})
        field->setEnabled(!apiKey);
    m_apiKey->setEnabled(apiKey);
}

QString SignInDialog::errorText() const
{
    QStringList texts;
    for (QLabel *label : {m_serverError, m_credentialsError, m_generalError}) {
        if (!label->isHidden())
            texts.append(label->text());
    }
    return texts.join(QLatin1Char('\n'));
}

void SignInDialog::clearErrors()
{
    for (QLabel *label : {m_serverError, m_credentialsError, m_generalError})
        label->hide();
}

void SignInDialog::showError(QLabel *beside, const QString &text)
{
    beside->setText(text);
    beside->show();
}

void SignInDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setText(busy ? tr("Signing in…") : tr("Sign in"));
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void SignInDialog::signIn()
{
    clearErrors();
    QString urlError;
    if (!m_connection->client()->setServer(m_server->text(), &urlError)) {
        showError(m_serverError, urlError);
        m_server->setFocus();
        return;
    }
    Credentials credentials;
    if (m_useApiKey->isChecked()) {
        credentials.apiKey = m_apiKey->text().trimmed();
        if (credentials.apiKey.isEmpty()) {
            showError(m_credentialsError, tr("Enter the web API key."));
            return;
        }
    } else {
        credentials.username = m_username->text().trimmed();
        credentials.password = m_password->text();
        credentials.organisation = m_organisation->text().trimmed();
        if (credentials.username.isEmpty() || credentials.password.isEmpty() || credentials.organisation.isEmpty()) {
            showError(m_credentialsError, tr("Enter your username, password and organisation."));
            return;
        }
    }
    credentials.unit = m_unit->text().trimmed();
    m_connection->session()->setCredentials(credentials);

    delete m_request;
    m_request = new QObject(this);
    setBusy(true);
    m_connection->session()->login(m_request, [this](const Result<Done> &result) {
        setBusy(false);
        m_request->deleteLater();
        m_request = nullptr;
        if (!result.ok())
            return onFailed(result.error());
        // Only what identifies the account is remembered; secrets never reach the settings.
        m_settings->setValue(setting::serverUrl, m_server->text().trimmed());
        m_settings->setValue(setting::username, m_username->text().trimmed());
        m_settings->setValue(setting::organisation, m_organisation->text().trimmed());
        m_settings->setValue(setting::unit, m_unit->text().trimmed());
        m_settings->setValue(setting::useApiKey, m_useApiKey->isChecked());
        accept();
    });
}

void SignInDialog::onFailed(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        showError(m_serverError, tr("No CRM.COM server answered at this address. Check the address and your "
                                    "network connection. (%1)")
                                     .arg(error.userText()));
        m_server->setFocus();
        return;
    case ApiError::Kind::Tls:
        showError(m_serverError, error.userText());
        return;
    case ApiError::Kind::Http:
    case ApiError::Kind::Protocol:
        showError(m_serverError, tr("Something answered at this address, but it does not look like a CRM.COM "
                                    "server. (%1)")
                                     .arg(error.userText()));
        m_server->setFocus();
        return;
    case ApiError::Kind::Api:
        if (error.code() == QLatin1StringView("INVALID_CREDENTIALS")
            || error.code() == QLatin1StringView("INVALID_TOKEN")) {
            showError(m_credentialsError, m_useApiKey->isChecked() ? tr("The server refused this API key.")
                                                                   : error.userText());
            (m_useApiKey->isChecked() ? m_apiKey : m_password)->setFocus();
            return;
        }
        break;
    case ApiError::Kind::Usage:
        break;
    }
    showError(m_generalError, error.userText());
}

} // namespace commdesk
