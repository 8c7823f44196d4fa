#include "CliParser.h"

#include "CliProfiles.h"
#include "CommandArgumentsReader.h"
#include "CommandLine.h"
#include "OptionReader.h"

namespace commdesk {

namespace {

struct CommandSpec
{
    CliCommand command;
    const char *words;
    const char *options; // the command's own options, comma-separated
    bool takesIdentifier;
    IdentifierKind identifierKind;
};

// The members that communications create and update share (docs/cli.md).
#define COMMDESK_CLI_INPUT_OPTIONS                                                                                     \
    "template,category,external-system,group,privacy-level,direction,media,subject,content,content-file,to,notes,"     \
    "draft,udf-string-1,udf-string-2,udf-string-3,udf-string-4,udf-string-5,udf-string-6,udf-string-7,"                \
    "udf-string-8,udf-float-1,udf-float-2,udf-float-3,udf-float-4,udf-date-1,udf-date-2,udf-date-3,udf-date-4,"        \
    "referring-to"

// docs/cli.md: every command, the options it accepts, and whether it names one entity.
constexpr CommandSpec kCommands[] = {
    {CliCommand::CommunicationsList, "communications list",
     "category,contact,direction,media,limit,offset,fields,all,csv", false, IdentifierKind::Communication},
    {CliCommand::CommunicationsShow, "communications show", "fields", true, IdentifierKind::Communication},
    {CliCommand::CommunicationsCreate, "communications create", "contact," COMMDESK_CLI_INPUT_OPTIONS ",parameter",
     false, IdentifierKind::Communication},
    {CliCommand::CommunicationsUpdate, "communications update",
     COMMDESK_CLI_INPUT_OPTIONS ",parameter,update-parameter,remove-parameter", true, IdentifierKind::Communication},
    {CliCommand::CommunicationsComplete, "communications complete", "", true, IdentifierKind::Communication},
    {CliCommand::CommunicationsView, "communications view", "on", true, IdentifierKind::Communication},
    {CliCommand::ContactsShow, "contacts show", "fields", true, IdentifierKind::Contact},
    {CliCommand::Categories, "categories", "", false, IdentifierKind::Category},
    {CliCommand::Templates, "templates", "direction,media,category,external-system", false, IdentifierKind::Template},
    {CliCommand::ExternalSystems, "external-systems", "", false, IdentifierKind::ExternalSystem},
    {CliCommand::QueueList, "queue list", "media,external-system,state,contact,limit,offset,fields", false,
     IdentifierKind::QueueEntry},
    {CliCommand::QueueShow, "queue show", "", true, IdentifierKind::QueueEntry},
    {CliCommand::QueuePending, "queue pending", "media,external-system,contact,number", false,
     IdentifierKind::QueueEntry},
    {CliCommand::QueuePendingCompleted, "queue pending-completed", "media,external-system,contact,number", false,
     IdentifierKind::QueueEntry},
    {CliCommand::QueueComplete, "queue complete", "reason", true, IdentifierKind::QueueEntry},
    {CliCommand::QueueReject, "queue reject", "code,description,reason", true, IdentifierKind::QueueEntry},
    {CliCommand::QueueRemove, "queue remove", "reason", true, IdentifierKind::QueueEntry},
    {CliCommand::QueueStats, "queue stats", "media,external-system,all", false, IdentifierKind::QueueEntry},
    {CliCommand::QueueCheck, "queue check",
     "max-pending,max-oldest-pending,max-reject-ratio,warn-pending,warn-oldest-pending,warn-reject-ratio,window", false,
     IdentifierKind::QueueEntry},
    {CliCommand::QueueServeMetrics, "queue serve-metrics", "listen,interval", false, IdentifierKind::QueueEntry},
};

#undef COMMDESK_CLI_INPUT_OPTIONS

const QStringList kGlobalOptions = {
    QStringLiteral("server"),        QStringLiteral("profile"), QStringLiteral("username"),
    QStringLiteral("organisation"),  QStringLiteral("unit"),    QStringLiteral("password-stdin"),
    QStringLiteral("api-key-stdin"), QStringLiteral("timeout"), QStringLiteral("json"),
    QStringLiteral("verbose"),       QStringLiteral("help"),    QStringLiteral("version"),
    QStringLiteral("proxy"),
};

QStringList wordsOf(const CommandSpec &spec)
{
    return QString::fromLatin1(spec.words).split(u' ');
}

// The longest command whose words start the given words.
const CommandSpec *findCommand(const QStringList &words)
{
    const CommandSpec *best = nullptr;
    for (const CommandSpec &spec : kCommands) {
        const QStringList specWords = wordsOf(spec);
        if (words.mid(0, specWords.size()) == specWords && (!best || specWords.size() > wordsOf(*best).size()))
            best = &spec;
    }
    return best;
}

// The commands of one group, e.g. "list, show, create" for "queue".
QString subcommandsOf(const QString &group)
{
    QStringList names;
    for (const CommandSpec &spec : kCommands) {
        const QStringList words = wordsOf(spec);
        if (words.size() == 2 && words.first() == group)
            names.append(words.last());
    }
    return names.join(QLatin1StringView(", "));
}

// `queue check` anywhere among the arguments, even on a command line that fails to parse.
bool asksForQueueCheck(const QStringList &arguments)
{
    for (qsizetype i = 0; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1StringView("queue") && arguments.at(i + 1) == QLatin1StringView("check"))
            return true;
    }
    return false;
}

QString firstNonEmpty(const QString &a, const QString &b)
{
    return a.isEmpty() ? b : a;
}

QString firstNonEmpty(const QString &a, const QString &b, const QString &c)
{
    return firstNonEmpty(a, firstNonEmpty(b, c));
}

} // namespace

