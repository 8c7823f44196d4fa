#include "Sandbox.h"

#include "DemoDataSeeder.h"
#include "DemoTraffic.h"
#include "QueueConsumer.h"
#include "SandboxDatabase.h"
#include "SandboxRouter.h"
#include "SandboxServices.h"
#include "TlsPair.h"

#include <QHttpServer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace commdesk {

Sandbox::Sandbox(SandboxConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{ }

Sandbox::~Sandbox()
{
    stop();
}

bool Sandbox::isRunning() const
{
    return m_server != nullptr;
}

QString Sandbox::databasePath() const
{
    return m_config.databasePath.isEmpty() ? SandboxConfig::defaultDatabasePath() : m_config.databasePath;
}

QString Sandbox::databaseConnectionName() const
{
    return u"commdesk-sandbox-%1"_s.arg(quintptr(this), 0, 16);
}

bool Sandbox::openDatabase(QString *error)
{
    // One connection per sandbox, opened on the thread that serves (Qt's SQL rule).
    m_database = std::make_unique<SandboxDatabase>(databaseConnectionName());
    if (!m_database->open(databasePath(), error))
        return false;
    m_seedReport = {};
    if (m_config.reset || !m_database->isSeeded()) {
        DemoDataSeeder::Options options;
        options.seed = m_config.seed;
        options.communications = m_config.communications;
        options.queueEntries = m_config.queueEntries;
        options.referenceDate = m_config.referenceDate;
        const auto summary = DemoDataSeeder(*m_database, options).run();
        m_seedReport = {true, summary.communications, summary.queueEntries, summary.elapsedMs};
    }
    return true;
}

bool Sandbox::start(QString *error)
{
    if (isRunning())
        return true;
    QString problem;
    const auto fail = [&](const QString &why) {
        stop();
        if (error)
            *error = why;
        return false;
    };
    const QTimeZone zone(m_config.timeZone);
    if (!zone.isValid())
        return fail(u"unknown time zone %1"_s.arg(QString::fromLatin1(m_config.timeZone)));
    // The certificate pair first: a wrong file is refused before the database is seeded.
    QSslConfiguration tls;
    if (m_config.usesTls() && !TlsPair::load(m_config.tlsCertificatePath, m_config.tlsKeyPath, &tls, &problem))
        return fail(problem);
    try {
        if (!openDatabase(&problem))
            return fail(problem);
    } catch (const std::exception &fault) {
        return fail(u"cannot prepare the database: %1"_s.arg(QString::fromUtf8(fault.what())));
    }
    m_services = std::make_unique<SandboxServices>(*m_database, zone, m_config.tokenLifetime, m_config.clock);
    m_router = std::make_unique<SandboxRouter>(*m_services);
    m_router->setObserver([this](const QString &line) { Q_EMIT requestServed(line); });
    m_server = new QHttpServer(this);
    m_router->setFaults(m_config.faults, m_config.seed);
    m_router->install(*m_server);
    QTcpServer *listener = nullptr;
    if (m_config.usesTls()) {
        // QSslServer (Qt 6.4+) does the handshake before handing the connection to the HTTP server,
        // on every Qt version; QAbstractHttpServer::sslSetup() is gone in newer ones.
        auto *sslListener = new QSslServer(m_server);
        sslListener->setSslConfiguration(tls);
        listener = sslListener;
    } else {
        listener = new QTcpServer(m_server);
    }
    if (!listener->listen(m_config.address, m_config.port)) {
        return fail(u"cannot listen on %1 port %2: %3"_s.arg(m_config.address.toString())
                        .arg(m_config.port)
                        .arg(listener->errorString()));
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (!m_server->bind(listener))
        return fail(u"cannot serve on port %1"_s.arg(listener->serverPort()));
#else
    m_server->bind(listener);
#endif
    m_port = listener->serverPort();
    if (m_config.consumers) {
        try {
            startConsumers();
        } catch (const std::exception &fault) {
            return fail(u"cannot start the queue consumers: %1"_s.arg(QString::fromUtf8(fault.what())));
        }
    }
    return true;
}

void Sandbox::startConsumers()
{
    using namespace std::chrono;
    const auto interval = milliseconds(60000 / std::max(1, m_config.consumerRatePerMinute));
    quint32 seed = m_config.seed * 7919u;
    const auto add = [&](QueueConsumer::Profile profile) {
        auto *consumer = new QueueConsumer(*m_services, std::move(profile), ++seed, interval, this);
        m_consumers.append(consumer);
        consumer->start();
    };
    QSqlQuery systems =
        m_database->run(u"SELECT id, name, alternative_code, character_limit FROM external_systems ORDER BY seq"_s);
    while (systems.next()) {
        QueueConsumer::Profile profile;
        profile.name = systems.value(1).toString();
        profile.source.externalSystemId = systems.value(0).toString();
        if (!systems.value(3).isNull())
            profile.characterLimit = systems.value(3).toInt();
        add(profile);
    }
    // docs/api-contract.md "The communication queue": EMAIL and SMS entries without an external system go out by the
    // media's own channel.
    for (const Media media : {Media::Email, Media::Sms}) {
        QueueConsumer::Profile profile;
        profile.name = wireName(media);
        profile.source.media = wireName(media);
        profile.withoutExternalSystem = rules::mediaConsumerSkipsExternalSystems;
        add(profile);
    }
    if (m_config.trafficPerMinute > 0) {
        m_traffic = new DemoTraffic(*m_services, seed + 1, milliseconds(60000 / m_config.trafficPerMinute), this);
        m_traffic->start();
    }
}

void Sandbox::stop()
{
    qDeleteAll(m_consumers);
    m_consumers.clear();
    delete m_traffic;
    m_traffic = nullptr;
    delete m_server;
    m_server = nullptr;
    m_router.reset();
    m_services.reset();
    m_database.reset();
    m_port = 0;
}

QUrl Sandbox::serverUrl() const
{
    QUrl url;
    url.setScheme(m_config.usesTls() ? u"https"_s : u"http"_s);
    QHostAddress host = m_config.address;
    if (host == QHostAddress(QHostAddress::Any) || host == QHostAddress(QHostAddress::AnyIPv4))
        host = QHostAddress(QHostAddress::LocalHost);
    else if (host == QHostAddress(QHostAddress::AnyIPv6))
        host = QHostAddress(QHostAddress::LocalHostIPv6);
    url.setHost(host.toString());
    url.setPort(m_port);
    return url;
}

QUrl Sandbox::apiBaseUrl() const
{
    QUrl url = serverUrl();
    url.setPath(QLatin1StringView(SandboxRouter::basePath));
    return url;
}

} // namespace commdesk
