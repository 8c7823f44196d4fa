#include "CommunicationInputReader.h"

#include <cmath>

namespace commdesk {

namespace {

QString udfOption(const char *kind, std::size_t index)
{
    return QStringLiteral("udf-%1-%2").arg(QLatin1StringView(kind)).arg(index + 1);
}

} // namespace

CommunicationInput CommunicationInputReader::read()
{
    CommunicationInput input;
    readIdentifier(QStringLiteral("template"), IdentifierKind::Template, input.templateId);
    readIdentifier(QStringLiteral("category"), IdentifierKind::Category, input.category);
    readIdentifier(QStringLiteral("external-system"), IdentifierKind::ExternalSystem, input.externalSystem);
    readIdentifier(QStringLiteral("group"), IdentifierKind::Group, input.ownedByGroup);
    readIdentifier(QStringLiteral("privacy-level"), IdentifierKind::PrivacyLevel, input.privacyLevel);
    if (auto direction = m_reader.enumValue<Direction>(QStringLiteral("direction")))
        input.direction = *direction;
    if (auto media = m_reader.enumValue<Media>(QStringLiteral("media")))
        input.media = *media;
    readText(QStringLiteral("subject"), input.subject);
    readText(QStringLiteral("to"), input.to);
    readText(QStringLiteral("notes"), input.notes);
    readContent(input);
    if (m_reader.has(QStringLiteral("draft")))
        input.lifeCycleState = LifeCycleState::Draft;
    readUserDefinedFields(input);
    readReferringTo(input.referringTo);
    readParameters(input);
    return input;
}

template<class T>
bool CommunicationInputReader::absentOrCleared(const QString &option, Patch<T> &member)
{
    if (!m_reader.has(option))
        return true;
    if (!m_reader.text(option).isEmpty())
        return false;
    // On update null clears the member (the server keeps what is left out); on create there is nothing to clear.
    if (m_mode == Mode::Update)
        member = Patch<T>::cleared();
    return true;
}

void CommunicationInputReader::readIdentifier(const QString &option, IdentifierKind kind, Patch<Identifier> &member)
{
    if (absentOrCleared(option, member))
        return;
    if (auto identifier = m_reader.identifier(option, kind))
        member = *identifier;
}

void CommunicationInputReader::readText(const QString &option, Patch<QString> &member)
{
    if (!absentOrCleared(option, member))
        member = m_reader.text(option);
}

void CommunicationInputReader::readContent(CommunicationInput &input)
{
    const QString file = QStringLiteral("content-file");
    if (m_reader.has(QStringLiteral("content")) && m_reader.has(file)) {
        m_reader.fail(tr("Give either --content or --content-file, not both."));
        return;
    }
    readText(QStringLiteral("content"), input.content);
    if (auto content = m_reader.fileText(file)) {
        if (!content->isEmpty())
            input.content = *content;
        else if (m_mode == Mode::Update)
            input.content = Patch<QString>::cleared();
    }
}

void CommunicationInputReader::readUserDefinedFields(CommunicationInput &input)
{
    for (std::size_t i = 0; i < input.udfStrings.size(); ++i)
        readText(udfOption("string", i), input.udfStrings[i]);
    for (std::size_t i = 0; i < input.udfFloats.size(); ++i) {
        const QString option = udfOption("float", i);
        if (absentOrCleared(option, input.udfFloats[i]))
            continue;
        if (auto value = m_reader.decimal(option))
            input.udfFloats[i] = *value;
    }
    for (std::size_t i = 0; i < input.udfDates.size(); ++i) {
        const QString option = udfOption("date", i);
        if (absentOrCleared(option, input.udfDates[i]))
            continue;
        if (auto value = m_reader.date(option))
            input.udfDates[i] = *value;
    }
}

void CommunicationInputReader::readReferringTo(Patch<ReferringTo> &member)
{
    const QString option = QStringLiteral("referring-to");
    if (absentOrCleared(option, member))
        return;
    // ENTITY:FIELD=VALUE, e.g. JOBS:number=J000123; the entity names hold no colon.
    const QString text = m_reader.text(option);
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0) {
        m_reader.fail(tr("The option --referring-to expects ENTITY:FIELD=VALUE, e.g. JOBS:%1, not \"%2\".")
                          .arg(OptionReader::exampleOf(IdentifierKind::ReferredEntity), text));
        return;
    }
    const QString entityName = text.left(colon);
    const std::optional<ReferringEntity> entity = fromWire<ReferringEntity>(entityName, WireCase::Insensitive);
    if (!entity) {
        m_reader.fail(tr("\"%1\" is not an entity that --referring-to knows: use one of %2.")
                          .arg(entityName, wireNames<ReferringEntity>().join(QLatin1StringView(", "))));
        return;
    }
    const std::optional<Identifier> identifier =
        m_reader.identifierIn(option, text.mid(colon + 1), IdentifierKind::ReferredEntity);
    if (!identifier)
        return;
    ReferringTo referringTo;
    referringTo.entity = *entity;
    (identifier->field == QLatin1StringView("id") ? referringTo.id : referringTo.number) = identifier->value;
    member = referringTo;
}

