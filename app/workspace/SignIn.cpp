#include "SignIn.h"

#include "CrmConnection.h"
#include "OfflineCache.h"
#include "PlainHttpProbe.h"
#include "ProfileStore.h"

namespace commdesk {

SignIn::SignIn(CrmConnection *connection, Settings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_secrets(secrets ? secrets : new SecretStore({}, this))
    , m_profiles(std::make_unique<ProfileStore>(settings))
{ }

SignIn::~SignIn() = default;

bool SignIn::setServer(const QString &url, QString *problem)
{
    return m_connection->client()->setServer(url, problem);
}

QUrl SignIn::server() const
{
    return m_connection->client()->baseUrl();
}

TlsPolicy &SignIn::tls()
{
    return m_connection->client()->tlsPolicy();
}

Credentials SignIn::credentials() const
{
    return m_connection->session()->credentials();
}

void SignIn::setCredentials(const Credentials &credentials)
{
    m_connection->session()->setCredentials(credentials);
}

void SignIn::login(QObject *owner, std::function<void(const Result<Done> &)> done)
{
    m_connection->session()->login(owner, std::move(done));
}

void SignIn::forgetSecret()
{
    m_connection->session()->forgetSecret();
}

void SignIn::forgetSecretOnceSignedIn()
{
    m_connection->session()->forgetSecretOnceSignedIn();
}

bool SignIn::mayBePlainHttp(const ApiError &error) const
{
    return PlainHttpProbe::worthProbing(error, server());
}

bool SignIn::isEvidentlyPlainHttp(const ApiError &error) const
{
    return PlainHttpProbe::evident(error, server());
}

void SignIn::probePlainHttp(QObject *owner, std::function<void()> answered) const
{
    PlainHttpProbe::probe(*m_connection->client(), owner, std::move(answered));
}

void SignIn::findOfflineCopy(QObject *context, std::function<void(bool found)> done) const
{
    const Credentials &c = m_connection->session()->credentials();
    const QString account = OfflineCache::accountKey(server(), c.organisation, c.username, c.apiKey);
    OfflineCache::findCopy(OfflineCache::defaultPath(), account, context, std::move(done));
}

QList<ServerProfile> SignIn::profiles() const
{
    return m_profiles->profiles();
}

std::optional<ServerProfile> SignIn::profile(const QString &name) const
{
    return m_profiles->find(name);
}

void SignIn::saveProfile(const ServerProfile &profile)
{
    m_profiles->save(profile);
}

QString SignIn::lastUsedProfile() const
{
    return m_profiles->lastUsed();
}

void SignIn::setLastUsedProfile(const QString &name)
{
    m_profiles->setLastUsed(name);
}

void SignIn::readSecret(QObject *owner, const QString &key, SecretStore::Done done)
{
    m_secrets->read(owner, key, std::move(done));
}

void SignIn::writeSecret(QObject *owner, const QString &key, const QString &secret, SecretStore::Done done)
{
    m_secrets->write(owner, key, secret, std::move(done));
}

void SignIn::removeSecret(const QString &key)
{
    m_secrets->remove(nullptr, key, [](const SecretOutcome &) {});
}

} // namespace commdesk
