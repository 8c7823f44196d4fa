#include "SecretBackend.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace commdesk {

namespace {

SecretOutcome outcomeOf(QKeychain::Job *job)
{
    SecretOutcome outcome;
    switch (job->error()) {
    case QKeychain::NoError:
        outcome.status = SecretOutcome::Status::Ok;
        return outcome;
    case QKeychain::EntryNotFound:
        outcome.status = SecretOutcome::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: // on Linux: no Secret Service or KWallet on the session bus
        outcome.status = SecretOutcome::Status::Unavailable;
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::CouldNotDeleteEntry:
        outcome.status = SecretOutcome::Status::Failed;
        break;
    }
    outcome.reason = job->errorString();
    return outcome;
}

template<class Job>
Job *prepared(Job *job, const QString &key, SecretBackend::Done done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // a secret never ends up in a plain file
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, job, [done = std::move(done)](QKeychain::Job *finished) {
        SecretOutcome outcome = outcomeOf(finished);
        if (outcome.ok()) {
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
                outcome.secret = read->textData();
        }
        if (outcome.status == SecretOutcome::Status::NotFound && !qobject_cast<QKeychain::ReadPasswordJob *>(finished))
            outcome.status = SecretOutcome::Status::Ok; // removing what is not there is done
        done(outcome);
    });
    return job;
}

} // namespace

KeychainBackend::KeychainBackend(QString service)
    : m_service(std::move(service))
{ }

void KeychainBackend::read(const QString &key, Done done)
{
    prepared(new QKeychain::ReadPasswordJob(m_service), key, std::move(done))->start();
}

void KeychainBackend::write(const QString &key, const QString &secret, Done done)
{
    auto *job = prepared(new QKeychain::WritePasswordJob(m_service), key, std::move(done));
    job->setTextData(secret);
    job->start();
}

void KeychainBackend::remove(const QString &key, Done done)
{
    prepared(new QKeychain::DeletePasswordJob(m_service), key, std::move(done))->start();
}

UnavailableSecretBackend::UnavailableSecretBackend(QString reason)
    : m_reason(std::move(reason))
{ }

void UnavailableSecretBackend::read(const QString &, Done done)
{
    done({SecretOutcome::Status::Unavailable, {}, m_reason});
}

void UnavailableSecretBackend::write(const QString &, const QString &, Done done)
{
    done({SecretOutcome::Status::Unavailable, {}, m_reason});
}

void UnavailableSecretBackend::remove(const QString &, Done done)
{
    done({SecretOutcome::Status::Unavailable, {}, m_reason});
}

void MemorySecretBackend::read(const QString &key, Done done)
{
    if (!m_entries.contains(key))
        return done({SecretOutcome::Status::NotFound, {}, QStringLiteral("not found")});
    done({SecretOutcome::Status::Ok, m_entries.value(key), {}});
}

void MemorySecretBackend::write(const QString &key, const QString &secret, Done done)
{
    m_entries.insert(key, secret);
    done({SecretOutcome::Status::Ok, {}, {}});
}

void MemorySecretBackend::remove(const QString &key, Done done)
{
    m_entries.remove(key);
    done({SecretOutcome::Status::Ok, {}, {}});
}

} // namespace commdesk