std::optional<UnrestrictedParameter> CommunicationInputReader::parameter(const QString &option, const QString &text)
{
    // NAME:TYPE=VALUE: the first '=' ends the name and type (the value may hold anything), the
    // last ':' before it starts the type (the type names hold no colon).
    const qsizetype equals = text.indexOf(u'=');
    const qsizetype colon = equals < 0 ? -1 : text.left(equals).lastIndexOf(u':');
    if (colon <= 0) {
        m_reader.fail(
            tr("The option --%1 expects NAME:TYPE=VALUE, e.g. colour:string=blue, not \"%2\".").arg(option, text));
        return std::nullopt;
    }
    UnrestrictedParameter parameter;
    parameter.name = text.left(colon);
    const QString typeName = text.mid(colon + 1, equals - colon - 1);
    const QString value = text.mid(equals + 1);
    const std::optional<ParameterType> type = fromWire<ParameterType>(typeName, WireCase::Insensitive);
    if (!type) {
        m_reader.fail(tr("\"%1\" is not a parameter type that --%2 knows: use one of %3.")
                          .arg(typeName, option, wireNames<ParameterType>().join(QLatin1StringView(", "))));
        return std::nullopt;
    }
    parameter.type = *type;
    bool ok = true;
    switch (*type) {
    case ParameterType::String:
        parameter.value = value;
        break;
    case ParameterType::Float: {
        const double number = value.toDouble(&ok);
        ok = ok && std::isfinite(number);
        parameter.value = number;
        break;
    }
    case ParameterType::Integer:
        parameter.value = value.toLongLong(&ok);
        break;
    case ParameterType::Date: {
        const std::optional<QDateTime> when = OptionReader::parseDate(value);
        ok = when.has_value();
        parameter.value = QVariant::fromValue(ApiDate(when.value_or(QDateTime())));
        break;
    }
    }
    if (!ok) {
        const QString expected = *type == ParameterType::Float ? tr("a number such as 2.5")
            : *type == ParameterType::Integer                  ? tr("a whole number")
                                                               : tr("an ISO 8601 date such as 2017-05-22");
        m_reader.fail(tr("The option --%1 needs %2 as the value of the %3 parameter \"%4\", not \"%5\".")
                          .arg(option, expected, wireName(*type), parameter.name, value));
        return std::nullopt;
    }
    return parameter;
}

void CommunicationInputReader::readParameters(CommunicationInput &input)
{
    const QString add = QStringLiteral("parameter");
    const QString update = QStringLiteral("update-parameter");
    const QString remove = QStringLiteral("remove-parameter");
    if (m_mode == Mode::Create) {
        for (const QString &text : m_reader.values(add)) {
            if (auto parameter = this->parameter(add, text))
                input.newParameters.append(*parameter);
        }
        return;
    }
    // Removals first, then updates, then additions: a parameter removed and added again in one
    // run (to change its type) must be gone before it comes back.
    for (const QString &text : m_reader.values(remove)) {
        if (auto identifier = m_reader.identifierIn(remove, text, IdentifierKind::UnrestrictedParameter))
            input.parameterChanges.append({ParameterAction::Remove, *identifier, {}});
    }
    for (const QString &text : m_reader.values(update)) {
        // The parameter is named by its name; the item carries its new type and value.
        if (auto parameter = this->parameter(update, text))
            input.parameterChanges.append({ParameterAction::Update, Identifier::byName(parameter->name), *parameter});
    }
    for (const QString &text : m_reader.values(add)) {
        if (auto parameter = this->parameter(add, text))
            input.parameterChanges.append({ParameterAction::Add, {}, *parameter});
    }
}

} // namespace commdesk
