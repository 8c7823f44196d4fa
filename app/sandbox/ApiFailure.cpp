#include "ApiFailure.h"

using namespace Qt::Literals::StringLiterals;

namespace commdesk {

ApiFailure::ApiFailure(QString failureCode, QString failureMessage, QString failureDescription, int status)
    : code(std::move(failureCode))
    , message(std::move(failureMessage))
    , description(std::move(failureDescription))
    , httpStatus(status)
{ }

ApiFailure ApiFailure::invalidToken(const QString &message)
{
    return {QLatin1StringView(InvalidToken), message};
}

ApiFailure ApiFailure::invalidCredentials(const QString &message)
{
    return {QLatin1StringView(InvalidCredentials), message};
}

ApiFailure ApiFailure::missing(const QString &parameter)
{
    return {QLatin1StringView(MissingParameter), u"Mandatory parameter %1 is missing"_s.arg(parameter), parameter};
}

ApiFailure ApiFailure::invalid(const QString &parameter, const QString &problem)
{
    return {QLatin1StringView(InvalidParameter), u"Parameter %1 is invalid: %2"_s.arg(parameter, problem), parameter};
}

ApiFailure ApiFailure::notFound(const QString &parameter, const QString &what)
{
    return {QLatin1StringView(NotFound), u"%1 names nothing: no %2"_s.arg(parameter, what), parameter};
}

ApiFailure ApiFailure::invalidState(const QString &message)
{
    return {QLatin1StringView(InvalidState), message};
}

} // namespace commdesk
