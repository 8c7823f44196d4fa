#pragma once

#include <QCoreApplication>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace commdesk {

// What went wrong with one call, as a value (docs/architecture.md "Rules of the house"). Turned into a sentence for
// people in one place, userText().
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        Network, // no connection, refused, reset, DNS, dropped mid-answer
        Timeout, // no progress for the inactivity limit, or the overall deadline passed
        Tls, // certificate or handshake problem
        Http, // a 4xx/5xx answer without a usable envelope
        Protocol, // an answer that is not the contract's JSON (malformed, wrong type, too large)
        Api, // the server answered with a status code other than OK
        Usage, // the request could not be built (bad base URL, missing parameter)
    };

    ApiError() = default;
    ApiError(Kind kind, QString detail);

    static ApiError api(QString code, QString message, QString description, int httpStatus = 200);
    static ApiError http(int httpStatus, QString detail);
    static ApiError protocol(QString detail);
    static ApiError tooLarge(qint64 limitBytes);
    // A proxy answered 407: a network error, in words that say what to do.
    static ApiError proxyCredentialsRequired(QString detail);

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    QString code() const { return m_code; } // status.code for Api errors
    QString message() const { return m_message; } // status.message
    QString description() const { return m_description; } // status.description
    QString detail() const { return m_detail; } // technical detail: Qt's error text, a JSON path
    QString method() const { return m_method; } // the API method, e.g. communications/list
    void setMethod(const QString &method) { m_method = method; }
    void setHttpStatus(int status) { m_httpStatus = status; }

    // A Tls error caused by a certificate that failed verification: the server's certificate and
    // what is wrong with it, so that the user can be asked whether to trust it (TlsPolicy).
    QSslCertificate certificate() const { return m_certificate; }
    QStringList certificateProblems() const { return m_certificateProblems; }
    QString host() const { return m_host; }
    void setCertificateProblem(const QSslCertificate &certificate, const QStringList &problems, const QString &host)
    {
        m_certificate = certificate;
        m_certificateProblems = problems;
        m_host = host;
    }
    bool isUntrustedCertificate() const { return m_kind == Kind::Tls && !m_certificate.isNull(); }

    // A POST that left for the server and got no answer: it may have been carried out.
    bool isOutcomeUnknown() const { return m_outcomeUnknown; }
    void setOutcomeUnknown() { m_outcomeUnknown = true; }
    bool isProxyCredentialsRequired() const
    {
        return m_kind == Kind::Network && m_code == QLatin1StringView("PROXY_AUTHENTICATION_REQUIRED");
    }

    bool isInvalidToken() const { return m_kind == Kind::Api && m_code == QLatin1StringView("INVALID_TOKEN"); }
    // Worth sending an idempotent request again: network drops, timeouts, 429 and 5xx.
    bool isTransient() const;
    // The server could not be reached at all: no connection, a timeout, or a gateway in front of
    // it saying so (502, 503, 504). The app then works from its local copy (docs/architecture.md).
    bool meansUnreachable() const
    {
        return m_kind == Kind::Network || m_kind == Kind::Timeout
            || (m_kind == Kind::Http && m_httpStatus >= 502 && m_httpStatus <= 504);
    }

    // One translated sentence for a person.
    QString userText() const;

private:
    Kind m_kind = Kind::Protocol;
    int m_httpStatus = 0;
    QString m_code;
    QString m_message;
    QString m_description;
    QString m_detail;
    QString m_method;
    QSslCertificate m_certificate;
    QStringList m_certificateProblems;
    QString m_host;
    bool m_outcomeUnknown = false;
};

} // namespace commdesk