QString CliParser::commandName(CliCommand command)
{
    for (const CommandSpec &spec : kCommands) {
        if (spec.command == command)
            return QString::fromLatin1(spec.words);
    }
    return {};
}

ParseOutcome CliParser::parse(const QStringList &arguments, const QProcessEnvironment &environment)
{
    ParseOutcome outcome;
    outcome.monitoring = asksForQueueCheck(arguments);
    auto usage = [&outcome](const QString &error) {
        outcome.action = ParseOutcome::Action::Usage;
        outcome.error = error;
        return outcome;
    };

    const CommandLine line = CommandLine::parse(arguments);
    if (line.hasError())
        return usage(line.error());
    if (line.has(QStringLiteral("help"))) {
        outcome.action = ParseOutcome::Action::Help;
        return outcome;
    }
    if (line.has(QStringLiteral("version"))) {
        outcome.action = ParseOutcome::Action::Version;
        return outcome;
    }

    OptionReader reader(line);
    GlobalOptions &global = outcome.invocation.global;
    if (line.has(QStringLiteral("profile"))) {
        const QString name = line.value(QStringLiteral("profile"));
        if (name.trimmed().isEmpty())
            return usage(tr("The option --profile needs the name of a profile of the CommDesk app."));
        QString error;
        global.profile = CliProfiles::find(name, environment, &error);
        if (!global.profile)
            return usage(error);
    }
    // The command line wins over a profile, which wins over the environment (docs/cli.md).
    const ServerProfile profile = global.profile.value_or(ServerProfile());
    auto setting = [&](const char *option, const QString &fromProfile, const char *variable) {
        return firstNonEmpty(line.value(QString::fromLatin1(option)), fromProfile,
                             environment.value(QString::fromLatin1(variable)));
    };
    global.server = setting("server", profile.serverUrl, "COMMDESK_SERVER");
    global.username = setting("username", profile.username, "COMMDESK_USERNAME");
    global.organisation = setting("organisation", profile.organisation, "COMMDESK_ORGANISATION");
    global.unit = setting("unit", profile.unit, "COMMDESK_UNIT");
    global.passwordStdin = line.has(QStringLiteral("password-stdin"));
    global.apiKeyStdin = line.has(QStringLiteral("api-key-stdin"));
    global.json = line.has(QStringLiteral("json"));
    global.verbose = line.has(QStringLiteral("verbose"));
    if (auto timeout = reader.count(QStringLiteral("timeout"), 1))
        global.timeout = std::chrono::seconds(*timeout);
    // The proxy: --proxy, else the app's own proxy settings with --profile, else the system's
    // (http_proxy, https_proxy and no_proxy on Linux).
    if (line.has(QStringLiteral("proxy"))) {
        QString error;
        const std::optional<ProxySettings> proxy = ProxySettings::fromUrl(line.value(QStringLiteral("proxy")), &error);
        if (!proxy)
            return usage(error);
        global.proxy = *proxy;
    } else if (global.profile) {
        global.proxy = CliProfiles::proxy(environment);
    }
    if (reader.failed())
        return usage(reader.error());
    if (global.passwordStdin && global.apiKeyStdin)
        return usage(tr("Give either --password-stdin or --api-key-stdin, not both: standard input holds one line."));

    const QStringList &words = line.words();
    if (words.isEmpty())
        return usage(tr("No command given."));
    const CommandSpec *spec = findCommand(words);
    if (!spec) {
        const QString group = words.first();
        const QString subcommands = subcommandsOf(group);
        if (!subcommands.isEmpty()) {
            if (words.size() < 2)
                return usage(tr("\"%1\" needs a command: %2.").arg(group, subcommands));
            return usage(tr("Unknown command \"%1 %2\": the %1 commands are %3.").arg(group, words.at(1), subcommands));
        }
        return usage(tr("Unknown command \"%1\".").arg(group));
    }
    outcome.monitoring = spec->command == CliCommand::QueueCheck;
    outcome.invocation.command = spec->command;
    const QString name = QString::fromLatin1(spec->words);

    // What follows the command words: one identifier for the commands that name an entity.
    const QStringList rest = words.mid(wordsOf(*spec).size());
    const qsizetype expected = spec->takesIdentifier ? 1 : 0;
    if (rest.size() < expected) {
        return usage(tr("\"%1\" needs FIELD=VALUE naming what it acts on, e.g. %2.")
                         .arg(name, OptionReader::exampleOf(spec->identifierKind)));
    }
    if (rest.size() > expected)
        return usage(tr("Unexpected argument \"%1\".").arg(rest.at(expected)));

    const QStringList allowed = QString::fromLatin1(spec->options).split(u',', Qt::SkipEmptyParts);
    for (const QString &option : line.options()) {
        if (!kGlobalOptions.contains(option) && !allowed.contains(option))
            return usage(tr("The option --%1 does not apply to \"%2\".").arg(option, name));
    }

    if (spec->takesIdentifier)
        outcome.invocation.arguments.target = reader.identifierWord(rest.first(), spec->identifierKind);
    CommandArgumentsReader(reader, name).read(spec->command, outcome.invocation.arguments);
    if (reader.failed())
        return usage(reader.error());

    if (global.server.trimmed().isEmpty())
        return usage(tr("No server given: use --server URL, --profile NAME or the COMMDESK_SERVER environment "
                        "variable."));
    QString serverError;
    if (!ApiClient::normaliseBaseUrl(global.server, &serverError).isValid())
        return usage(serverError);
    outcome.action = ParseOutcome::Action::Run;
    return outcome;
}

} // namespace commdesk
