#include "CommunicationEditor.h"

#include "SandboxDatabase.h"
#include "SandboxRules.h"
#include "SandboxServices.h"

#include <QCryptographicHash>

using namespace Qt::Literals::StringLiterals;

namespace commdesk {

namespace {

const auto referringTo = u"referring_to"_s;
const auto parameterSet = u"unrestricted_parameter_set"_s;
const auto parameterIdentifier = u"unrestricted_parameter_identifier"_s;

QString udf(QStringView kind, int index)
{
    return u"udf_"_s + kind + u'_' + QString::number(index + 1);
}

void setText(std::optional<QString> &field, const Parameters &p, QStringView key)
{
    if (p.has(key))
        field = p.text(key);
}

template<class E>
void setEnum(QString &field, const Parameters &p, QStringView key)
{
    if (!p.has(key))
        return;
    if (p.isNull(key))
        throw ApiFailure::invalid(p.nameOf(key), u"cannot be cleared"_s);
    field = wireName(*p.enumValue<E>(key));
}

QString fillPlaceholders(QString text, const QHash<QString, QString> &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace(QString(rules::placeholderOpen + it.key() + rules::placeholderClose), it.value());
    return text;
}

QString keyOf(const QString &name)
{
    QString key;
    for (const QChar c : name.trimmed().toLower())
        key += c.isLetterOrNumber() ? c : u'_';
    return key;
}

} // namespace

CommunicationEditor::CommunicationEditor(SandboxServices &services)
    : m_services(services)
{ }

QStringList CommunicationEditor::members()
{
    QStringList names {u"contact_information_identifier"_s,
                       u"template_identifier"_s,
                       u"category_identifier"_s,
                       u"communication_queue_external_system_identifier"_s,
                       u"owned_by_group_identifier"_s,
                       u"privacy_level_identifier"_s,
                       u"direction"_s,
                       u"media"_s,
                       u"subject"_s,
                       u"content"_s,
                       u"to"_s,
                       u"notes"_s,
                       u"life_cycle_state"_s,
                       referringTo,
                       parameterSet,
                       u"viewed"_s,
                       u"viewed_on"_s};
    for (int i = 0; i < 8; ++i)
        names.append(udf(u"string", i));
    for (int i = 0; i < 4; ++i)
        names << udf(u"float", i) << udf(u"date", i);
    return names;
}

CommunicationRecord CommunicationEditor::create(const Parameters &p, const TokenOwner &user,
                                                QList<ParameterRecord> *parameters)
{
    CommunicationRecord r;
    r.contactId = m_services.resolver.resolveRequired(Entity::Contact, p, u"contact_information_identifier");
    r.lifeCycleState = wireName(LifeCycleState::Completed); // docs/api-contract.md "Communications": default COMPLETED
    applyTemplate(r, p);
    applyMembers(r, p, false);
    checkMandatory(r);
    *parameters = newParameters(p);
    r.id = m_services.database.newId(u"communication");
    r.number = m_services.database.nextNumber(u"CM"_s);
    r.createdMs = r.updatedMs = SandboxServices::nowMs();
    r.createdBy = r.updatedBy = user.userId;
    return r;
}

CommunicationRecord CommunicationEditor::createStored(const Parameters &p, const TokenOwner &user)
{
    QList<ParameterRecord> parameters;
    CommunicationRecord record = create(p, user, &parameters);
    m_services.communications.insert(record);
    for (const ParameterRecord &parameter : parameters)
        m_services.communications.insertParameter(record.id, parameter);
    m_services.queue.enqueueIfDue(record, record.createdMs);
    return record;
}

void CommunicationEditor::update(CommunicationRecord &r, const Parameters &p, const TokenOwner &user)
{
    if (p.has(u"contact_information_identifier"))
        throw ApiFailure::invalid(u"contact_information_identifier"_s,
                                  u"the contact of a communication cannot change"_s);
    checkEditable(r, p);
    for (const auto &key : {u"direction"_s, u"media"_s, u"subject"_s, u"content"_s}) {
        if (p.isNull(key))
            throw ApiFailure::invalid(key, u"cannot be cleared"_s);
    }
    applyTemplate(r, p);
    applyMembers(r, p, true);
    applyViewed(r, p);
    checkMandatory(r);
    changeParameters(r.id, p);
    r.updatedMs = SandboxServices::nowMs();
    r.updatedBy = user.userId;
}

void CommunicationEditor::checkEditable(const CommunicationRecord &r, const Parameters &p) const
{
    if (r.lifeCycleState == wireName(LifeCycleState::Draft))
        return;
    for (const QString &member : members()) {
        if (!p.has(member))
            continue;
        bool allowed = false;
        for (const auto editable : rules::membersEditableWhenCompleted)
            allowed = allowed || member == editable;
        if (!allowed) {
            throw ApiFailure::invalidState(
                u"Communication %1 is %2: only DRAFT communications can be edited, and %3 cannot change"_s.arg(
                    r.number, r.lifeCycleState, member));
        }
    }
}

void CommunicationEditor::applyTemplate(CommunicationRecord &r, const Parameters &p)
{
    const auto key = u"template_identifier"_s;
    if (!p.has(key))
        return;
    if (p.isNull(key)) {
        r.templateId.reset();
        return;
    }
    const QString id = *m_services.resolver.resolve(Entity::Template, p, key);
    QSqlQuery query = m_services.database.run(
        u"SELECT direction, media, category_id, subject, content, effective, name FROM templates WHERE id = ?"_s, {id});
    if (!query.next())
        throw ApiFailure::notFound(key, u"template"_s);
    if (query.value(5).toInt() == 0)
        throw ApiFailure::invalidState(u"Template %1 is not effective"_s.arg(query.value(6).toString()));
    r.templateId = id;
    const auto values = m_services.contacts.placeholderValues(r.contactId);
    if (!query.value(0).isNull())
        r.direction = query.value(0).toString();
    if (!query.value(1).isNull())
        r.media = query.value(1).toString();
    if (!query.value(2).isNull())
        r.categoryId = query.value(2).toString();
    if (!query.value(3).isNull())
        r.subject = fillPlaceholders(query.value(3).toString(), values);
    if (!query.value(4).isNull())
        r.content = fillPlaceholders(query.value(4).toString(), values);
}

void CommunicationEditor::applyMembers(CommunicationRecord &r, const Parameters &p, bool isUpdate)
{
    IdentifierResolver &resolver = m_services.resolver;
    const auto setReference = [&](std::optional<QString> &field, Entity entity, QStringView key) {
        if (p.has(key))
            field = resolver.resolve(entity, p, key);
    };
    setReference(r.categoryId, Entity::Category, u"category_identifier");
    setReference(r.externalSystemId, Entity::ExternalSystem, u"communication_queue_external_system_identifier");
    setReference(r.groupId, Entity::Group, u"owned_by_group_identifier");
    setReference(r.privacyLevelId, Entity::PrivacyLevel, u"privacy_level_identifier");
    setEnum<Direction>(r.direction, p, u"direction");
    setEnum<Media>(r.media, p, u"media");
    setText(r.subject, p, u"subject");
    setText(r.content, p, u"content");
    setText(r.to, p, u"to");
    setText(r.notes, p, u"notes");
    if (p.has(u"life_cycle_state")) {
        QString state = r.lifeCycleState;
        setEnum<LifeCycleState>(state, p, u"life_cycle_state");
        if (isUpdate && state == wireName(LifeCycleState::Draft) && r.lifeCycleState != state)
            throw ApiFailure::invalidState(u"A COMPLETED communication cannot return to DRAFT"_s);
        r.lifeCycleState = state;
    }
    for (int i = 0; i < 8; ++i)
        setText(r.udfStrings[i], p, udf(u"string", i));
    for (int i = 0; i < 4; ++i) {
        if (p.has(udf(u"float", i)))
            r.udfFloats[i] = p.number(udf(u"float", i));
        if (p.has(udf(u"date", i))) {
            const auto when = p.date(udf(u"date", i), m_services.dates);
            r.udfDates[i] = when ? std::optional(when->toMSecsSinceEpoch()) : std::nullopt;
        }
    }
    applyReferringTo(r, p);
}

void CommunicationEditor::applyReferringTo(CommunicationRecord &r, const Parameters &p)
{
    if (!p.has(referringTo))
        return;
    const auto object = p.object(referringTo);
    if (!object) {
        r.referringEntity.reset();
        r.referringId.reset();
        r.referringNumber.reset();
        return;
    }
    const auto entity = object->enumValue<ReferringEntity>(u"entity");
    if (!entity)
        throw ApiFailure::missing(object->nameOf(u"entity"));
    const auto identifier = object->identifier(u"entity_identifier");
    if (!identifier)
        throw ApiFailure::missing(object->nameOf(u"entity_identifier"));
    const QString parameter = object->nameOf(u"entity_identifier");
    r.referringEntity = wireName(*entity);
    if (*entity == ReferringEntity::Communications && rules::referredCommunicationMustExist) {
        const QString id = m_services.resolver.resolve(Entity::Communication, parameter, *identifier);
        r.referringId = id;
        r.referringNumber =
            m_services.database.scalar(u"SELECT number FROM communications WHERE id = ?"_s, {id}).toString();
        return;
    }
    if (identifier->field == u"id") {
        r.referringId = identifier->value;
        r.referringNumber.reset();
    } else if (identifier->field == u"number") {
        // An entity the sandbox does not hold: its id is made from what names it.
        const QByteArray name = (r.referringEntity.value() + u':' + identifier->value).toUtf8();
        r.referringId = QString::fromLatin1(QCryptographicHash::hash(name, QCryptographicHash::Md5).toHex().toUpper());
        r.referringNumber = identifier->value;
    } else {
        throw ApiFailure::invalid(
            parameter, u"\"%1\" is not a field of this identifier; use id or number"_s.arg(identifier->field));
    }
}

void CommunicationEditor::applyViewed(CommunicationRecord &r, const Parameters &p)
{
    if (p.has(u"viewed")) {
        r.viewed = p.boolean(u"viewed").value_or(false);
        if (!r.viewed)
            r.viewedOn.reset();
        else if (!r.viewedOn)
            r.viewedOn = SandboxServices::nowMs();
    }
    if (p.has(u"viewed_on")) {
        const auto when = p.date(u"viewed_on", m_services.dates);
        r.viewedOn = when ? std::optional(when->toMSecsSinceEpoch()) : std::nullopt;
        if (when)
            r.viewed = true;
    }
}

void CommunicationEditor::checkMandatory(const CommunicationRecord &r) const
{
    // docs/api-contract.md "Communications": mandatory unless a template gave them.
    if (r.direction.isEmpty())
        throw ApiFailure::missing(u"direction"_s);
    if (r.media.isEmpty())
        throw ApiFailure::missing(u"media"_s);
    if (!r.subject || r.subject->isEmpty())
        throw ApiFailure::missing(u"subject"_s);
    if (!r.content || r.content->isEmpty())
        throw ApiFailure::missing(u"content"_s);
    if (r.media == wireName(Media::Email) && (!r.to || r.to->isEmpty()))
        throw ApiFailure::missing(u"to"_s);
}

ParameterRecord CommunicationEditor::readParameter(const Parameters &item, ParameterRecord parameter, bool typeRequired)
{
    // An UPDATE may leave name and key out (or empty): they stay as they are.
    if (const auto name = item.text(u"name"); name && !name->isEmpty())
        parameter.name = *name;
    if (parameter.name.isEmpty())
        throw ApiFailure::missing(item.nameOf(u"name"));
    if (const auto key = item.text(u"key"); key && !key->isEmpty())
        parameter.key = *key;
    if (parameter.key.isEmpty())
        parameter.key = keyOf(parameter.name);
    const auto type = item.enumValue<ParameterType>(u"type");
    if (!type && typeRequired)
        throw ApiFailure::missing(item.nameOf(u"type"));
    if (type)
        parameter.type = wireName(*type);
    const ParameterType effective = *fromWire<ParameterType>(parameter.type);
    const QString member = parameter.type.toLower() + u"_value"_s;
    if (!item.has(member) && !type)
        return parameter; // UPDATE without a new value keeps the old one
    if (item.isNull(member) || !item.has(member))
        throw ApiFailure::missing(item.nameOf(member));
    parameter.stringValue.reset();
    parameter.floatValue.reset();
    parameter.integerValue.reset();
    parameter.dateValue.reset();
    switch (effective) {
    case ParameterType::String:
        parameter.stringValue = item.text(member);
        break;
    case ParameterType::Float:
        parameter.floatValue = item.number(member);
        break;
    case ParameterType::Integer:
        parameter.integerValue = item.integer(member);
        break;
    case ParameterType::Date:
        parameter.dateValue = item.date(member, m_services.dates)->toMSecsSinceEpoch();
        break;
    }
    return parameter;
}

QList<ParameterRecord> CommunicationEditor::newParameters(const Parameters &p)
{
    QList<ParameterRecord> result;
    QStringList names;
    for (const Parameters &item : p.objectArray(parameterSet)) {
        // docs/api-contract.md "Communications" create: plain items; an action, if given, can only be ADD.
        const auto action = item.enumValue<ParameterAction>(u"action");
        if (action && *action != ParameterAction::Add)
            throw ApiFailure::invalid(item.nameOf(u"action"), u"create only adds parameters"_s);
        ParameterRecord parameter = readParameter(item, {}, true);
        if (rules::parameterNamesUnique && names.contains(parameter.name))
            throw ApiFailure::invalid(item.nameOf(u"name"), u"\"%1\" is given twice"_s.arg(parameter.name));
        names.append(parameter.name);
        parameter.id = m_services.database.newId(u"parameter");
        result.append(parameter);
    }
    return result;
}

void CommunicationEditor::changeParameters(const QString &communicationId, const Parameters &p)
{
    CommunicationStore &store = m_services.communications;
    for (const Parameters &item : p.objectArray(parameterSet)) {
        const auto action = item.enumValue<ParameterAction>(u"action");
        if (!action)
            throw ApiFailure::missing(item.nameOf(u"action"));
        QList<ParameterRecord> existing = store.parameters(communicationId);
        if (*action == ParameterAction::Add) {
            ParameterRecord parameter = readParameter(item, {}, true);
            for (const ParameterRecord &other : existing) {
                if (rules::parameterNamesUnique && other.name == parameter.name)
                    throw ApiFailure::invalid(item.nameOf(u"name"), u"\"%1\" exists already"_s.arg(parameter.name));
            }
            parameter.id = m_services.database.newId(u"parameter");
            store.insertParameter(communicationId, parameter);
            continue;
        }
        // docs/api-contract.md "Communications" update: UPDATE and REMOVE name the parameter by id, key or name.
        const auto identifier = item.identifier(parameterIdentifier);
        if (!identifier)
            throw ApiFailure::missing(item.nameOf(parameterIdentifier));
        const QString field = identifier->field;
        if (field != u"id" && field != u"key" && field != u"name")
            throw ApiFailure::invalid(item.nameOf(parameterIdentifier), u"use id, key or name"_s);
        const auto found = std::find_if(existing.cbegin(), existing.cend(), [&](const ParameterRecord &candidate) {
            const QString &value = field == u"id" ? candidate.id : field == u"key" ? candidate.key : candidate.name;
            return value == identifier->value;
        });
        if (found == existing.cend()) {
            throw ApiFailure::notFound(item.nameOf(parameterIdentifier),
                                       u"parameter with %1 \"%2\""_s.arg(field, identifier->value));
        }
        if (*action == ParameterAction::Remove) {
            store.removeParameter(found->id);
            continue;
        }
        const ParameterRecord changed = readParameter(item, *found, false);
        for (const ParameterRecord &other : existing) {
            if (rules::parameterNamesUnique && other.id != changed.id && other.name == changed.name)
                throw ApiFailure::invalid(item.nameOf(u"name"), u"\"%1\" exists already"_s.arg(changed.name));
        }
        store.updateParameter(changed);
    }
}

} // namespace commdesk
