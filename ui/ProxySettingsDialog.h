#pragma once

#include "ProxySettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace commdesk {

// File > Network settings: the system proxy (default), none, or a manual HTTP or SOCKS5 proxy
// with a user name. The proxy password is kept in memory for this run only.
class ProxySettingsDialog : public QDialog
{
    Q_OBJECT

public:
    ProxySettingsDialog(const ProxySettings &current, QWidget *parent = nullptr);

    // A note above the fields, e.g. that the proxy asks for credentials.
    void setNote(const QString &note);
    ProxySettings proxySettings() const;

    // The settings as stored (no password) and back.

private:
    void updateMode();

    QLabel *m_note;
    QComboBox *m_mode;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_user;
    QLineEdit *m_password;
};

} // namespace commdesk
