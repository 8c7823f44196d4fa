#include "ProxySettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace commdesk {

ProxySettingsDialog::ProxySettingsDialog(const ProxySettings &current, QWidget *parent)
    : QDialog(parent)
    , m_note(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_host(new QLineEdit(current.host, this))
    , m_port(new QSpinBox(this))
    , m_user(new QLineEdit(current.user, this))
    , m_password(new QLineEdit(current.password, this))
{
    setWindowTitle(tr("Network settings"));
    m_note->setWordWrap(true);
    m_note->hide();
    m_mode->addItem(tr("Use the system's proxy settings"), int(ProxySettings::Mode::System));
    m_mode->addItem(tr("No proxy"), int(ProxySettings::Mode::None));
    m_mode->addItem(tr("HTTP proxy"), int(ProxySettings::Mode::Http));
    m_mode->addItem(tr("SOCKS5 proxy"), int(ProxySettings::Mode::Socks5));
    m_mode->setCurrentIndex(m_mode->findData(int(current.mode)));
    m_port->setRange(1, 65535);
    m_port->setValue(current.port > 0 ? current.port : 3128);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept until CommDesk quits"));
    const std::pair<QWidget *, QString> names[] = {{m_mode, tr("Proxy")},
                                                   {m_host, tr("Proxy host")},
                                                   {m_port, tr("Proxy port")},
                                                   {m_user, tr("Proxy user name")},
                                                   {m_password, tr("Proxy password")}};
    for (const auto &[widget, name] : names)
        widget->setAccessibleName(name);

    auto *form = new QFormLayout;
    form->addRow(tr("&Proxy:"), m_mode);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ProxySettingsDialog::updateMode);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateMode();
}

void ProxySettingsDialog::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void ProxySettingsDialog::updateMode()
{
    const auto mode = ProxySettings::Mode(m_mode->currentData().toInt());
    const bool manual = mode == ProxySettings::Mode::Http || mode == ProxySettings::Mode::Socks5;
    for (QWidget *field : std::initializer_list<QWidget *> {m_host, m_port, m_user, m_password})
        field->setEnabled(manual);
}

ProxySettings ProxySettingsDialog::proxySettings() const
{
    ProxySettings proxy;
    proxy.mode = ProxySettings::Mode(m_mode->currentData().toInt());
    proxy.host = m_host->text().trimmed();
    proxy.port = quint16(m_port->value());
    proxy.user = m_user->text().trimmed();
    proxy.password = m_password->text();
    return proxy;
}

} // namespace commdesk
