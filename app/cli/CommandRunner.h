#pragma once

#include "CliInvocation.h"
#include "CommandOutcome.h"

#include <QObject>

namespace commdesk {

// Runs the commands of one area over a signed-in session and hands back one outcome. The runner
// owns every request it makes: deleting it aborts them.
class CommandRunner : public QObject
{
    Q_OBJECT

public:
    CommandRunner(Session *session, bool json, QObject *parent = nullptr)
        : QObject(parent)
        , m_session(session)
        , m_json(json)
    { }

    virtual void run(const CliInvocation &invocation, CommandFinish finish) = 0;

protected:
    Session *session() const { return m_session; }
    bool json() const { return m_json; }

    // Columns named after the members asked for with --fields, for lists that take it.
    static QList<TableColumn> columnsForFields(const QStringList &fields);

private:
    Session *m_session;
    bool m_json;
};

} // namespace commdesk
