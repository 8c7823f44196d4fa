#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>

namespace commdesk {

// One object as `field: value` lines, the values aligned. Nested objects become dotted labels
// (`log_information.created_date`), array items get an index (`unrestricted_parameter_set[0].name`),
// except the members named as references, which show on one line (`category: Billing (BILL)`);
// empty values are left out. A value of several lines continues under the first.
class FieldBlockFormatter
{
public:
    void add(const QString &label, const QString &value);
    bool isEmpty() const { return m_fields.isEmpty(); }
    QString toString() const;

    // `leading` members come first and `trailing` ones last, in the order given; the rest in
    // between, alphabetically.
    static QString fromJson(const QJsonObject &object, const QStringList &leading = {},
                            const QStringList &trailing = {}, const QStringList &references = {});

private:
    void addFlattened(const QString &label, const QString &key, const QJsonValue &value);

    QList<QPair<QString, QString>> m_fields;
    QStringList m_references; // member names shown as one-line summaries, at any depth
};

} // namespace commdesk
