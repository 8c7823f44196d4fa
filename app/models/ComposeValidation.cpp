#include "ComposeValidation.h"

#include <QRegularExpression>
#include <QSet>

namespace commdesk {

namespace {

const QString kContact = QStringLiteral("contact_information_identifier");
const QString kParameterSet = QStringLiteral("unrestricted_parameter_set");

QString numbered(QStringView stem, std::size_t index)
{
    return stem + QString::number(index + 1);
}

bool templateSent(const ComposeForm &form, ComposeValidation::Mode mode, const ComposeForm *original)
{
    if (!form.templateChoice)
        return false;
    return mode == ComposeValidation::Mode::Create || !original || original->templateChoice != form.templateChoice;
}

class Checker
{
    Q_DECLARE_TR_FUNCTIONS(ComposeValidation)

public:
    QList<ComposeIssue> issues;

    void add(const QString &parameter, const QString &message) { issues.append({parameter, message}); }

    void identifier(const QString &parameter, const QString &text, const QString &what)
    {
        if (text.trimmed().isEmpty())
            return;
        const QStringList fields = ComposeValidation::identifierFields(parameter);
        const std::optional<Identifier> parsed = Identifier::parse(text.trimmed());
        if (!parsed) {
            add(parameter, tr("Name the %1 as field=value, for example %2=…").arg(what, fields.value(1)));
        } else if (!fields.contains(parsed->field)) {
            add(parameter,
                tr("“%1” is not a field of a %2; use one of: %3")
                    .arg(parsed->field, what, fields.join(QStringLiteral(", "))));
        }
    }

    void parameterRows(const QList<ComposeParameterRow> &rows)
    {
        QSet<QString> names;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const ComposeParameterRow &row = rows.at(i);
            const int number = int(i + 1);
            const QString name = row.name.trimmed();
            if (name.isEmpty())
                add(kParameterSet, tr("Parameter %1: enter a name.").arg(number));
            else if (names.contains(name))
                add(kParameterSet, tr("Parameter %1: the name “%2” is used twice.").arg(number).arg(name));
            names.insert(name);
            const QString value = row.value.trimmed();
            if (value.isEmpty() && row.type != ParameterType::String) {
                add(kParameterSet, tr("Parameter %1: enter a value.").arg(number));
                continue;
            }
            if (row.type == ParameterType::Float && !ComposeValues::parseNumber(value))
                add(kParameterSet, tr("Parameter %1: “%2” is not a number.").arg(number).arg(value));
            else if (row.type == ParameterType::Integer && !ComposeValues::parseInteger(value))
                add(kParameterSet, tr("Parameter %1: “%2” is not a whole number.").arg(number).arg(value));
            else if (row.type == ParameterType::Date && !ComposeValues::parseDate(value))
                add(kParameterSet, tr("Parameter %1: “%2” is not a date such as 2024-05-31.").arg(number).arg(value));
        }
    }
};

bool isAccepted(QStringView message, qsizetype start, qsizetype length)
{
    const QStringView name = message.mid(start, length);
    if (name.contains(u'_'))
        return true;
    static const QString quotes = QStringLiteral("\"'`“‘«");
    if (start > 0 && quotes.contains(message.at(start - 1)))
        return true;
    return message.left(start).trimmed().endsWith(QLatin1StringView("parameter"), Qt::CaseInsensitive);
}

} // namespace

QList<ComposeIssue> ComposeValidation::validate(const ComposeForm &form, const ComposeContext &context, Mode mode,
                                                const ComposeForm *original)
{
    Checker check;
    const bool fromTemplate = templateSent(form, mode, original);
    const auto given = [&](const QString &parameter) { return fromTemplate && templateGives(context, parameter); };

    // The contact of a communication cannot change (docs/api-contract.md "Communications" update), so only a create
    // checks it.
    if (mode == Mode::Create) {
        if (!ComposeValues::contactFields().contains(form.contactField))
            check.add(kContact, tr("Choose how to name the contact."));
        else if (form.contactValue.trimmed().isEmpty())
            check.add(kContact, tr("Enter the contact this communication is with."));
    }
    if (!form.direction && !given(QStringLiteral("direction")))
        check.add(QStringLiteral("direction"), tr("Choose a direction."));
    if (!form.media && !given(QStringLiteral("media")))
        check.add(QStringLiteral("media"), tr("Choose a media."));
    std::optional<Media> media = form.media;
    if (!media && fromTemplate && context.appliedTemplate)
        media = context.appliedTemplate->media;
    const QString to = form.to.trimmed();
    if (media == Media::Email && to.isEmpty())
        check.add(QStringLiteral("to"), tr("An e-mail needs an address to send to."));
    else if (media == Media::Email && !isEmailAddress(to))
        check.add(QStringLiteral("to"), tr("“%1” is not an e-mail address such as name@example.com.").arg(to));
    else if (media == Media::Sms && !to.isEmpty() && !isPhoneNumber(to))
        check.add(QStringLiteral("to"), tr("“%1” is not a phone number such as +357 99 123456.").arg(to));
    if (form.subject.trimmed().isEmpty() && !given(QStringLiteral("subject")))
        check.add(QStringLiteral("subject"), tr("Enter a subject."));
    if (form.content.trimmed().isEmpty() && !given(QStringLiteral("content")))
        check.add(QStringLiteral("content"), tr("Enter the content."));

    check.identifier(QStringLiteral("owned_by_group_identifier"), form.ownedByGroup, tr("group"));
    check.identifier(QStringLiteral("privacy_level_identifier"), form.privacyLevel, tr("privacy level"));
    if (form.referringEntity && form.referringNumber.trimmed().isEmpty())
        check.add(QStringLiteral("referring_to"), tr("Enter the number of what this communication refers to."));
    else if (!form.referringEntity && !form.referringNumber.trimmed().isEmpty())
        check.add(QStringLiteral("referring_to"), tr("Choose what kind of record the number belongs to."));
    for (std::size_t i = 0; i < form.udfFloats.size(); ++i) {
        const QString text = form.udfFloats[i].trimmed();
        if (!text.isEmpty() && !ComposeValues::parseNumber(text))
            check.add(numbered(u"udf_float_", i), tr("“%1” is not a number.").arg(text));
    }
    for (std::size_t i = 0; i < form.udfDates.size(); ++i) {
        const QString text = form.udfDates[i].trimmed();
        if (!text.isEmpty() && !ComposeValues::parseDate(text))
            check.add(numbered(u"udf_date_", i), tr("“%1” is not a date such as 2024-05-31.").arg(text));
    }
    check.parameterRows(form.parameters);
    return check.issues;
}

