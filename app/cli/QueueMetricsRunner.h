#pragma once

#include "CommandRunner.h"
#include "QueueMetrics.h"

#include <QElapsedTimer>

class QHttpServer;

namespace commdesk {

class QueuePoller;

// queue serve-metrics: polls the queue as the desktop monitor does (QueuePoller: incremental, never
// overlapping) and serves the last figures at http://HOST:PORT/metrics in the OpenMetrics text format
// for Prometheus (QueueMetrics). A scrape never calls the server; it reads what the last poll found.
// Runs until stopped; it ends early only when it cannot listen.
class QueueMetricsRunner : public CommandRunner
{
    Q_OBJECT

public:
    QueueMetricsRunner(Session *session, bool json, QObject *parent = nullptr);
    ~QueueMetricsRunner() override;

    void run(const CliInvocation &invocation, CommandFinish finish) override;
    const QueueMetrics::Scrape &scrape() const { return m_scrape; }

private:
    QueuePoller *m_poller;
    QHttpServer *m_server;
    QueueMetrics::Scrape m_scrape;
    QElapsedTimer m_pollTime;
};

} // namespace commdesk
