#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <chrono>

class QTcpSocket;

// A local HTTP peer that answers from a script, for fault tests: it can answer normally, hang,
// drop the connection mid-body, drip bytes, or stream more than any client should accept. It
// records every request it receives so tests can compare the wire against literals.
class ScriptedPeer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query as sent
        QHash<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;

        QByteArray path() const { return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?')); }
        QByteArray query() const
        {
            return target.indexOf('?') < 0 ? QByteArray() : target.mid(target.indexOf('?') + 1);
        }
    };

    struct Answer
    {
        // Close: the connection is closed once the request is read, without a byte of answer.
        enum class Kind { Respond, Hang, DropMidBody, Drip, Stream, Close };
        Kind kind = Kind::Respond;
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        qint64 streamBytes = 0; // Stream: how many bytes to send after the headers
        std::chrono::milliseconds dripInterval {200};
    };

    explicit ScriptedPeer(QObject *parent = nullptr);
    ~ScriptedPeer() override;

    // The base URL to give the client: http://127.0.0.1:<port>
    QString url() const;

    // Answers are used in order; the last one repeats.
    void enqueue(const Answer &answer) { m_script.append(answer); }
    void respond(const QByteArray &body, int status = 200, QList<QPair<QByteArray, QByteArray>> headers = {});
    void respondJson(const QByteArray &dataJson); // an OK envelope around dataJson
    void respondStatus(const QByteArray &code, const QByteArray &message = {});
    // Picks the answer from the request (e.g. login versus everything else); overrides the script.
    void setResponder(std::function<Answer(const Request &)> responder) { m_responder = std::move(responder); }

    static QByteArray envelope(const QByteArray &code, const QByteArray &dataJson, const QByteArray &message = {});

    const QList<Request> &requests() const { return m_requests; }
    int count(const QByteArray &pathSuffix) const;

Q_SIGNALS:
    void requestReceived();

private:
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Request &request);

    QTcpServer m_server;
    QList<Answer> m_script;
    std::function<Answer(const Request &)> m_responder;
    QList<Request> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
