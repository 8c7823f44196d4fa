#pragma once

#include "ServerProfile.h"
#include "Tones.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace commdesk {

struct Credentials;

// The fields of SignInDialog: which server profile, which server and account, and the secret, in
// password or web API key mode, with the notes beside them: a warning when the address would send the
// secret unencrypted, why nothing is (or can be) remembered, and the errors that concern the server or
// the credentials. Knows nothing of signing in; the dialog reads the fields and says what went wrong.
class SignInForm : public QWidget
{
    Q_OBJECT

public:
    explicit SignInForm(QWidget *parent = nullptr);

    QComboBox *profileField() const { return m_profile; }
    QLineEdit *serverField() const { return m_server; }
    QLineEdit *usernameField() const { return m_username; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *organisationField() const { return m_organisation; }
    QLineEdit *unitField() const { return m_unit; }
    QLineEdit *apiKeyField() const { return m_apiKey; }
    QCheckBox *useApiKeyBox() const { return m_useApiKey; }
    QCheckBox *rememberBox() const { return m_remember; }
    QLineEdit *caBundleField() const { return m_caBundle; }
    QPushButton *browseCaBundleButton() const { return m_browseCaBundle; }
    bool usesApiKey() const;
    // The API key field or the password field, whichever the mode asks for.
    QLineEdit *secretField() const;

    void setProfileNames(const QStringList &names);
    // Shows the profile; the secret fields are emptied (a remembered secret comes from the keychain).
    void setProfile(const ServerProfile &profile);
    // The profile the fields describe (never a secret).
    ServerProfile currentProfile() const;
    // What the user typed for the current mode, trimmed where spaces cannot belong.
    Credentials enteredCredentials() const;
    void setPinnedCertificates(const QStringList &fingerprints) { m_pins = fingerprints; }
    const QStringList &pinnedCertificates() const { return m_pins; }
    // The account of a running session: only the secret stays editable.
    void showSessionAccount(const QString &server, const Credentials &credentials, const QStringList &pins);

    void showServerError(const QString &text);
    QLabel *serverErrorLabel() const { return m_serverError; }
    // Under the password field, or under the API key field in that mode.
    void showCredentialsError(const QString &text);
    QLabel *credentialsErrorLabel() const;
    void clearErrors();
    QStringList errorTexts() const; // of the errors shown, server first
    void showKeychainUnavailable(const QString &reason);
    void showRememberNotice(const QString &text);
    QString rememberNotice() const; // why nothing is (or can be) remembered; empty otherwise
    QString securityWarning() const; // e.g. plain http to a remote server; empty otherwise

Q_SIGNALS:
    // The user picked a profile from the list (typing a new name does not emit this).
    void profileChosen(const QString &name);
    // A note or an error appeared or went: the window may need to grow so that it shows in full.
    void notesChanged();

private:
    void build();
    void updateMode();
    void updateWarning();
    void browseCaBundle();

    QComboBox *m_profile;
    QLineEdit *m_server;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLineEdit *m_organisation;
    QLineEdit *m_unit;
    QLineEdit *m_apiKey;
    QCheckBox *m_useApiKey;
    QCheckBox *m_remember;
    QLineEdit *m_caBundle;
    QPushButton *m_browseCaBundle;
    QLabel *m_warning;
    QLabel *m_rememberNotice;
    QLabel *m_serverError;
    QLabel *m_passwordError;
    QLabel *m_apiKeyError;
    QStringList m_pins; // of the profile shown
};

// A hidden, word-wrapped plain-text note in this colour, for the notes of the sign-in dialog.
QLabel *signInNoteLabel(QWidget *parent, std::optional<tones::Tone> tone);
QLabel *signInErrorLabel(QWidget *parent);

} // namespace commdesk
