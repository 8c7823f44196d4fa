#pragma once

#include "ActionJournal.h"

#include <QDialog>

class QTableWidget;

namespace commdesk {

class QueueJournal;

// The local journal of queue actions, newest first, with an export to CSV. The records are read on
// the store thread and shown when they come.
class ActionJournalDialog : public QDialog
{
    Q_OBJECT

public:
    ActionJournalDialog(QueueJournal *journal, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Writes the records shown to `fileName`; false (and a message box) when it cannot.
    bool exportTo(const QString &fileName);

Q_SIGNALS:
    void recordsShown();

private:
    void showRecords(const QList<JournalRecord> &records);

    QTableWidget *m_table;
    QList<JournalRecord> m_records;
};

} // namespace commdesk
