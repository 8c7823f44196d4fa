#pragma once

#include <QByteArrayView>
#include <QLatin1StringView>

#include <chrono>

// Every rule of the sandbox that CRM.COM's pages leave open, marked [ours] in docs/api-contract.md, in one
// place: when a live server shows otherwise, correct it here in one line. The [doc] rules live
// in the handlers, next to the section of docs/api-contract.md they cite. Three [ours] rules are tables
// and live as one table each: the error codes (ApiFailure.h), the fields each identifier
// accepts (IdentifierResolver.cpp, entityTables) and the method paths, including the names
// get_pending, complete and reject (the routes() of each handler).
namespace commdesk::rules {

using namespace Qt::Literals::StringLiterals;

// docs/api-contract.md "Transport" paging: page size when number_of_results is absent, and the most one page may hold.
inline constexpr int defaultPageSize = 50;
inline constexpr int maxPageSize = 1000;
// docs/api-contract.md "The communication queue" get_pending_completed: how many entries when `number` is absent.
inline constexpr int defaultPendingCompletedNumber = 50;

// docs/api-contract.md "Transport" identifiers in a GET query: `%3D` is accepted for the inner '='.
inline constexpr bool acceptEncodedIdentifierSeparator = true;
// docs/api-contract.md "Transport" a '+' in a GET query is a plus sign, not a space (the client percent-encodes both).
inline constexpr bool plusInQueryIsSpace = false;
// docs/api-contract.md "Transport" fields_set: `id` is always returned; an unknown name is INVALID_PARAMETER.
inline constexpr bool fieldsSetAlwaysHasId = true;

// docs/api-contract.md "Envelope" transport: the largest request body, and the HTTP status and envelope code of each
// transport-level failure (API failures are always HTTP 200).
inline constexpr qint64 maxBodyBytes = 1024 * 1024;
inline constexpr int unknownPathHttpStatus = 404;
inline constexpr int wrongVerbHttpStatus = 405;
inline constexpr int malformedBodyHttpStatus = 400;
inline constexpr int bodyTooLargeHttpStatus = 413;
inline constexpr int internalFaultHttpStatus = 500;
inline constexpr auto unknownPathCode = "UNKNOWN_METHOD"_L1;
inline constexpr auto wrongVerbCode = "METHOD_NOT_ALLOWED"_L1;
inline constexpr auto malformedBodyCode = "INVALID_REQUEST"_L1;
inline constexpr auto bodyTooLargeCode = "REQUEST_TOO_LARGE"_L1;
// docs/api-contract.md "Envelope" `data` is null on failure.
inline constexpr bool dataNullOnFailure = true;

// docs/api-contract.md "Dates" an ISO 8601 text without offset, and a date-only one, is read in the server's time zone
// (false: read as UTC).
inline constexpr bool isoWithoutOffsetIsServerTime = true;
// docs/api-contract.md "Dates" the time zone the server writes dates in, unless configured otherwise.
inline constexpr auto defaultTimeZone = "Europe/Nicosia"_L1;

// docs/api-contract.md "Authentication" the token's lifetime from issue, unless configured otherwise (--token-ttl).
inline constexpr std::chrono::seconds defaultTokenLifetime {2 * 60 * 60};
// docs/api-contract.md "Authentication" the organisation of a login is compared without regard to letter case (DEMO =
// demo); user names and passwords are compared exactly.
inline constexpr bool organisationIgnoresCase = true;
// docs/api-contract.md "Authentication" the web API key login wants an empty Basic password; a non-empty one is
// refused.
inline constexpr bool apiKeyNeedsEmptyPassword = true;

// docs/api-contract.md "Communications" lists are ordered newest first (by creation, then by number).
inline constexpr bool newestFirst = true;
// docs/api-contract.md "Communications" update: only DRAFT communications can be edited, except these members (and the
// call's own parameters), which COMPLETED ones accept too.
inline constexpr QLatin1StringView membersEditableWhenCompleted[] = {"viewed"_L1, "viewed_on"_L1, "notes"_L1};
// docs/api-contract.md "Communications" placeholders in templates: {{first_name}}, {{last_name}}, {{name}}, {{number}}.
inline constexpr auto placeholderOpen = "{{"_L1;
inline constexpr auto placeholderClose = "}}"_L1;
// docs/api-contract.md "Communications" communications/list by category: only that category, not its sub-categories.
inline constexpr bool categoryListIncludesSubcategories = false;
// docs/api-contract.md "Communications" unrestricted parameters: names are unique within one communication, so that
// UPDATE and REMOVE by name are unambiguous; an ADD of an existing name is INVALID_PARAMETER.
inline constexpr bool parameterNamesUnique = true;
// docs/api-contract.md "Communications" referring_to of an entity the sandbox does not hold (all but COMMUNICATIONS) is
// accepted as given; a referred communication must exist.
inline constexpr bool referredCommunicationMustExist = true;

// docs/api-contract.md "The communication queue" get_pending and get_pending_completed return the latest entries first.
inline constexpr bool pendingNewestFirst = true;
// docs/api-contract.md "The communication queue" the EMAIL and SMS consumers take only entries without an external
// system; entries with one belong to that system's consumer.
inline constexpr bool mediaConsumerSkipsExternalSystems = true;

} // namespace commdesk::rules
