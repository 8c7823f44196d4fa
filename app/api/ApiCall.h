#pragma once

#include "ApiClient.h"

#include <QElapsedTimer>
#include <QSslCertificate>

namespace commdesk {

// One call in flight. Cancel it to abort without the handler running.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    enum class Verb { Get, Post };

    ApiCall(ApiClient *client, QObject *owner, Verb verb, QString method, QUrl url, QByteArray body,
            ApiClient::Handler handler, QString basicUser);
    ~ApiCall() override;

    // Replaces ApiClient::decodeEnvelope for this call; set before start().
    void setDecoder(ApiClient::BodyDecoder decoder, ApiClient::DecodeOn on = ApiClient::DecodeOn::BySize)
    {
        m_decoder = std::move(decoder);
        m_decodeOn = on;
    }
    void start();
    void cancel();
    QString method() const { return m_method; }
    int attempts() const { return m_attempt; }

Q_SIGNALS:
    void finished();

private:
    void send();
    void onReplyFinished();
    void checkSize(qint64 received, qint64 total);
    void finish(const Result<QJsonValue> &result);
    void failOrRetry(const ApiError &error, std::chrono::milliseconds retryAfter);
    void abortReply();
    ApiError transportError(QNetworkReply *reply) const;
    void record(const Result<QJsonValue> &result);

    QPointer<ApiClient> m_client;
    QPointer<QObject> m_owner;
    bool m_hasOwner = false;
    Verb m_verb;
    QString m_method;
    QUrl m_url;
    QByteArray m_body;
    ApiClient::Handler m_handler;
    ApiClient::BodyDecoder m_decoder = &ApiClient::decodeEnvelope;
    ApiClient::DecodeOn m_decodeOn = ApiClient::DecodeOn::BySize;
    QString m_basicUser;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_deadline = nullptr;
    QPointer<Clock> m_clock; // the client's, taken at the start: the client may be going when a reply ends
    ClockTimer *m_retryTimer = nullptr;
    int m_attempt = 0;
    bool m_done = false;
    bool m_tooLarge = false;
    bool m_deadlinePassed = false;
    bool m_redirectRefused = false;
    int m_redirects = 0; // followed by this attempt
    bool m_bodySent = false; // some of a POST's body left for the server
    int m_lastHttpStatus = 0;
    QElapsedTimer m_elapsed;
    QSslCertificate m_refusedCertificate; // the server's certificate when verification failed
    QStringList m_certificateProblems;
};

} // namespace commdesk
