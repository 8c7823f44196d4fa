#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace commdesk {

// Small helpers shared by the text and JSON outputs.
namespace JsonText {

// The member at a dotted path, `contact_information.name`; undefined when any step is missing.
QJsonValue valueAt(const QJsonObject &object, const QString &path);

// One value as a table cell or a field block shows it: strings as they are, numbers without
// exponent where possible, booleans as yes/no, null and missing as empty, an embedded entity by
// its name (or number, code, id), anything else as compact JSON.
QString display(const QJsonValue &value);

// An embedded entity on one line: `Eleni Georgiou (CI000111)`, `Billing (BILL)`,
// `SERVICE_REQUESTS SR714711`; its id when it has nothing else to show.
QString summary(const QJsonObject &object);

// A number as people write it: 12, 0.02, 0.125 (no exponent, no trailing zeros, at most 6 decimals).
QString number(double value);

// Text from the server made safe for a terminal: control characters (an escape sequence could
// rewrite the screen) and invisible formatting (bidirectional overrides and isolates, zero-width
// characters, line and paragraph separators: text that reads otherwise than it is) become U+FFFD,
// tabs spaces; line ends are kept only when asked for.
QString printable(const QString &text, bool keepLineEnds = false);

// The one JSON document of a --json run, indented, with a final line end.
QString document(const QJsonValue &value);

} // namespace JsonText

} // namespace commdesk
