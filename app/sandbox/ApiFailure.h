#pragma once

#include <QString>

#include <exception>

namespace commdesk {

// A call that cannot succeed, as the handlers report it: thrown, caught once by the router and
// turned into the envelope of docs/api-contract.md "Envelope" (HTTP 200 for API failures, the given status for
// transport-level ones).
class ApiFailure : public std::exception
{
public:
    // The codes of docs/api-contract.md "Envelope".
    static constexpr auto InvalidToken = "INVALID_TOKEN";
    static constexpr auto InvalidCredentials = "INVALID_CREDENTIALS";
    static constexpr auto MissingParameter = "MISSING_PARAMETER";
    static constexpr auto InvalidParameter = "INVALID_PARAMETER";
    static constexpr auto NotFound = "NOT_FOUND";
    static constexpr auto InvalidState = "INVALID_STATE";
    static constexpr auto InternalError = "INTERNAL_ERROR";

    ApiFailure(QString failureCode, QString failureMessage, QString failureDescription = {}, int status = 200);

    static ApiFailure invalidToken(const QString &message);
    static ApiFailure invalidCredentials(const QString &message);
    // The message names the parameter (docs/api-contract.md "Envelope").
    static ApiFailure missing(const QString &parameter);
    static ApiFailure invalid(const QString &parameter, const QString &problem);
    static ApiFailure notFound(const QString &parameter, const QString &what);
    static ApiFailure invalidState(const QString &message);

    const char *what() const noexcept override { return "ApiFailure"; }

    QString code;
    QString message;
    QString description;
    int httpStatus = 200;
};

} // namespace commdesk
