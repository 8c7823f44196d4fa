#include "FieldBlockFormatter.h"

#include "JsonText.h"

#include <QJsonArray>

namespace commdesk {

void FieldBlockFormatter::add(const QString &label, const QString &value)
{
    if (!value.isEmpty())
        m_fields.append({label, value});
}

QString FieldBlockFormatter::toString() const
{
    qsizetype width = 0;
    for (const auto &[label, value] : m_fields)
        width = std::max(width, label.size() + 1);
    const QString indent(width + 1, u' ');
    QString text;
    for (const auto &[label, value] : m_fields) {
        QString normalised = value;
        normalised.replace(QLatin1StringView("\r\n"), QLatin1StringView("\n"));
        normalised = JsonText::printable(normalised, true);
        const QStringList lines = normalised.split(u'\n');
        text += QString(label + u':').leftJustified(width) + u' ' + lines.first() + u'\n';
        for (qsizetype i = 1; i < lines.size(); ++i)
            text += (lines.at(i).isEmpty() ? QString() : indent + lines.at(i)) + u'\n';
    }
    return text;
}

void FieldBlockFormatter::addFlattened(const QString &label, const QString &key, const QJsonValue &value)
{
    if (value.isObject() && m_references.contains(key)) {
        add(label, JsonText::summary(value.toObject()));
        return;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            addFlattened(label + u'.' + it.key(), it.key(), it.value());
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        const bool scalars = std::all_of(array.begin(), array.end(),
                                         [](const QJsonValue &item) { return !item.isObject() && !item.isArray(); });
        if (scalars) {
            QStringList items;
            for (const QJsonValue &item : array)
                items.append(JsonText::display(item));
            add(label, items.join(QLatin1StringView(", ")));
            return;
        }
        for (qsizetype i = 0; i < array.size(); ++i)
            addFlattened(label + u'[' + QString::number(i) + u']', QString(), array.at(i));
        return;
    }
    add(label, JsonText::display(value));
}

QString FieldBlockFormatter::fromJson(const QJsonObject &object, const QStringList &leading,
                                      const QStringList &trailing, const QStringList &references)
{
    FieldBlockFormatter block;
    block.m_references = references;
    for (const QString &key : leading)
        block.addFlattened(key, key, object.value(key));
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!leading.contains(it.key()) && !trailing.contains(it.key()))
            block.addFlattened(it.key(), it.key(), it.value());
    }
    for (const QString &key : trailing)
        block.addFlattened(key, key, object.value(key));
    return block.toString();
}

} // namespace commdesk
