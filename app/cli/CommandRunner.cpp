#include "CommandRunner.h"

namespace commdesk {

QList<TableColumn> CommandRunner::columnsForFields(const QStringList &fields)
{
    QList<TableColumn> columns;
    for (const QString &field : fields)
        columns.append({field.toUpper(), field});
    return columns;
}

} // namespace commdesk
