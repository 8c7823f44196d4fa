#include "SecretStore.h"

#include <QPointer>

namespace commdesk {

SecretStore::SecretStore(std::unique_ptr<SecretBackend> backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend ? std::move(backend) : std::make_unique<KeychainBackend>())
{ }

SecretStore::~SecretStore() = default;

SecretBackend::Done SecretStore::guarded(QObject *owner, Done done)
{
    return [this, self = QPointer<SecretStore>(this), guard = QPointer<QObject>(owner), hasOwner = owner != nullptr,
            done = std::move(done)](const SecretOutcome &outcome) {
        if (!self)
            return;
        if (outcome.status == SecretOutcome::Status::Unavailable)
            m_unavailableReason = outcome.reason.isEmpty() ? tr("no keychain service was found") : outcome.reason;
        else if (outcome.ok())
            m_unavailableReason.clear();
        if (hasOwner && !guard)
            return;
        done(outcome);
    };
}

void SecretStore::read(QObject *owner, const QString &key, Done done)
{
    m_backend->read(key, guarded(owner, std::move(done)));
}

void SecretStore::write(QObject *owner, const QString &key, const QString &secret, Done done)
{
    m_backend->write(key, secret, guarded(owner, std::move(done)));
}

void SecretStore::remove(QObject *owner, const QString &key, Done done)
{
    m_backend->remove(key, guarded(owner, std::move(done)));
}

QString SecretStore::notRememberedText(const SecretOutcome &outcome)
{
    switch (outcome.status) {
    case SecretOutcome::Status::Ok:
    case SecretOutcome::Status::NotFound:
        return {};
    case SecretOutcome::Status::Unavailable:
        return tr("Not remembered: this system has no keychain to keep it safely (%1). You will be asked for it "
                  "at the next sign-in.")
            .arg(outcome.reason);
    case SecretOutcome::Status::Failed:
        break;
    }
    return tr("Not remembered: the keychain refused to keep it (%1).").arg(outcome.reason);
}

} // namespace commdesk
