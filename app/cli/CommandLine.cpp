#include "CommandLine.h"

#include <algorithm>
#include <array>

namespace commdesk {

namespace {

struct OptionSpec
{
    const char *name;
    bool takesValue;
    bool repeatable = false; // each value adds one item, e.g. one unrestricted parameter
};

// Every option of docs/cli.md. Which command accepts which is CliParser's table.
constexpr std::array kOptions = {
    // global
    OptionSpec {"server", true},
    OptionSpec {"profile", true},
    OptionSpec {"username", true},
    OptionSpec {"organisation", true},
    OptionSpec {"unit", true},
    OptionSpec {"password-stdin", false},
    OptionSpec {"api-key-stdin", false},
    OptionSpec {"timeout", true},
    OptionSpec {"proxy", true},
    OptionSpec {"json", false},
    OptionSpec {"verbose", false},
    OptionSpec {"help", false},
    OptionSpec {"version", false},
    // commands
    OptionSpec {"category", true},
    OptionSpec {"contact", true},
    OptionSpec {"direction", true},
    OptionSpec {"media", true},
    OptionSpec {"limit", true},
    OptionSpec {"offset", true},
    OptionSpec {"fields", true},
    OptionSpec {"template", true},
    OptionSpec {"external-system", true},
    OptionSpec {"subject", true},
    OptionSpec {"content", true},
    OptionSpec {"content-file", true},
    OptionSpec {"to", true},
    OptionSpec {"notes", true},
    OptionSpec {"draft", false},
    OptionSpec {"group", true},
    OptionSpec {"privacy-level", true},
    OptionSpec {"udf-string-1", true},
    OptionSpec {"udf-string-2", true},
    OptionSpec {"udf-string-3", true},
    OptionSpec {"udf-string-4", true},
    OptionSpec {"udf-string-5", true},
    OptionSpec {"udf-string-6", true},
    OptionSpec {"udf-string-7", true},
    OptionSpec {"udf-string-8", true},
    OptionSpec {"udf-float-1", true},
    OptionSpec {"udf-float-2", true},
    OptionSpec {"udf-float-3", true},
    OptionSpec {"udf-float-4", true},
    OptionSpec {"udf-date-1", true},
    OptionSpec {"udf-date-2", true},
    OptionSpec {"udf-date-3", true},
    OptionSpec {"udf-date-4", true},
    OptionSpec {"referring-to", true},
    OptionSpec {"parameter", true, true},
    OptionSpec {"update-parameter", true, true},
    OptionSpec {"remove-parameter", true, true},
    OptionSpec {"on", true},
    OptionSpec {"state", true},
    OptionSpec {"number", true},
    OptionSpec {"code", true},
    OptionSpec {"description", true},
    OptionSpec {"all", false},
    OptionSpec {"csv", false},
    OptionSpec {"max-pending", true},
    OptionSpec {"max-oldest-pending", true},
    OptionSpec {"max-reject-ratio", true},
    OptionSpec {"warn-pending", true},
    OptionSpec {"warn-oldest-pending", true},
    OptionSpec {"warn-reject-ratio", true},
    OptionSpec {"window", true},
    OptionSpec {"reason", true},
    OptionSpec {"listen", true},
    OptionSpec {"interval", true},
};

const OptionSpec *findOption(const QString &name)
{
    const auto it = std::find_if(kOptions.begin(), kOptions.end(),
                                 [&name](const OptionSpec &spec) { return name == QLatin1StringView(spec.name); });
    return it == kOptions.end() ? nullptr : &*it;
}

} // namespace

bool CommandLine::isKnown(const QString &option)
{
    return findOption(option) != nullptr;
}

bool CommandLine::takesValue(const QString &option)
{
    const OptionSpec *spec = findOption(option);
    return spec && spec->takesValue;
}

bool CommandLine::isRepeatable(const QString &option)
{
    const OptionSpec *spec = findOption(option);
    return spec && spec->repeatable;
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine line;
    auto failed = [&line](const QString &error) {
        line.fail(error);
        return line;
    };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1StringView("--")) {
            line.m_words += arguments.mid(i + 1);
            break;
        }
        if (argument == QLatin1StringView("-h")) {
            line.add(QStringLiteral("help"), {});
            continue;
        }
        if (!argument.startsWith(u'-') || argument == QLatin1StringView("-")) {
            line.m_words.append(argument);
            continue;
        }
        if (!argument.startsWith(QLatin1StringView("--")))
            return failed(tr("Unknown option \"%1\".").arg(argument));

        const qsizetype equals = argument.indexOf(u'=');
        const QString name = argument.mid(2, equals < 0 ? -1 : equals - 2);
        // Secrets on the command line are visible to every user of the machine (ps, /proc) and end up
        // in shell histories: refuse them before looking at anything else.
        if (name == QLatin1StringView("password"))
            return failed(tr("Passwords are not accepted on the command line, where other users and the shell "
                             "history can see them: use --password-stdin or the COMMDESK_PASSWORD environment "
                             "variable."));
        if (name == QLatin1StringView("api-key") || name == QLatin1StringView("token"))
            return failed(tr("Secrets are not accepted on the command line, where other users and the shell "
                             "history can see them: use --api-key-stdin or the COMMDESK_API_KEY environment "
                             "variable."));
        const OptionSpec *spec = findOption(name);
        if (!spec)
            return failed(tr("Unknown option \"--%1\".").arg(name));

        QString value;
        if (spec->takesValue) {
            if (equals >= 0) {
                value = argument.mid(equals + 1);
            } else if (i + 1 < arguments.size()) {
                value = arguments.at(++i);
            } else {
                return failed(tr("The option --%1 needs a value.").arg(name));
            }
        } else if (equals >= 0) {
            return failed(tr("The option --%1 takes no value.").arg(name));
        }
        if (!line.add(name, value))
            return line;
    }
    return line;
}

bool CommandLine::add(const QString &option, const QString &value)
{
    if (m_values.contains(option)) {
        // A switch given twice means the same; a value given twice is ambiguous unless each adds an item.
        if (!takesValue(option))
            return true;
        if (isRepeatable(option)) {
            m_values[option].append(value);
            return true;
        }
        return fail(tr("The option --%1 was given more than once.").arg(option));
    }
    m_values.insert(option, {value});
    m_order.append(option);
    return true;
}

bool CommandLine::fail(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
    return false;
}

} // namespace commdesk
