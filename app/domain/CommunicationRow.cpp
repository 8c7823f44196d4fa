#include "CommunicationRow.h"

#include "ApiDate.h"
#include "Communication.h"

#include <QJsonValue>
#include <QTimeZone>

namespace commdesk {

namespace {

// A string member as text; numbers as their text (a generous server may send a number as one);
// anything else as missing.
QString text(const QJsonObject &json, QLatin1StringView name)
{
    const QJsonValue value = json.value(name);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

template<class E>
std::optional<WireValue<E>> wireValue(const QJsonObject &json, QLatin1StringView name)
{
    const QJsonValue value = json.value(name);
    if (!value.isString())
        return std::nullopt;
    return WireValue<E>::fromText(value.toString());
}

} // namespace

template<class E>
void CommunicationRow::setWire(quint8 &stored, const std::optional<WireValue<E>> &value,
                               std::array<QStringView, FieldCount> &texts, QString &scratch, Field field)
{
    if (!value) {
        stored = kMissing;
    } else if (const std::optional<E> known = value->known()) {
        stored = code(*known);
    } else {
        stored = kUnknown;
        scratch = value->text();
        texts[field] = scratch;
    }
}

void CommunicationRow::pack(const std::array<QStringView, FieldCount> &texts)
{
    qsizetype size = 0;
    for (const QStringView &text : texts)
        size += std::min<qsizetype>(text.size(), 4096); // a subject of a few thousand characters is cut
    if (size > std::numeric_limits<quint16>::max())
        size = std::numeric_limits<quint16>::max();
    m_text.reserve(size);
    for (int f = 0; f < FieldCount; ++f) {
        const qsizetype room = std::numeric_limits<quint16>::max() - m_text.size();
        m_text.append(texts[f].first(std::min({texts[f].size(), qsizetype(4096), room})));
        m_ends[f] = quint16(m_text.size());
    }
}

CommunicationRow CommunicationRow::fromJson(const QJsonObject &json)
{
    CommunicationRow row;
    const QString id = text(json, QLatin1StringView("id"));
    const QString number = text(json, QLatin1StringView("number"));
    const QString subject = text(json, QLatin1StringView("subject"));
    QString contactName;
    QString contactNumber;
    const QJsonValue contact = json.value(QLatin1StringView("contact_information"));
    if (contact.isObject()) {
        const QJsonObject c = contact.toObject();
        contactNumber = text(c, QLatin1StringView("number"));
        contactName = Contact::displayNameOf(
            text(c, QLatin1StringView("name")), text(c, QLatin1StringView("first_name")),
            text(c, QLatin1StringView("last_name")), text(c, QLatin1StringView("company_name")), contactNumber);
    }
    QString categoryName;
    const QJsonValue category = json.value(QLatin1StringView("category"));
    if (category.isObject())
        categoryName = text(category.toObject(), QLatin1StringView("name"));
    const QJsonValue log = json.value(QLatin1StringView("log_information"));
    if (log.isObject()) {
        const QJsonValue created = log.toObject().value(QLatin1StringView("created_date"));
        if (created.isString())
            row.m_createdMs = ApiDate::parseMSecsSinceEpoch(created.toString()).value_or(kNoDate);
    }
    const QJsonValue viewed = json.value(QLatin1StringView("viewed"));
    row.m_viewed = viewed.isBool() ? (viewed.toBool() ? 1 : 0) : -1;

    std::array<QStringView, FieldCount> texts {id,           number, subject, contactName, contactNumber,
                                               categoryName, {},     {},      {}};
    QString stateText, directionText, mediaText;
    row.setWire(row.m_state, wireValue<LifeCycleState>(json, QLatin1StringView("life_cycle_state")), texts, stateText,
                StateText);
    row.setWire(row.m_direction, wireValue<Direction>(json, QLatin1StringView("direction")), texts, directionText,
                DirectionText);
    row.setWire(row.m_media, wireValue<Media>(json, QLatin1StringView("media")), texts, mediaText, MediaText);
    row.pack(texts);
    return row;
}

CommunicationRow CommunicationRow::from(const Communication &c)
{
    CommunicationRow row;
    const QString contactName = c.contact ? c.contact->displayName() : QString();
    const QString contactNumber = c.contact ? c.contact->number : QString();
    const QString categoryName = c.category ? c.category->name : QString();
    if (c.logInformation && c.logInformation->createdDate && c.logInformation->createdDate->isValid())
        row.m_createdMs = c.logInformation->createdDate->when().toMSecsSinceEpoch();
    row.m_viewed = c.viewed ? (*c.viewed ? 1 : 0) : -1;
    std::array<QStringView, FieldCount> texts {c.id,         c.number, c.subject, contactName, contactNumber,
                                               categoryName, {},       {},        {}};
    QString stateText, directionText, mediaText;
    row.setWire(row.m_state, c.lifeCycleState, texts, stateText, StateText);
    row.setWire(row.m_direction, c.direction, texts, directionText, DirectionText);
    row.setWire(row.m_media, c.media, texts, mediaText, MediaText);
    row.pack(texts);
    return row;
}

QString CommunicationRow::typeProblem(const QJsonObject &json)
{
    const auto wrong = [](const QJsonObject &object, const char *name, QJsonValue::Type type) {
        const QJsonValue value = object.value(QLatin1StringView(name));
        return !value.isUndefined() && !value.isNull() && value.type() != type;
    };
    for (const char *name : {"id", "number", "subject", "life_cycle_state", "direction", "media"}) {
        if (wrong(json, name, QJsonValue::String))
            return QString::fromLatin1(name) + QStringLiteral(": expected a string");
    }
    if (wrong(json, "viewed", QJsonValue::Bool))
        return QStringLiteral("viewed: expected true or false");
    for (const char *name : {"contact_information", "category", "log_information"}) {
        if (wrong(json, name, QJsonValue::Object))
            return QString::fromLatin1(name) + QStringLiteral(": expected an object");
    }
    const QJsonObject log = json.value(QLatin1StringView("log_information")).toObject();
    if (wrong(log, "created_date", QJsonValue::String))
        return QStringLiteral("log_information.created_date: expected a string");
    return {};
}

QDateTime CommunicationRow::createdUtc() const
{
    return m_createdMs == kNoDate ? QDateTime() : QDateTime::fromMSecsSinceEpoch(m_createdMs, Qt::UTC);
}

QJsonObject CommunicationRow::toJson() const
{
    QJsonObject json;
    const auto put = [&json](const char *name, QStringView value) {
        if (!value.isEmpty())
            json.insert(QLatin1StringView(name), value.toString());
    };
    put("id", id());
    put("number", number());
    put("subject", subject());
    if (const auto s = state())
        json.insert(QLatin1StringView("life_cycle_state"), s->text());
    if (const auto d = direction())
        json.insert(QLatin1StringView("direction"), d->text());
    if (const auto m = media())
        json.insert(QLatin1StringView("media"), m->text());
    if (const auto v = viewed())
        json.insert(QLatin1StringView("viewed"), *v);
    if (!contactName().isEmpty() || !contactNumber().isEmpty()) {
        QJsonObject contact;
        if (!contactName().isEmpty())
            contact.insert(QLatin1StringView("name"), contactName().toString());
        if (!contactNumber().isEmpty())
            contact.insert(QLatin1StringView("number"), contactNumber().toString());
        json.insert(QLatin1StringView("contact_information"), contact);
    }
    if (!categoryName().isEmpty())
        json.insert(QLatin1StringView("category"),
                    QJsonObject {{QLatin1StringView("name"), categoryName().toString()}});
    if (m_createdMs != kNoDate)
        json.insert(QLatin1StringView("log_information"),
                    QJsonObject {{QLatin1StringView("created_date"), ApiDate(createdUtc()).toIsoUtc()}});
    return json;
}

} // namespace commdesk
