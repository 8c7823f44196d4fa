#include "CommunicationRow.h"

#include "ApiDate.h"
#include "Communication.h"
#include "Contact.h"

#include <QJsonValue>
#include <QStringDecoder>
#include <QTimeZone>
#include <QVarLengthArray>

namespace commdesk {

namespace {

constexpr qsizetype kFieldCap = 4096; // a subject of a few thousand characters is cut

// A string member as text; numbers as their text (a generous server may send a number as one);
// anything else as missing. `keep` holds the text the view points into.
QAnyStringView text(const QJsonObject &json, QLatin1StringView name, QString &keep)
{
    const QJsonValue value = json.value(name);
    if (value.isString())
        keep = value.toString();
    else if (value.isDouble())
        keep = QString::number(value.toDouble(), 'g', 17);
    else
        return {};
    return keep;
}

std::optional<QAnyStringView> wireText(const QJsonObject &json, QLatin1StringView name, QString &keep)
{
    const QJsonValue value = json.value(name);
    if (!value.isString())
        return std::nullopt;
    keep = value.toString();
    return QAnyStringView(keep);
}

// The dates of a page are ASCII: widened on the stack rather than allocated.
std::optional<qint64> parseDate(QAnyStringView date)
{
    return date.visit([](auto view) -> std::optional<qint64> {
        if constexpr (std::is_same_v<decltype(view), QStringView>) {
            return ApiDate::parseMSecsSinceEpoch(view);
        } else {
            QVarLengthArray<QChar, 64> wide;
            for (const char c : QByteArrayView(view.data(), view.size())) {
                if (uchar(c) >= 0x80)
                    return ApiDate::parseMSecsSinceEpoch(QAnyStringView(view).toString());
                wide.append(QLatin1Char(c));
            }
            return ApiDate::parseMSecsSinceEpoch(QStringView(wide.constData(), wide.size()));
        }
    });
}

void appendCapped(QString &out, QAnyStringView text)
{
    text.visit([&out](auto view) {
        if constexpr (std::is_same_v<decltype(view), QUtf8StringView>) {
            if (view.size() > kFieldCap) {
                out.append(QStringView(QString::fromUtf8(view.data(), view.size())).first(kFieldCap));
                return;
            }
            // UTF-8 never takes fewer units than UTF-16: the decoded text fits in view.size().
            const qsizetype start = out.size();
            out.resize(start + view.size());
            QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
            const QChar *end = decoder.appendToBuffer(out.data() + start, QByteArrayView(view.data(), view.size()));
            out.truncate(end - out.constData());
        } else {
            out.append(view.first(std::min(view.size(), kFieldCap)));
        }
    });
}

} // namespace

template<class E>
quint8 CommunicationRow::wireCode(const std::optional<QAnyStringView> &text)
{
    if (!text)
        return kMissing;
    const std::optional<E> known = fromWire<E>(*text);
    return known ? code(*known) : kUnknown;
}

CommunicationRow CommunicationRow::fromMembers(const Members &m)
{
    CommunicationRow row;
    QString composedName; // only for a contact without a name
    QAnyStringView contactName = m.contactName;
    if (contactName.isEmpty()
        && !(m.contactFirstName.isEmpty() && m.contactLastName.isEmpty() && m.contactCompanyName.isEmpty()
             && m.contactNumber.isEmpty())) {
        composedName = Contact::displayNameOf({}, m.contactFirstName.toString(), m.contactLastName.toString(),
                                              m.contactCompanyName.toString(), m.contactNumber.toString());
        contactName = composedName;
    }
    if (!m.createdDate.isNull())
        row.m_createdMs = parseDate(m.createdDate).value_or(kNoDate);
    row.m_viewed = m.viewed ? (*m.viewed ? 1 : 0) : -1;
    row.m_state = wireCode<LifeCycleState>(m.state);
    row.m_direction = wireCode<Direction>(m.direction);
    row.m_media = wireCode<Media>(m.media);
    const auto unknownText = [](quint8 stored, const std::optional<QAnyStringView> &text) {
        return stored == kUnknown ? *text : QAnyStringView();
    };
    row.pack({m.id, m.number, m.subject, contactName, m.contactNumber, m.categoryName,
              unknownText(row.m_state, m.state), unknownText(row.m_direction, m.direction),
              unknownText(row.m_media, m.media)});
    return row;
}

void CommunicationRow::pack(const std::array<QAnyStringView, FieldCount> &texts)
{
    static_assert(kFieldCap * FieldCount <= std::numeric_limits<quint16>::max());
    qsizetype size = 0;
    for (const QAnyStringView &text : texts)
        size += text.size(); // code units: UTF-8 bytes are never fewer than the UTF-16 units they make
    m_text.reserve(size);
    for (int f = 0; f < FieldCount; ++f) {
        appendCapped(m_text, texts[f]);
        m_ends[f] = quint16(m_text.size());
    }
    if (m_text.capacity() > m_text.size())
        m_text.squeeze();
}

CommunicationRow CommunicationRow::fromJson(const QJsonObject &json)
{
    Members m;
    QString id, number, subject, name, firstName, lastName, company, contactNumber, categoryName, created;
    QString state, direction, media;
    m.id = text(json, QLatin1StringView("id"), id);
    m.number = text(json, QLatin1StringView("number"), number);
    m.subject = text(json, QLatin1StringView("subject"), subject);
    const QJsonValue contact = json.value(QLatin1StringView("contact_information"));
    if (contact.isObject()) {
        const QJsonObject c = contact.toObject();
        m.contactNumber = text(c, QLatin1StringView("number"), contactNumber);
        m.contactName = text(c, QLatin1StringView("name"), name);
        m.contactFirstName = text(c, QLatin1StringView("first_name"), firstName);
        m.contactLastName = text(c, QLatin1StringView("last_name"), lastName);
        m.contactCompanyName = text(c, QLatin1StringView("company_name"), company);
    }
    const QJsonValue category = json.value(QLatin1StringView("category"));
    if (category.isObject())
        m.categoryName = text(category.toObject(), QLatin1StringView("name"), categoryName);
    const QJsonValue log = json.value(QLatin1StringView("log_information"));
    if (log.isObject()) {
        const QJsonValue date = log.toObject().value(QLatin1StringView("created_date"));
        if (date.isString()) {
            created = date.toString();
            m.createdDate = created;
        }
    }
    const QJsonValue viewed = json.value(QLatin1StringView("viewed"));
    if (viewed.isBool())
        m.viewed = viewed.toBool();
    m.state = wireText(json, QLatin1StringView("life_cycle_state"), state);
    m.direction = wireText(json, QLatin1StringView("direction"), direction);
    m.media = wireText(json, QLatin1StringView("media"), media);
    return fromMembers(m);
}

CommunicationRow CommunicationRow::from(const Communication &c)
{
    Members m;
    m.id = c.id;
    m.number = c.number;
    m.subject = c.subject;
    const QString contactName = c.contact ? c.contact->displayName() : QString();
    const QString contactNumber = c.contact ? c.contact->number : QString();
    m.contactName = contactName;
    m.contactNumber = contactNumber;
    if (c.category)
        m.categoryName = c.category->name;
    m.viewed = c.viewed;
    const QString state = c.lifeCycleState ? c.lifeCycleState->text() : QString();
    const QString direction = c.direction ? c.direction->text() : QString();
    const QString media = c.media ? c.media->text() : QString();
    if (c.lifeCycleState)
        m.state = state;
    if (c.direction)
        m.direction = direction;
    if (c.media)
        m.media = media;
    CommunicationRow row = fromMembers(m);
    if (c.logInformation && c.logInformation->createdDate && c.logInformation->createdDate->isValid())
        row.m_createdMs = c.logInformation->createdDate->when().toMSecsSinceEpoch();
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
