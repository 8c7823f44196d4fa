#pragma once

#include <QObject>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QLocalServer;
class QLocalSocket;
QT_END_NAMESPACE

namespace commdesk {

// One running CommDesk per user and data folder: a later start hands its command line to the
// running instance (which brings its window forward) instead of opening a second window on the
// same files. A local socket named from the user and the data folder, so that tests with a HOME
// of their own never meet the user's running app.
class InstanceChannel : public QObject
{
    Q_OBJECT

public:
    // dataFolder empty: the application's data folder (QStandardPaths::AppLocalDataLocation).
    explicit InstanceChannel(const QString &dataFolder = {}, QObject *parent = nullptr);
    ~InstanceChannel() override;

    // When another instance listens, sends it the arguments and returns true once it acknowledged
    // them. Otherwise listens itself (see listen()) and returns false. Blocks for at most
    // timeoutMs: call it before any window exists.
    bool handOver(const QStringList &arguments, int timeoutMs = 3000);
    // Listens for later instances; a socket left behind by a dead instance is removed first.
    bool listen();
    bool isListening() const;

    QString serverName() const { return m_name; }
    static QString serverNameFor(const QString &dataFolder);

Q_SIGNALS:
    // A later instance was started with these arguments (its program name first).
    void argumentsReceived(const QStringList &arguments);

private:
    void accept();
    void read(QLocalSocket *socket);

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace commdesk
