#include "ScriptedPeer.h"

#include <QTcpSocket>
#include <QTimer>

ScriptedPeer::ScriptedPeer(QObject *parent)
    : QObject(parent)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

ScriptedPeer::~ScriptedPeer()
{
    // The sockets die with the server, after this object's members: they must not call back.
    const auto sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        socket->disconnect(this);
}

QString ScriptedPeer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
}

QByteArray ScriptedPeer::envelope(const QByteArray &code, const QByteArray &dataJson, const QByteArray &message)
{
    return R"({"status":{"code":")" + code + R"(","description":"","message":")" + message + R"("},"data":)"
        + (dataJson.isEmpty() ? QByteArray("null") : dataJson) + '}';
}

void ScriptedPeer::respond(const QByteArray &body, int status, QList<QPair<QByteArray, QByteArray>> headers)
{
    Answer answer;
    answer.status = status;
    answer.body = body;
    answer.headers = std::move(headers);
    enqueue(answer);
}

void ScriptedPeer::respondJson(const QByteArray &dataJson)
{
    respond(envelope("OK", dataJson));
}

void ScriptedPeer::respondStatus(const QByteArray &code, const QByteArray &message)
{
    respond(envelope(code, "null", message));
}

int ScriptedPeer::count(const QByteArray &pathSuffix) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&](const Request &r) { return r.path().endsWith(pathSuffix); }));
}

void ScriptedPeer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    Request request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return; // wait for the rest of the body
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.remove(0, headerEnd + 4 + length);
    m_requests.append(request);
    Q_EMIT requestReceived();
    answer(socket, request);
}

void ScriptedPeer::answer(QTcpSocket *socket, const Request &request)
{
    Answer answer;
    if (m_responder)
        answer = m_responder(request);
    else if (!m_script.isEmpty())
        answer = m_script.size() > 1 ? m_script.takeFirst() : m_script.first();
    if (answer.kind == Answer::Kind::Hang)
        return;
    if (answer.kind == Answer::Kind::Close) {
        socket->disconnectFromHost();
        return;
    }

    const qint64 declared = answer.kind == Answer::Kind::Stream ? answer.streamBytes : answer.body.size();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + " Status\r\n";
    head += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(declared) + "\r\n";
    for (const auto &[name, value] : answer.headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    socket->write(head);

    switch (answer.kind) {
    case Answer::Kind::Respond:
        socket->write(answer.body);
        break;
    case Answer::Kind::DropMidBody:
        socket->write(answer.body.left(answer.body.size() / 2));
        socket->flush();
        socket->disconnectFromHost();
        break;
    case Answer::Kind::Drip: {
        auto *timer = new QTimer(socket);
        auto sent = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [socket, timer, sent, body = answer.body] {
            if (*sent >= body.size()) {
                timer->stop();
                return;
            }
            socket->write(body.mid((*sent)++, 1));
        });
        timer->start(answer.dripInterval);
        break;
    }
    case Answer::Kind::Stream: {
        // Writes in chunks as the socket drains, so the peer itself stays small in memory.
        auto remaining = std::make_shared<qint64>(answer.streamBytes);
        auto pump = [socket, remaining] {
            static const QByteArray chunk(64 * 1024, ' ');
            while (*remaining > 0 && socket->bytesToWrite() < 4 * chunk.size()) {
                const qint64 n = std::min<qint64>(*remaining, chunk.size());
                socket->write(chunk.constData(), n);
                *remaining -= n;
            }
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        pump();
        break;
    }
    case Answer::Kind::Hang:
    case Answer::Kind::Close:
        break;
    }
}
