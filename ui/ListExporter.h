#pragma once

#include "CommunicationExport.h"

#include <QObject>
#include <QPointer>

#include <optional>
#include <utility>

class QProgressDialog;
class QWidget;

namespace commdesk {

class CommunicationListModel;
class StoreThread;

// File > Export list…: every page of the list on screen (loaded first, with a progress dialog and
// Cancel), written as CSV or JSON through QSaveFile, so a failed write leaves any
// earlier file as it was. The file is written on `files` (the store thread), off the GUI thread.
class ListExporter : public QObject
{
    Q_OBJECT

public:
    ListExporter(CommunicationListModel *list, StoreThread *files, QWidget *window);

    // Asks where and in which format, then exports.
    void chooseAndExport(const QString &suggestedName);
    // Exports to `path` (what the dialog's choice leads to; tests call it directly).
    void exportTo(const QString &path, const CommunicationExport::Options &options);
    // Rows chosen in the list (its context menu's "Export selection…"), as they are.
    void chooseAndExportRows(const QList<CommunicationRow> &rows, const QString &suggestedName);
    void exportRowsTo(const QString &path, const QList<CommunicationRow> &rows,
                      const CommunicationExport::Options &options);
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void exported(const QString &path, int rows);
    void failed(const QString &message);
    void cancelled();

private:
    std::optional<std::pair<QString, CommunicationExport::Options>> choose(const QString &suggestedName);
    QList<CommunicationRow> listRows() const;
    void write(QList<CommunicationRow> rows);

    CommunicationListModel *m_list;
    StoreThread *m_files;
    QWidget *m_window;
    QPointer<QProgressDialog> m_progress;
    QString m_path;
    CommunicationExport::Options m_options;
    bool m_busy = false;
};

} // namespace commdesk
