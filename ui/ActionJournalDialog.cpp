#include "ActionJournalDialog.h"

#include "DisplayText.h"
#include "PaneNavigation.h"
#include "QueueJournal.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace commdesk {

namespace {

// What the server answered, as the labels show it: a success's answer is a state (the resent communication's for a
// resend, the entry's otherwise) or OK when it named none; a failure's is kept as it was written.
QString answerText(const JournalRecord &record)
{
    if (!record.succeeded)
        return record.answer;
    if (record.answer == QLatin1StringView("OK"))
        return ActionJournalDialog::tr("OK");
    if (record.action == QueueActionRunner::wireName(QueueActionRunner::Action::Resend))
        return DisplayText::state(WireValue<LifeCycleState>::fromText(record.answer));
    return DisplayText::queueState(WireValue<QueueState>::fromText(record.answer));
}

} // namespace

ActionJournalDialog::ActionJournalDialog(QueueJournal *journal, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Queue action journal"));
    m_table->setAccessibleName(tr("Queue action journal"));
    panes::leaveOnTab(m_table);
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("User"), tr("Action"), tr("Entry"), tr("Reason"), tr("Detail"), tr("Result"), tr("Answer")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportCsv"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString fileName = QFileDialog::getSaveFileName(
            this, tr("Export the action journal"), QStringLiteral("queue-actions.csv"), tr("CSV files (*.csv)"));
        if (!fileName.isEmpty())
            exportTo(fileName);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(1000, 520);
    journal->read(this, [this](const QList<JournalRecord> &records) { showRecords(records); });
}

void ActionJournalDialog::showRecords(const QList<JournalRecord> &records)
{
    m_records = records; // as written: the export keeps the wire words, labels are for the table
    m_table->setRowCount(int(records.size()));
    for (int row = 0; row < records.size(); ++row) {
        const JournalRecord &r = records[row];
        const QStringList cells = {DisplayText::listDateTime(r.at),
                                   r.user,
                                   DisplayText::queueAction(r.action),
                                   r.entryNumber,
                                   r.reason,
                                   r.detail,
                                   r.succeeded ? tr("OK") : tr("Failed"),
                                   answerText(r)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
    Q_EMIT recordsShown();
}

bool ActionJournalDialog::exportTo(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(ActionJournal::toCsv(m_records).toUtf8()) < 0) {
        QMessageBox::warning(this, tr("Export the action journal"),
                             tr("%1 could not be written: %2").arg(fileName, file.errorString()));
        return false;
    }
    return true;
}

} // namespace commdesk
