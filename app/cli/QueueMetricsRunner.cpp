#include "QueueMetricsRunner.h"

#include "QueuePoller.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QTextStream>

namespace commdesk {

QueueMetricsRunner::QueueMetricsRunner(Session *session, bool json, QObject *parent)
    : CommandRunner(session, json, parent)
    , m_poller(new QueuePoller(session, this))
    , m_server(new QHttpServer(this))
{
    connect(m_poller, &QueuePoller::pollStarted, this, [this] { m_pollTime.start(); });
    connect(m_poller, &QueuePoller::polled, this, [this](const QueueUpdate &update) {
        m_scrape.figures = update.figures;
        m_scrape.up = true;
        m_scrape.durationSeconds = double(m_pollTime.elapsed()) / 1000.0;
        m_scrape.lastSuccess = update.at;
    });
    connect(m_poller, &QueuePoller::pollFailed, this, [this](const ApiError &error) {
        // The figures of the last good poll stay; `up` and the error count say they are old.
        m_scrape.up = false;
        m_scrape.durationSeconds = double(m_pollTime.elapsed()) / 1000.0;
        ++m_scrape.errors;
        QTextStream(stderr) << tr("commdesk-cli: the queue could not be polled: %1").arg(error.userText()) << '\n';
    });
}

QueueMetricsRunner::~QueueMetricsRunner() = default;

void QueueMetricsRunner::run(const CliInvocation &invocation, CommandFinish finish)
{
    const CommandArguments &arguments = invocation.arguments;
    m_server->route(QStringLiteral("/metrics"), [this] {
        QHttpServerResponse response(QByteArray(QueueMetrics::kContentType), QueueMetrics::text(m_scrape));
        return response;
    });
    const quint16 port = m_server->listen(arguments.listenAddress, arguments.listenPort);
    if (port == 0) {
        finish({toInt(CliExitCode::Unreachable),
                {},
                tr("Cannot listen on %1 port %2.").arg(arguments.listenAddress.toString()).arg(arguments.listenPort)});
        return;
    }
    QTextStream(stdout) << tr("Serving the queue's metrics at http://%1:%2/metrics (a poll every %3 s)")
                               .arg(arguments.listenAddress.toString())
                               .arg(port)
                               .arg(arguments.intervalSeconds)
                        << Qt::endl;
    m_poller->setIntervalSeconds(arguments.intervalSeconds);
    m_poller->start();
}

} // namespace commdesk
