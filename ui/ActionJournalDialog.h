#pragma once

#include "ActionJournal.h"

#include <QDialog>

class QTableWidget;

namespace commdesk {

// The local journal of queue actions, newest first, with an export to CSV.
class ActionJournalDialog : public QDialog
{
    Q_OBJECT

public:
    ActionJournalDialog(ActionJournal *journal, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Writes the journal to `fileName`; false (and a message box) when it cannot.
    bool exportTo(const QString &fileName);

private:
    void reload();

    ActionJournal *m_journal;
    QTableWidget *m_table;
};

} // namespace commdesk
