#include "CommunicationPageReader.h"

#include "ApiClient.h"

#include <QJsonArray>
#include <QJsonObject>

#include <memory>
#include <mutex>
#include <simdjson.h>
#include <string_view>

namespace commdesk {

namespace {

using simdjson::dom::element;

// The texts a row is made of point into the parser's buffer; numbers are turned into text here.
struct RowTexts
{
    CommunicationRow::Members members;
    std::array<QString, 8> numbers;
    int numbersUsed = 0;
};

QUtf8StringView utf8(std::string_view text)
{
    return QUtf8StringView(text.data(), qsizetype(text.size()));
}

// A string member as its text, a number as its text (as ApiClient's reading gives it); anything else
// is missing.
void readText(element value, QAnyStringView &out, RowTexts &texts)
{
    std::string_view text;
    double number;
    if (!value.get_string().get(text)) {
        out = utf8(text);
    } else if (!value.get_double().get(number) && texts.numbersUsed < int(texts.numbers.size())) {
        QString &kept = texts.numbers[texts.numbersUsed++];
        kept = QString::number(number, 'g', 17);
        out = kept;
    }
}

void readWire(element value, std::optional<QAnyStringView> &out)
{
    std::string_view text;
    if (!value.get_string().get(text))
        out = utf8(text);
}

// Calls read(key, value) for each member of an object; a value of another type is skipped (a wrong
// type reads as missing).
template<class Read>
void forEachMember(element value, Read read)
{
    simdjson::dom::object object;
    if (value.get_object().get(object))
        return;
    for (const auto [key, member] : object)
        read(key, member);
}

CommunicationRow readRow(element item)
{
    RowTexts texts;
    CommunicationRow::Members &m = texts.members;
    forEachMember(item, [&](std::string_view key, element value) {
        if (key == "id") {
            readText(value, m.id, texts);
        } else if (key == "number") {
            readText(value, m.number, texts);
        } else if (key == "subject") {
            readText(value, m.subject, texts);
        } else if (key == "life_cycle_state") {
            readWire(value, m.state);
        } else if (key == "direction") {
            readWire(value, m.direction);
        } else if (key == "media") {
            readWire(value, m.media);
        } else if (key == "viewed") {
            bool viewed;
            if (!value.get_bool().get(viewed))
                m.viewed = viewed;
        } else if (key == "contact_information") {
            forEachMember(value, [&](std::string_view member, element v) {
                if (member == "name")
                    readText(v, m.contactName, texts);
                else if (member == "number")
                    readText(v, m.contactNumber, texts);
                else if (member == "first_name")
                    readText(v, m.contactFirstName, texts);
                else if (member == "last_name")
                    readText(v, m.contactLastName, texts);
                else if (member == "company_name")
                    readText(v, m.contactCompanyName, texts);
            });
        } else if (key == "category") {
            forEachMember(value, [&](std::string_view member, element v) {
                if (member == "name")
                    readText(v, m.categoryName, texts);
            });
        } else if (key == "log_information") {
            forEachMember(value, [&](std::string_view member, element v) {
                std::string_view date;
                if (member == "created_date" && !v.get_string().get(date))
                    m.createdDate = utf8(date);
            });
        }
    });
    return CommunicationRow::fromMembers(m);
}

// A parser keeps buffers several times the size of the largest page it has read. One is kept for the
// next page, whichever worker thread reads it, rather than one per thread of the pool.
class ParserLoan
{
public:
    ParserLoan()
    {
        const std::lock_guard lock(s_mutex);
        m_parser = s_idle ? std::move(s_idle) : std::make_unique<simdjson::dom::parser>();
    }
    ~ParserLoan()
    {
        const std::lock_guard lock(s_mutex);
        if (!s_idle)
            s_idle = std::move(m_parser);
    }
    ParserLoan(const ParserLoan &) = delete;
    ParserLoan &operator=(const ParserLoan &) = delete;
    simdjson::dom::parser *operator->() const { return m_parser.get(); }

private:
    std::unique_ptr<simdjson::dom::parser> m_parser;
    static inline std::mutex s_mutex;
    static inline std::unique_ptr<simdjson::dom::parser> s_idle;
};

// True for a status whose code is OK and whose other members are what the envelope allows.
bool statusIsOk(element status)
{
    std::string_view code;
    bool membersOk = true;
    forEachMember(status, [&](std::string_view key, element value) {
        if (key == "code") {
            if (value.get_string().get(code))
                membersOk = false;
        } else if (key == "message" || key == "description") {
            membersOk = membersOk && (value.is_string() || value.is_null());
        }
    });
    return membersOk && code == "OK";
}

} // namespace

std::optional<QList<CommunicationRow>> CommunicationPageReader::readOkPage(const QByteArray &body)
{
    const qsizetype start = ApiClient::jsonStart(body);
    const size_t length = size_t(body.size() - start);
    // simdjson reads a few bytes past the end; without them to spare in the reply's buffer, it copies.
    const bool padded = size_t(body.capacity() - start) >= length + simdjson::SIMDJSON_PADDING;
    const ParserLoan parser;
    simdjson::dom::object root;
    if (parser->parse(body.constData() + start, length, !padded).get(root))
        return std::nullopt;
    element status;
    simdjson::dom::array items;
    if (root.at_key("status").get(status) || !statusIsOk(status) || root.at_key("data").get_array().get(items))
        return std::nullopt;
    QList<CommunicationRow> rows;
    rows.reserve(qsizetype(items.size()));
    for (const element item : items) {
        if (!item.is_object())
            return std::nullopt; // the reference path words the error
        rows.append(readRow(item));
    }
    return rows;
}

Result<QList<CommunicationRow>> CommunicationPageReader::read(const QByteArray &body, int httpStatus)
{
    if (httpStatus < 400) {
        if (std::optional<QList<CommunicationRow>> rows = readOkPage(body))
            return std::move(*rows);
    }
    const Result<QJsonValue> data = ApiClient::decodeEnvelope(body, httpStatus);
    if (!data.ok())
        return data.error();
    return fromData(data.value());
}

Result<QList<CommunicationRow>> CommunicationPageReader::fromData(const QJsonValue &data)
{
    if (!data.isArray())
        return ApiError::protocol(QStringLiteral("data: expected an array"));
    const QJsonArray array = data.toArray();
    QList<CommunicationRow> rows;
    rows.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isObject())
            return ApiError::protocol(QStringLiteral("data[%1]: expected an object").arg(rows.size()));
        rows.append(CommunicationRow::fromJson(item.toObject()));
    }
    return rows;
}

} // namespace commdesk
