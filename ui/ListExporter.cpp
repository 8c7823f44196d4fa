#include "ListExporter.h"

#include "CommunicationListModel.h"
#include "StoreThread.h"

#include <QDir>
#include <QFileDialog>
#include <QProgressDialog>
#include <QSaveFile>

namespace commdesk {

ListExporter::ListExporter(CommunicationListModel *list, StoreThread *files, QWidget *window)
    : QObject(window)
    , m_list(list)
    , m_files(files)
    , m_window(window)
{ }

std::optional<std::pair<QString, CommunicationExport::Options>> ListExporter::choose(const QString &suggestedName)
{
    const QString csvForSpreadsheets = tr("CSV for spreadsheet programs (*.csv)");
    const QString csvPlain = tr("CSV, UTF-8 without byte-order mark (*.csv)");
    const QString json = tr("JSON (*.json)");
    QString filter = csvForSpreadsheets;
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export list"), QDir::home().filePath(suggestedName + QStringLiteral(".csv")),
        QStringList {csvForSpreadsheets, csvPlain, json}.join(u";;"), &filter);
    if (path.isEmpty())
        return std::nullopt;
    CommunicationExport::Options options;
    options.format = filter == json ? CommunicationExport::Format::Json : CommunicationExport::Format::Csv;
    options.byteOrderMark = filter == csvForSpreadsheets;
    return std::pair {path, options};
}

void ListExporter::chooseAndExport(const QString &suggestedName)
{
    if (const auto chosen = choose(suggestedName))
        exportTo(chosen->first, chosen->second);
}

void ListExporter::chooseAndExportRows(const QList<CommunicationRow> &rows, const QString &suggestedName)
{
    if (m_busy || rows.isEmpty())
        return;
    if (const auto chosen = choose(suggestedName))
        exportRowsTo(chosen->first, rows, chosen->second);
}

void ListExporter::exportRowsTo(const QString &path, const QList<CommunicationRow> &rows,
                                const CommunicationExport::Options &options)
{
    if (m_busy)
        return;
    m_busy = true;
    m_path = path;
    m_options = options;
    write(rows);
}

void ListExporter::exportTo(const QString &path, const CommunicationExport::Options &options)
{
    if (m_busy)
        return;
    m_busy = true;
    m_path = path;
    m_options = options;
    if (m_list->isComplete())
        return write(listRows());
    // Every page first: the server pages the list, and the file is the whole list.
    m_progress = new QProgressDialog(tr("Loading every page of the list…"), tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowTitle(tr("Export list"));
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    auto *progress = m_progress.data();
    connect(m_list, &CommunicationListModel::pageLoaded, progress, [this, progress] {
        progress->setLabelText(tr("Loading every page of the list… %1 loaded").arg(m_list->rowCount()));
    });
    connect(progress, &QProgressDialog::canceled, this, [this] { m_list->cancelLoadAll(); });
    connect(m_list, &CommunicationListModel::loadingAllChanged, progress, [this, progress](bool loading) {
        if (loading)
            return;
        const bool wasCancelled = progress->wasCanceled();
        progress->deleteLater();
        if (m_list->isComplete())
            return write(listRows());
        m_busy = false;
        if (wasCancelled)
            Q_EMIT cancelled();
        else
            Q_EMIT failed(tr("The list could not be loaded in full, so nothing was written."));
    });
    m_list->loadAll();
}

QList<CommunicationRow> ListExporter::listRows() const
{
    QList<CommunicationRow> rows;
    rows.reserve(m_list->rowCount());
    for (int row = 0; row < m_list->rowCount(); ++row)
        rows.append(*m_list->rowAt(row));
    return rows;
}

void ListExporter::write(QList<CommunicationRow> rows)
{
    const int count = int(rows.size());
    m_files->call(
        [path = m_path, options = m_options, rows = std::move(rows)] {
            QSaveFile file(path);
            QString error;
            if (!file.open(QIODevice::WriteOnly))
                return file.errorString();
            if (!CommunicationExport::write(&file, rows, options, &error))
                return error;
            return file.commit() ? QString() : file.errorString();
        },
        this,
        [this, count](const QString &error) {
            m_busy = false;
            if (error.isEmpty())
                Q_EMIT exported(m_path, count);
            else
                Q_EMIT failed(tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(m_path), error));
        });
}

} // namespace commdesk
