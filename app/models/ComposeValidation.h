#pragma once

#include "ApiError.h"
#include "ComposeForm.h"

#include <QCoreApplication>

namespace commdesk {

// One problem with one field, named by the request parameter it feeds (`subject`, `udf_float_2`,
// `contact_information_identifier`): the same names the server's errors use, so client-side and
// server-side problems land beside the same field.
struct ComposeIssue
{
    QString parameter;
    QString message;

    friend bool operator==(const ComposeIssue &, const ComposeIssue &) = default;
};

// The checks of docs/api-contract.md "Communications" that the client can make before sending, and the mapping of the
// server's refusals back to fields.
class ComposeValidation
{
    Q_DECLARE_TR_FUNCTIONS(ComposeValidation)

public:
    enum class Mode {
        Create, // communications/create: every mandatory member must be given or come from the template
        Update, // communications/update of a draft: the template only counts when it is sent again
    };

    // Every problem of the form, in the order the fields appear. Empty: the form may be sent.
    static QList<ComposeIssue> validate(const ComposeForm &form, const ComposeContext &context, Mode mode,
                                        const ComposeForm *original = nullptr);

    // The parameter names a compose request may carry (create and update), for mapping errors.
    static QStringList parameterNames();
    // The parameter a MISSING_PARAMETER, INVALID_PARAMETER or NOT_FOUND answer names, if any: the
    // status description when it is one (the sandbox puts it there), else a name in the message
    // that cannot be an ordinary word (it has an underscore, is quoted, or follows "parameter").
    static std::optional<QString> parameterOf(const ApiError &error);
    // The server's refusal as an issue beside a field; nullopt when it names none (show it in the
    // banner instead).
    static std::optional<ComposeIssue> serverIssue(const ApiError &error);

    // `name@domain.tld`, one address, no blanks.
    static bool isEmailAddress(const QString &text);
    // E.164-like: an optional leading +, then 3 to 15 digits; blanks and dashes between them are
    // tolerated.
    static bool isPhoneNumber(const QString &text);
    // The fields an identifier of docs/api-contract.md "Identifiers" accepts, by its parameter name.
    static QStringList identifierFields(const QString &parameter);

    // What the template gives (direction, media, subject, content) when it is sent with the request.
    static bool templateGives(const ComposeContext &context, const QString &parameter);
};

} // namespace commdesk
