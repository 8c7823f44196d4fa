#pragma once

#include <QHash>
#include <QString>

#include <functional>

namespace commdesk {

// What became of one keychain operation.
struct SecretOutcome
{
    enum class Status {
        Ok, // read: found; write: stored; remove: gone (or was never there)
        NotFound, // read only: nothing stored under this key
        Unavailable, // there is no keychain on this system (or it cannot be reached)
        Failed, // the keychain is there but refused (access denied, locked, ...)
    };
    Status status = Status::Failed;
    QString secret; // read + Ok only
    QString reason; // for people; empty when Ok

    bool ok() const { return status == Status::Ok; }
};

// Where secrets are kept. The desktop app and the CLI use the OS keychain (KeychainBackend); tests
// put in a backend of their own so that "no keychain" is deterministic.
class SecretBackend
{
public:
    using Done = std::function<void(const SecretOutcome &)>;

    virtual ~SecretBackend() = default;
    // Each reports exactly once, asynchronously or not.
    virtual void read(const QString &key, Done done) = 0;
    virtual void write(const QString &key, const QString &secret, Done done) = 0;
    virtual void remove(const QString &key, Done done) = 0;
};

// The OS keychain through QtKeychain: Windows Credential Manager, macOS Keychain, Secret Service
// or KWallet on Linux. Never falls back to a plain file.
class KeychainBackend : public SecretBackend
{
public:
    explicit KeychainBackend(QString service = QStringLiteral("CommDesk"));
    void read(const QString &key, Done done) override;
    void write(const QString &key, const QString &secret, Done done) override;
    void remove(const QString &key, Done done) override;

private:
    QString m_service;
};

// A system without a keychain: every operation reports Unavailable.
class UnavailableSecretBackend : public SecretBackend
{
public:
    explicit UnavailableSecretBackend(QString reason);
    void read(const QString &key, Done done) override;
    void write(const QString &key, const QString &secret, Done done) override;
    void remove(const QString &key, Done done) override;

private:
    QString m_reason;
};

// Secrets in memory for the life of the process: tests, and nothing else.
class MemorySecretBackend : public SecretBackend
{
public:
    void read(const QString &key, Done done) override;
    void write(const QString &key, const QString &secret, Done done) override;
    void remove(const QString &key, Done done) override;
    const QHash<QString, QString> &entries() const { return m_entries; }

private:
    QHash<QString, QString> m_entries;
};

} // namespace commdesk
