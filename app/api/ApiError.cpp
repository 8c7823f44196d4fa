#include "ApiError.h"

namespace commdesk {

ApiError::ApiError(Kind kind, QString detail)
    : m_kind(kind)
    , m_detail(std::move(detail))
{ }

ApiError ApiError::api(QString code, QString message, QString description, int httpStatus)
{
    ApiError error(Kind::Api, {});
    error.m_code = std::move(code);
    error.m_message = std::move(message);
    error.m_description = std::move(description);
    error.m_httpStatus = httpStatus;
    return error;
}

ApiError ApiError::http(int httpStatus, QString detail)
{
    ApiError error(Kind::Http, std::move(detail));
    error.m_httpStatus = httpStatus;
    return error;
}

ApiError ApiError::protocol(QString detail)
{
    return ApiError(Kind::Protocol, std::move(detail));
}

ApiError ApiError::tooLarge(qint64 limitBytes)
{
    ApiError error(Kind::Protocol, QStringLiteral("answer larger than %1 bytes").arg(limitBytes));
    error.m_code = QStringLiteral("ANSWER_TOO_LARGE");
    return error;
}

ApiError ApiError::proxyCredentialsRequired(QString detail)
{
    ApiError error(Kind::Network, std::move(detail));
    error.m_code = QStringLiteral("PROXY_AUTHENTICATION_REQUIRED");
    return error;
}

bool ApiError::isTransient() const
{
    if (isProxyCredentialsRequired())
        return false; // the same request would meet the same refusal
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
        return true;
    case Kind::Http:
        return m_httpStatus == 429 || m_httpStatus == 502 || m_httpStatus == 503 || m_httpStatus == 504;
    default:
        return false;
    }
}

QString ApiError::userText() const
{
    if (m_outcomeUnknown)
        return tr("The request was sent, but no answer came back (%1). It may have been carried out: check "
                  "before sending it again.")
            .arg(m_kind == Kind::Timeout ? tr("no answer in time") : m_detail);
    if (isProxyCredentialsRequired())
        return tr("The proxy server wants a user name and password. Enter them in the proxy settings.");
    switch (m_kind) {
    case Kind::Network:
        return tr("The server could not be reached (%1).").arg(m_detail);
    case Kind::Timeout:
        return tr("The server took too long to answer.");
    case Kind::Tls:
        return tr("The secure connection to the server failed: %1.").arg(m_detail);
    case Kind::Http:
        return tr("The server answered with HTTP error %1.").arg(m_httpStatus);
    case Kind::Usage:
        return m_detail;
    case Kind::Protocol:
        if (m_code == QLatin1StringView("ANSWER_TOO_LARGE"))
            return tr("The server's answer was too large to accept (%1).").arg(m_detail);
        return tr("The server's answer could not be understood (%1).").arg(m_detail);
    case Kind::Api:
        break;
    }
    // Known codes of docs/api-contract.md "Envelope" read as sentences; any other shows the server's own message.
    // The server's words are quoted: in Greek, Spanish or German they are visibly its own, not ours.
    const QString server = !m_message.isEmpty() ? m_message : m_description;
    if (m_code == QLatin1StringView("INVALID_TOKEN"))
        return tr("Your session has expired or is no longer valid. Please sign in again.");
    if (m_code == QLatin1StringView("INVALID_CREDENTIALS"))
        return tr("The username, password or organisation is not correct.");
    if (m_code == QLatin1StringView("MISSING_PARAMETER")) {
        return server.isEmpty() ? tr("Something required is missing.")
                                : tr("Something required is missing: “%1”").arg(server);
    }
    if (m_code == QLatin1StringView("INVALID_PARAMETER"))
        return server.isEmpty() ? tr("The server refused a value.")
                                : tr("The server refused a value: “%1”").arg(server);
    if (m_code == QLatin1StringView("NOT_FOUND"))
        return server.isEmpty() ? tr("Not found.") : tr("Not found: “%1”").arg(server);
    if (m_code == QLatin1StringView("INVALID_STATE")) {
        return server.isEmpty() ? tr("This is not allowed in the current state.")
                                : tr("This is not allowed in the current state: “%1”").arg(server);
    }
    if (server.isEmpty())
        return tr("The server reported an error (%1).").arg(m_code);
    return tr("The server reported an error: “%1”").arg(server);
}

} // namespace commdesk
