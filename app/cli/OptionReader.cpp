#include "OptionReader.h"

#include "ApiDate.h"

#include <QFile>
#include <QStringDecoder>

#include <cmath>

namespace commdesk {

namespace {

struct IdentifierRule
{
    IdentifierKind kind;
    const char *fields; // docs/api-contract.md "Identifiers", comma-separated
    const char *example;
};

// The identifier fields of docs/api-contract.md "Identifiers", in one table.
constexpr IdentifierRule kIdentifierRules[] = {
    {IdentifierKind::Communication, "id,number", "number=CM000680"},
    {IdentifierKind::Contact,
     "id,number,id_number,passport_number,social_security_number,vat_registration_number,registration_number",
     "number=CI000111"},
    {IdentifierKind::Category, "id,name,code", "name=Billing"},
    {IdentifierKind::Template, "id,name,alternative_code", "alternative_code=WELCOME"},
    {IdentifierKind::QueueEntry, "id,number", "number=CQ000001"},
    {IdentifierKind::ExternalSystem, "id,name,alternative_code", "name=SMS Gateway"},
    {IdentifierKind::Group, "id,name,alternative_code", "name=Sales"},
    {IdentifierKind::PrivacyLevel, "id,number,name", "number=PL001"},
    {IdentifierKind::UnrestrictedParameter, "id,key,name", "name=colour"},
    {IdentifierKind::ReferredEntity, "id,number", "number=J000123"},
};

const IdentifierRule &ruleOf(IdentifierKind kind)
{
    for (const IdentifierRule &rule : kIdentifierRules) {
        if (rule.kind == kind)
            return rule;
    }
    return kIdentifierRules[0];
}

} // namespace

void OptionReader::fail(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
}

void OptionReader::failInvalidChoice(const QString &option, const QString &value, const QStringList &choices)
{
    fail(tr("\"%1\" is not a valid value for --%2: use one of %3.")
             .arg(value, option, choices.join(QLatin1StringView(", "))));
}

QStringList OptionReader::fieldsOf(IdentifierKind kind)
{
    return QString::fromLatin1(ruleOf(kind).fields).split(u',');
}

QString OptionReader::exampleOf(IdentifierKind kind)
{
    return QString::fromLatin1(ruleOf(kind).example);
}

std::optional<Identifier> OptionReader::checkedIdentifier(const QString &text, IdentifierKind kind,
                                                          const QString &where)
{
    const IdentifierRule &rule = ruleOf(kind);
    const std::optional<Identifier> identifier = Identifier::parse(text);
    if (!identifier) {
        fail(tr("%1 expects FIELD=VALUE, e.g. %2, not \"%3\".").arg(where, QString::fromLatin1(rule.example), text));
        return std::nullopt;
    }
    const QStringList fields = fieldsOf(kind);
    if (!fields.contains(identifier->field)) {
        fail(tr("%1 cannot use the field \"%2\": use one of %3.")
                 .arg(where, identifier->field, fields.join(QLatin1StringView(", "))));
        return std::nullopt;
    }
    return identifier;
}

std::optional<Identifier> OptionReader::identifier(const QString &option, IdentifierKind kind)
{
    if (!has(option))
        return std::nullopt;
    return checkedIdentifier(text(option), kind, tr("The option --%1").arg(option));
}

std::optional<Identifier> OptionReader::identifierIn(const QString &option, const QString &value, IdentifierKind kind)
{
    return checkedIdentifier(value, kind, tr("The option --%1").arg(option));
}

std::optional<Identifier> OptionReader::identifierWord(const QString &word, IdentifierKind kind)
{
    return checkedIdentifier(word, kind, tr("This command"));
}

std::optional<int> OptionReader::count(const QString &option, int minimum)
{
    if (!has(option))
        return std::nullopt;
    bool ok = false;
    const int value = text(option).toInt(&ok);
    if (!ok || value < minimum) {
        fail(tr("The option --%1 needs a whole number of at least %2, not \"%3\".")
                 .arg(option, QString::number(minimum), text(option)));
        return std::nullopt;
    }
    return value;
}

std::optional<double> OptionReader::ratio(const QString &option)
{
    if (!has(option))
        return std::nullopt;
    bool ok = false;
    const double value = text(option).toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0 || value > 1) {
        fail(tr("The option --%1 needs a number from 0 to 1, not \"%2\".").arg(option, text(option)));
        return std::nullopt;
    }
    return value;
}

std::optional<double> OptionReader::decimal(const QString &option)
{
    if (!has(option))
        return std::nullopt;
    bool ok = false;
    const double value = text(option).toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        fail(tr("The option --%1 needs a number such as 2.5, not \"%2\".").arg(option, text(option)));
        return std::nullopt;
    }
    return value;
}

std::optional<QDateTime> OptionReader::parseDate(const QString &text)
{
    const std::optional<ApiDate> parsed = ApiDate::parse(text);
    if (!parsed || !parsed->isValid())
        return std::nullopt;
    return parsed->when();
}

std::optional<QDateTime> OptionReader::date(const QString &option)
{
    if (!has(option))
        return std::nullopt;
    const std::optional<QDateTime> parsed = parseDate(text(option));
    if (!parsed) {
        fail(tr("The option --%1 needs an ISO 8601 date such as 2017-05-22T12:42:03+03:00, not \"%2\".")
                 .arg(option, text(option)));
    }
    return parsed;
}

std::optional<QString> OptionReader::fileText(const QString &option)
{
    if (!has(option))
        return std::nullopt;
    const QString path = text(option);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("The file \"%1\" could not be read: %2.").arg(path, file.errorString()));
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        fail(tr("The file \"%1\" could not be read: %2.").arg(path, file.errorString()));
        return std::nullopt;
    }
    // Stateless: a sequence cut off at the end of the file is an error too, not something to wait for.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString content = decoder.decode(bytes);
    if (decoder.hasError()) {
        fail(tr("The file \"%1\" is not UTF-8 text.").arg(path));
        return std::nullopt;
    }
    return content;
}

QStringList OptionReader::list(const QString &option)
{
    QStringList items;
    const QStringList parts = text(option).split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            items.append(item);
    }
    return items;
}

} // namespace commdesk
