#include "ComposeForm.h"

#include "DisplayText.h"

#include <QLocale>

#include <cmath>

namespace commdesk {

namespace {

// Groups and privacy levels have no list call: the form shows them as `field=value`, preferring
// what a person recognises (docs/api-contract.md "Identifiers" lists the fields each accepts).
QString identifierText(const QString &name, const QString &nameField, const QString &code, const QString &codeField,
                       const QString &id)
{
    if (!name.isEmpty())
        return Identifier(nameField, name).toString();
    if (!code.isEmpty())
        return Identifier(codeField, code).toString();
    if (!id.isEmpty())
        return Identifier::byId(id).toString();
    return {};
}

template<class T>
std::optional<ComposeChoice> choiceOf(const std::optional<T> &reference)
{
    if (!reference || reference->id.isEmpty())
        return std::nullopt;
    return ComposeChoice {Identifier::byId(reference->id), reference->name};
}

} // namespace

ComposeForm ComposeForm::fromCommunication(const Communication &c)
{
    ComposeForm form;
    if (c.contact) {
        form.contactField = c.contact->number.isEmpty() ? QStringLiteral("id") : QStringLiteral("number");
        form.contactValue = c.contact->number.isEmpty() ? c.contact->id : c.contact->number;
    }
    form.templateChoice = choiceOf(c.templateRef);
    form.category = choiceOf(c.category);
    form.externalSystem = choiceOf(c.externalSystem);
    form.direction = knownValue(c.direction);
    form.media = knownValue(c.media);
    form.subject = c.subject;
    form.content = c.content;
    form.to = c.to;
    form.notes = c.notes;
    if (c.ownedByGroup) {
        const Group &g = *c.ownedByGroup;
        form.ownedByGroup =
            identifierText(g.name, QStringLiteral("name"), g.alternativeCode, QStringLiteral("alternative_code"), g.id);
    }
    if (c.privacyLevel) {
        const PrivacyLevel &p = *c.privacyLevel;
        form.privacyLevel = identifierText(p.name, QStringLiteral("name"), p.number, QStringLiteral("number"), p.id);
    }
    form.udfStrings = c.udfStrings;
    for (std::size_t i = 0; i < c.udfFloats.size(); ++i) {
        if (c.udfFloats[i])
            form.udfFloats[i] = ComposeValues::formatNumber(*c.udfFloats[i]);
    }
    for (std::size_t i = 0; i < c.udfDates.size(); ++i) {
        if (c.udfDates[i])
            form.udfDates[i] = ComposeValues::formatDate(c.udfDates[i]->when());
    }
    if (c.referringTo) {
        form.referringEntity = c.referringTo->entity.known();
        form.referringNumber = c.referringTo->number;
    }
    for (const UnrestrictedParameter &parameter : c.unrestrictedParameters)
        form.parameters.append(
            {parameter.id, parameter.name, parameter.type, ComposeValues::formatParameterValue(parameter)});
    return form;
}

QStringList ComposeValues::contactFields()
{
    return {QStringLiteral("number"),
            QStringLiteral("id"),
            QStringLiteral("id_number"),
            QStringLiteral("passport_number"),
            QStringLiteral("social_security_number"),
            QStringLiteral("vat_registration_number"),
            QStringLiteral("registration_number")};
}

QString ComposeValues::contactFieldLabel(const QString &field)
{
    if (field == QLatin1StringView("number"))
        return tr("Contact number");
    if (field == QLatin1StringView("id"))
        return tr("Contact ID");
    if (field == QLatin1StringView("id_number"))
        return tr("ID card number");
    if (field == QLatin1StringView("passport_number"))
        return tr("Passport number");
    if (field == QLatin1StringView("social_security_number"))
        return tr("Social security number");
    if (field == QLatin1StringView("vat_registration_number"))
        return tr("VAT registration number");
    if (field == QLatin1StringView("registration_number"))
        return tr("Company registration number");
    return field;
}

std::optional<double> ComposeValues::parseNumber(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    double value = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<qint64> ComposeValues::parseInteger(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    qint64 value = QLocale().toLongLong(trimmed, &ok);
    if (!ok)
        value = QLocale::c().toLongLong(trimmed, &ok);
    if (!ok)
        return std::nullopt;
    return value;
}

std::optional<QDateTime> ComposeValues::parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    // QDate reads the date part of a longer text too: only a bare date is a date.
    const QDate date = trimmed.size() == 10 ? QDate::fromString(trimmed, Qt::ISODate) : QDate();
    if (date.isValid())
        return QDateTime(date, QTime(0, 0));
    const QDateTime when = QDateTime::fromString(trimmed, Qt::ISODate);
    if (when.isValid())
        return when;
    // The locale's short date as the app shows it (four-digit year), its long one, then its own short one, whose
    // two-digit year is the one within fifty years from now: "5/2/31" is 2031, "5/2/85" is 1985.
    const QLocale locale;
    for (const QString &format : {DisplayText::withFourDigitYears(locale.dateFormat(QLocale::ShortFormat)),
                                  locale.dateFormat(QLocale::LongFormat)}) {
        const QDate local = locale.toDate(trimmed, format);
        if (local.isValid() && local.year() >= 1000)
            return QDateTime(local, QTime(0, 0));
    }
    QDate local = locale.toDate(trimmed, QLocale::ShortFormat);
    if (local.isValid() && local.year() < 2000 && local.year() + 100 <= QDate::currentDate().year() + 50)
        local = local.addYears(100);
    if (local.isValid())
        return QDateTime(local, QTime(0, 0));
    return std::nullopt;
}

QString ComposeValues::formatNumber(double value)
{
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

QString ComposeValues::formatDate(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QDateTime local = when.toLocalTime();
    if (local.time() == QTime(0, 0))
        return local.date().toString(Qt::ISODate);
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QString ComposeValues::formatParameterValue(const UnrestrictedParameter &parameter)
{
    if (!parameter.value.isValid())
        return {};
    switch (parameter.type) {
    case ParameterType::String:
        return parameter.value.toString();
    case ParameterType::Float:
        return formatNumber(parameter.value.toDouble());
    case ParameterType::Integer:
        return QString::number(parameter.value.toLongLong());
    case ParameterType::Date:
        if (parameter.value.metaType() == QMetaType::fromType<ApiDate>())
            return formatDate(parameter.value.value<ApiDate>().when());
        return formatDate(parameter.value.toDateTime());
    }
    return {};
}

} // namespace commdesk