QStringList ComposeValidation::parameterNames()
{
    QStringList names {kContact,
                       QStringLiteral("template_identifier"),
                       QStringLiteral("category_identifier"),
                       QStringLiteral("communication_queue_external_system_identifier"),
                       QStringLiteral("owned_by_group_identifier"),
                       QStringLiteral("privacy_level_identifier"),
                       QStringLiteral("direction"),
                       QStringLiteral("media"),
                       QStringLiteral("subject"),
                       QStringLiteral("content"),
                       QStringLiteral("to"),
                       QStringLiteral("notes"),
                       QStringLiteral("life_cycle_state"),
                       QStringLiteral("referring_to"),
                       kParameterSet};
    for (std::size_t i = 0; i < 8; ++i)
        names.append(numbered(u"udf_string_", i));
    for (std::size_t i = 0; i < 4; ++i)
        names << numbered(u"udf_float_", i) << numbered(u"udf_date_", i);
    return names;
}

std::optional<QString> ComposeValidation::parameterOf(const ApiError &error)
{
    static const QStringList fieldCodes {QStringLiteral("MISSING_PARAMETER"), QStringLiteral("INVALID_PARAMETER"),
                                         QStringLiteral("NOT_FOUND")};
    if (error.kind() != ApiError::Kind::Api || !fieldCodes.contains(error.code()))
        return std::nullopt;
    const QStringList names = parameterNames();
    // A nested member (`unrestricted_parameter_set[2].name`, `referring_to.entity`) belongs to its
    // top-level parameter.
    static const QRegularExpression token(QStringLiteral("[A-Za-z_][A-Za-z0-9_]*"));
    const QString description = error.description().trimmed();
    const QRegularExpressionMatch first = token.match(description);
    if (first.hasMatch() && first.capturedStart() == 0 && names.contains(first.captured()))
        return first.captured();
    const QString message = error.message();
    for (auto it = token.globalMatch(message); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (names.contains(match.captured()) && isAccepted(message, match.capturedStart(), match.capturedLength()))
            return match.captured();
    }
    return std::nullopt;
}

std::optional<ComposeIssue> ComposeValidation::serverIssue(const ApiError &error)
{
    const std::optional<QString> parameter = parameterOf(error);
    if (!parameter)
        return std::nullopt;
    return ComposeIssue {*parameter, error.userText()};
}

bool ComposeValidation::isEmailAddress(const QString &text)
{
    static const QRegularExpression address(
        QStringLiteral(R"re(^[^@\s,;<>()"]+@[^@\s,;<>()".]+(\.[^@\s,;<>()".]+)+$)re"));
    return address.match(text.trimmed()).hasMatch();
}

bool ComposeValidation::isPhoneNumber(const QString &text)
{
    static const QRegularExpression phone(QStringLiteral(R"(^\+?[0-9](?:[ \-]*[0-9])*$)"));
    const QString trimmed = text.trimmed();
    if (!phone.match(trimmed).hasMatch())
        return false;
    const auto digits = std::count_if(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isDigit(); });
    return digits >= 3 && digits <= 15;
}

QStringList ComposeValidation::identifierFields(const QString &parameter)
{
    // docs/api-contract.md "Identifiers".
    if (parameter == kContact)
        return ComposeValues::contactFields();
    if (parameter == QLatin1StringView("owned_by_group_identifier"))
        return {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("alternative_code")};
    if (parameter == QLatin1StringView("privacy_level_identifier"))
        return {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("number")};
    if (parameter == QLatin1StringView("category_identifier"))
        return {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("code")};
    if (parameter == QLatin1StringView("template_identifier")
        || parameter == QLatin1StringView("communication_queue_external_system_identifier"))
        return {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("alternative_code")};
    return {};
}

bool ComposeValidation::templateGives(const ComposeContext &context, const QString &parameter)
{
    if (!context.appliedTemplate)
        return false;
    const Template &t = *context.appliedTemplate;
    if (parameter == QLatin1StringView("direction"))
        return t.direction.has_value();
    if (parameter == QLatin1StringView("media"))
        return t.media.has_value();
    if (parameter == QLatin1StringView("subject"))
        return !t.subject.isEmpty();
    if (parameter == QLatin1StringView("content"))
        return !t.content.isEmpty();
    if (parameter == QLatin1StringView("category_identifier"))
        return t.category.has_value();
    return false;
}

} // namespace commdesk
