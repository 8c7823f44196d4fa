#include "InstanceChannel.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace commdesk {

namespace {

Q_LOGGING_CATEGORY(lcInstance, "commdesk.instance", QtWarningMsg)

// One line of compact JSON each way: {"arguments":[…]} and the answer "ok".
constexpr qint64 kLineLimit = 64 * 1024;
const QByteArray kAcknowledgement = QByteArrayLiteral("ok\n");

QString userName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

} // namespace

InstanceChannel::InstanceChannel(const QString &dataFolder, QObject *parent)
    : QObject(parent)
    , m_name(serverNameFor(dataFolder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                                                : dataFolder))
{ }

InstanceChannel::~InstanceChannel() = default;

QString InstanceChannel::serverNameFor(const QString &dataFolder)
{
    const QByteArray key = (userName() + QLatin1Char('|') + QDir::cleanPath(QDir(dataFolder).absolutePath())).toUtf8();
    return QStringLiteral("commdesk-")
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

bool InstanceChannel::handOver(const QStringList &arguments, int timeoutMs)
{
    // Blocking waits, bounded, and only here: this runs at start before any window or other work
    // exists, so nothing waits on it, and the answer decides whether this process goes on at all.
    // Everything after the start (the listening side) is asynchronous (docs/architecture.md
    // "Rules of the house").
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs)) {
        const QLocalSocket::LocalSocketError error = socket.error();
        if (error == QLocalSocket::ServerNotFoundError || error == QLocalSocket::ConnectionRefusedError)
            listen(); // nobody there, or what a dead instance left behind
        else
            qCWarning(lcInstance) << "cannot reach the running instance:" << socket.errorString();
        return false;
    }
    const QByteArray line =
        QJsonDocument(QJsonObject {{QStringLiteral("arguments"), QJsonArray::fromStringList(arguments)}})
            .toJson(QJsonDocument::Compact)
        + '\n';
    socket.write(line);
    QByteArray answer;
    QDeadlineTimer deadline(timeoutMs);
    while (!answer.endsWith('\n') && !deadline.hasExpired() && answer.size() < kAcknowledgement.size()) {
        if (socket.bytesToWrite() > 0)
            socket.waitForBytesWritten(int(deadline.remainingTime()));
        else if (socket.bytesAvailable() > 0 || socket.waitForReadyRead(int(deadline.remainingTime())))
            answer += socket.read(kAcknowledgement.size() - answer.size());
        else
            break;
    }
    if (answer != kAcknowledgement) {
        // A running instance that does not answer keeps its name: this one starts on its own.
        qCWarning(lcInstance) << "the running instance did not acknowledge the hand-over";
        return false;
    }
    socket.disconnectFromServer();
    return true;
}

bool InstanceChannel::listen()
{
    if (isListening())
        return true;
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption); // other users cannot hand over
        connect(m_server, &QLocalServer::newConnection, this, &InstanceChannel::accept);
    }
    if (m_server->listen(m_name))
        return true;
    // Unix leaves the socket file of a crashed instance behind; handOver() found nobody behind it.
    if (m_server->serverError() == QAbstractSocket::AddressInUseError && QLocalServer::removeServer(m_name)
        && m_server->listen(m_name))
        return true;
    qCWarning(lcInstance) << "cannot listen for later instances:" << m_server->errorString();
    return false;
}

bool InstanceChannel::isListening() const
{
    return m_server && m_server->isListening();
}

void InstanceChannel::accept()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
        read(socket); // the line may be there already
    }
}

void InstanceChannel::read(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > kLineLimit)
            socket->abort();
        return;
    }
    const QByteArray line = socket->readLine(kLineLimit);
    socket->disconnect(this); // one request per connection
    const QJsonValue arguments = QJsonDocument::fromJson(line).object().value(QLatin1StringView("arguments"));
    if (!arguments.isArray()) {
        socket->abort();
        return;
    }
    socket->write(kAcknowledgement);
    socket->disconnectFromServer();
    QStringList list;
    for (const QJsonValue &argument : arguments.toArray())
        list.append(argument.toString());
    Q_EMIT argumentsReceived(list);
}

} // namespace commdesk
