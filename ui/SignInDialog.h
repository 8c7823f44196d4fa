#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace commdesk {

class ApiError;
class CrmConnection;
class Settings;

// Signs in to a CRM.COM server with a username and password, or with a web API key. What went
// wrong reads differently for a malformed address, an unreachable server, something that is not
// a CRM.COM server, and refused credentials, and is shown beside the field concerned.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(CrmConnection *connection, Settings *settings, QWidget *parent = nullptr);

    // For tests and for pre-filling.
    QLineEdit *serverField() const { return m_server; }
    QLineEdit *usernameField() const { return m_username; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *organisationField() const { return m_organisation; }
    QLineEdit *unitField() const { return m_unit; }
    QLineEdit *apiKeyField() const { return m_apiKey; }
    QCheckBox *useApiKeyBox() const { return m_useApiKey; }
    QString errorText() const;

    void signIn();

private:
    void showError(QLabel *beside, const QString &text);
    void clearErrors();
    void onFailed(const ApiError &error);
    void updateMode();
    void setBusy(bool busy);

    CrmConnection *m_connection;
    Settings *m_settings;
    QLineEdit *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_organisation;
    QLineEdit *m_unit;
    QLineEdit *m_apiKey;
    QCheckBox *m_useApiKey;
    QLabel *m_serverError;
    QLabel *m_credentialsError;
    QLabel *m_generalError;
    QDialogButtonBox *m_buttons;
    QObject *m_request = nullptr;
};

} // namespace commdesk
