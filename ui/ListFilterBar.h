#pragma once

#include "Enums.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QLineEdit;

namespace commdesk {

// Above the list: what it shows, the direction and media filters (sent to the server) and the
// quick text filter (applied to what is loaded).
class ListFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit ListFilterBar(QWidget *parent = nullptr);

    std::optional<Direction> direction() const;
    std::optional<Media> media() const;
    // Sets both server filters at once, saying serverFilterChanged() only if one changed.
    void setServerFilters(std::optional<Direction> direction, std::optional<Media> media);
    QLineEdit *quickFilter() const { return m_quickFilter; }
    QComboBox *directionBox() const { return m_direction; }
    QComboBox *mediaBox() const { return m_media; }
    void setTitle(const QString &title);
    void setStatus(const QString &status);
    QString status() const;
    // "Load all" beside the status (a sort of the loaded rows only), or the progress of loading
    // all with Cancel, or neither.
    enum class LoadAll { Hidden, Offered, Running };
    void setLoadAll(LoadAll state, int rowsLoaded = 0);
    QPushButton *loadAllButton() const { return m_loadAll; }
    QPushButton *cancelLoadAllButton() const { return m_cancelLoadAll; }
    QProgressBar *loadAllProgress() const { return m_progress; }

Q_SIGNALS:
    void serverFilterChanged();
    void quickFilterChanged(const QString &text);
    void loadAllRequested();
    void loadAllCancelled();

private:
    QLabel *m_title;
    QLabel *m_status;
    QPushButton *m_loadAll;
    QProgressBar *m_progress;
    QPushButton *m_cancelLoadAll;
    QComboBox *m_direction;
    QComboBox *m_media;
    QLineEdit *m_quickFilter;
};

} // namespace commdesk
