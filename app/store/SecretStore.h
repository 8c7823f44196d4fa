#pragma once

#include "SecretBackend.h"

#include <QObject>

#include <memory>

namespace commdesk {

// Passwords and API keys of the server profiles, in the OS keychain and nowhere else (docs/architecture.md "Rules of
// the house"). Asynchronous: every answer comes to a handler, which does not run once its owner is gone. Remembers when
// the keychain turned out to be unavailable, so that the sign-in dialog can say so before the user ticks "Remember".
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Done = SecretBackend::Done;

    // Without a backend: the OS keychain.
    explicit SecretStore(std::unique_ptr<SecretBackend> backend = {}, QObject *parent = nullptr);
    ~SecretStore() override;

    void read(QObject *owner, const QString &key, Done done);
    void write(QObject *owner, const QString &key, const QString &secret, Done done);
    void remove(QObject *owner, const QString &key, Done done);

    bool isKnownUnavailable() const { return !m_unavailableReason.isEmpty(); }
    QString unavailableReason() const { return m_unavailableReason; }

    // The sentence the sign-in dialog shows when nothing could be remembered.
    static QString notRememberedText(const SecretOutcome &outcome);

private:
    Done guarded(QObject *owner, Done done);

    std::unique_ptr<SecretBackend> m_backend;
    QString m_unavailableReason;
};

} // namespace commdesk
