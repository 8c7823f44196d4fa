#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace commdesk::JsonText {

QJsonValue valueAt(const QJsonObject &object, const QString &path)
{
    QJsonValue value = object;
    const QStringList steps = path.split(u'.');
    for (const QString &step : steps) {
        if (!value.isObject())
            return QJsonValue(QJsonValue::Undefined);
        value = value.toObject().value(step);
    }
    return value;
}

QString number(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    QString text = QString::number(value, 'f', 6);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

QString summary(const QJsonObject &object)
{
    auto first = [&object](std::initializer_list<const char *> keys) {
        for (const char *key : keys) {
            const QString text = display(object.value(QLatin1StringView(key)));
            if (!text.isEmpty())
                return text;
        }
        return QString();
    };
    const QString entity = first({"entity"});
    const QString label = first({"name", "username"});
    const QString code = first({"number", "code", "alternative_code"});
    QStringList parts;
    if (!entity.isEmpty())
        parts.append(entity);
    if (!label.isEmpty())
        parts.append(label);
    if (!code.isEmpty())
        parts.append(label.isEmpty() ? code : u'(' + code + u')');
    if (parts.isEmpty())
        return first({"id"});
    return parts.join(u' ');
}

QString display(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return number(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (const char *key : {"name", "number", "code", "username", "id"}) {
            const QJsonValue member = object.value(QLatin1StringView(key));
            if (member.isString() && !member.toString().isEmpty())
                return member.toString();
        }
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    return {};
}

namespace {

// Characters that show nothing yet change what a terminal shows: bidirectional embeddings,
// overrides, isolates and marks (text that reads differently from what it holds), zero-width
// characters and the byte order mark (text that hides), line and paragraph separators (lines that
// break where a table or a field block does not expect it).
bool isDeceptiveFormatting(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) // LRE, RLE, PDF, LRO, RLO
        || (c >= 0x2066 && c <= 0x2069) // LRI, RLI, FSI, PDI
        || (c >= 0x200B && c <= 0x200F) // zero width space, non-joiner, joiner; LRM, RLM
        || c == 0x061C // ARABIC LETTER MARK
        || c == 0x2060 // WORD JOINER
        || c == 0xFEFF // ZERO WIDTH NO-BREAK SPACE (byte order mark)
        || c == 0x2028 || c == 0x2029; // LINE SEPARATOR, PARAGRAPH SEPARATOR
}

} // namespace

QString printable(const QString &text, bool keepLineEnds)
{
    QString safe = text;
    for (QChar &c : safe) {
        if (keepLineEnds && c == u'\n')
            continue;
        if (c == u'\t')
            c = u' ';
        else if (c.category() == QChar::Other_Control || isDeceptiveFormatting(c.unicode()))
            c = QChar::ReplacementCharacter;
    }
    return safe;
}

QString document(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace commdesk::JsonText
