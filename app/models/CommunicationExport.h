#pragma once

#include "CommunicationRow.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

namespace commdesk {

// A list of communications as a file for other programs (docs/architecture.md "Export"): CSV for
// spreadsheets (RFC 4180, UTF-8, optionally with a byte-order mark so that Excel reads it as UTF-8) or
// JSON (the rows under the wire's names, as the offline copy keeps them). The same for the window's
// "Export…" and `commdesk-cli communications list --csv`.
namespace CommunicationExport {

enum class Format { Csv, Json };

struct Options
{
    Format format = Format::Csv;
    bool byteOrderMark = false; // CSV only
};

// One CSV field: quoted when it holds a comma, quote or line break; a text a spreadsheet would take
// for a formula (starting with =, +, -, @, a tab or a carriage return) is prefixed with an apostrophe.
QString csvField(const QString &text);
QStringList csvHeader();
QStringList csvValues(const CommunicationRow &row);
// The whole file.
QByteArray document(const QList<CommunicationRow> &rows, const Options &options);
// Writes it; false with `error` set when the device refuses.
bool write(QIODevice *device, const QList<CommunicationRow> &rows, const Options &options, QString *error);

} // namespace CommunicationExport

} // namespace commdesk
