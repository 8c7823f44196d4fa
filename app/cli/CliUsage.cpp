#include "CliUsage.h"

#include "Enums.h"

#ifndef COMMDESK_VERSION
#error "COMMDESK_VERSION must be defined by the build (app/cli/CMakeLists.txt)"
#endif

namespace commdesk {

namespace {

// A comma-separated list broken into lines of the help's width; lines after the first start at
// `indent` columns (the first continues whatever precedes it there).
QString wrapped(const QStringList &items, qsizetype indent)
{
    constexpr qsizetype kWidth = 92;
    QString text;
    qsizetype column = indent;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString item = items.at(i) + (i + 1 < items.size() ? QStringLiteral(",") : QString());
        if (i > 0 && column + 1 + item.size() > kWidth) {
            text += u'\n' + QString(indent, u' ');
            column = indent;
        } else if (i > 0) {
            text += u' ';
            ++column;
        }
        text += item;
        column += item.size();
    }
    return text;
}

} // namespace

QString CliUsage::versionNumber()
{
    return QStringLiteral(COMMDESK_VERSION);
}

QString CliUsage::version()
{
    return QStringLiteral("commdesk-cli ") + versionNumber() + u'\n';
}

QString CliUsage::hint()
{
    return tr("Run 'commdesk-cli --help' for usage.");
}

QString CliUsage::help()
{
    return tr(R"(Usage: commdesk-cli --server URL --username U --organisation O [--unit ID] [--password-stdin]
                    [--api-key-stdin] [--timeout SECONDS] [--json] [--verbose] COMMAND ...
       commdesk-cli --profile NAME [options] COMMAND ...

The CRM.COM communications API from a terminal. Options may stand before or after the command.

Commands:
  communications list (--category F=V | --contact F=V) [--direction D] [--media M]
                      [--limit N] [--offset N] [--fields a,b] [--all] [--csv]
  communications show F=V [--fields a,b]          (e.g. number=CM000680)
  communications create --contact F=V [--template F=V] [--category F=V] [--external-system F=V]
                      [--group F=V] [--privacy-level F=V]
                      [--direction D] [--media M] [--subject S] [--content C | --content-file PATH]
                      [--to T] [--notes N] [--draft]
                      [--udf-string-1..8 TEXT] [--udf-float-1..4 NUMBER] [--udf-date-1..4 DATE]
                      [--referring-to ENTITY:F=V] [--parameter NAME:TYPE=VALUE ...]
  communications update F=V [the options of create but --contact; an empty value clears]
                      [--update-parameter NAME:TYPE=VALUE ...] [--remove-parameter F=V ...]
  communications complete F=V
  communications view F=V [--on DATE]             (DATE in ISO 8601; default now)
  contacts show F=V [--fields a,b]                (e.g. number=CI000111, id_number=800111)
  categories
  templates [--direction D] [--media M] [--category F=V] [--external-system F=V]
  external-systems
  queue list (--media M | --external-system F=V) [--state S] [--contact F=V]
             [--limit N] [--offset N] [--fields a,b]
  queue show F=V
  queue pending (--media M | --external-system F=V) [--contact F=V] --number N
  queue pending-completed (--media M | --external-system F=V) [--contact F=V] [--number N]
  queue complete F=V [--reason R]
  queue reject F=V --code C --description D [--reason R]
  queue remove F=V [--reason R]
  queue stats (--media M | --external-system F=V | --all)
  queue check [--max-pending N] [--max-oldest-pending SECONDS] [--max-reject-ratio R]
              [--warn-pending N] [--warn-oldest-pending SECONDS] [--warn-reject-ratio R]
              [--window MINUTES]
  queue serve-metrics --listen HOST:PORT [--interval SECONDS]
                      (OpenMetrics for Prometheus at /metrics; a poll every 15 s by default)

F=V names one entity by one field, e.g. number=CM000680, id=0A1B..., name=Billing.
D: INCOMING, OUTGOING.  M: EMAIL, SMS, PHONE, LETTER, FACE_TO_FACE.
S: PENDING, COMPLETED, REJECTED, COMPLETED_AND_REMOVED.  Any letter case is accepted.
--referring-to JOBS:number=J000123 names what the communication refers to by id or number;
ENTITY: %1.
--parameter colour:string=blue adds an unrestricted parameter; TYPE is STRING, FLOAT,
INTEGER or DATE. --update-parameter changes the one of that name, --remove-parameter
removes one by id, key or name. Each may be given more than once.

Options:
  --server URL         the CRM.COM server (or COMMDESK_SERVER)
  --profile NAME       a server profile of the CommDesk app: its server, username,
                       organisation, unit and certificates; options given win over it.
                       Its secret comes from the keychain unless given as below.
                       COMMDESK_SETTINGS=PATH reads the profiles from another settings file.
  --username U         (or COMMDESK_USERNAME)
  --organisation O     (or COMMDESK_ORGANISATION)
  --unit ID            (or COMMDESK_UNIT)
  --password-stdin     read the password from the first line of standard input
  --api-key-stdin      read a web API key from the first line of standard input
                       Without either: COMMDESK_API_KEY, else COMMDESK_PASSWORD.
                       Secrets are never accepted as command-line options.
  --timeout SECONDS    the overall deadline of each request (default 30)
  --json               print results as one JSON document
  --verbose            let diagnostics through to standard error (secrets stay redacted)
  --help, --version

communications list: --all reads every page (--limit is then the page size, 500 by default);
--csv prints CSV for spreadsheets (UTF-8, formulas defused) instead of a table.

queue check: --max-* are the CRITICAL limits; WARNING is above --warn-*, by default 80% of
--max-*. It prints one status line with perfdata and exits 0 OK, 1 WARNING, 2 CRITICAL,
3 UNKNOWN.

Exit status: 0 success, 1 the server answered with an error, 2 usage, 3 network, TLS or
timeout, 4 an answer that could not be understood.
)")
        .arg(wrapped(wireNames<ReferringEntity>(), 8));
}

} // namespace commdesk
