#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace commdesk {

// The first pass over the arguments: splits them into command words and options, wherever the
// options stand (docs/cli.md), and checks each option against the one table of known options.
// What the words and values mean is CliParser's business.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    static CommandLine parse(const QStringList &arguments);

    bool hasError() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    const QStringList &words() const { return m_words; }
    bool has(const QString &option) const { return m_values.contains(option); }
    QString value(const QString &option) const { return m_values.value(option).value(0); }
    // Every value of a repeatable option, in the order given.
    QStringList values(const QString &option) const { return m_values.value(option); }
    // The options given, each once, in the order they first appeared (without the dashes).
    const QStringList &options() const { return m_order; }

    // Every option the program knows, with whether it takes a value and may be given more than once.
    static bool isKnown(const QString &option);
    static bool takesValue(const QString &option);
    static bool isRepeatable(const QString &option);

private:
    bool add(const QString &option, const QString &value);
    bool fail(const QString &error);

    QStringList m_words;
    QHash<QString, QStringList> m_values;
    QStringList m_order;
    QString m_error;
};

} // namespace commdesk
