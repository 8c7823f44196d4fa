#pragma once

#include "DeskPreferences.h"

#include <QDialog>

class QCheckBox;
class QSpinBox;

namespace commdesk {

// The reading preferences (workspace/DeskPreferences): how often the open list looks for new communications, whether
// reading marks as viewed and after how long, and how many rows a page brings.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const DeskPreferences::Values &values, QWidget *parent = nullptr);
    DeskPreferences::Values values() const;

    QSpinBox *refreshSeconds() const { return m_refresh; }
    QCheckBox *markViewed() const { return m_markViewed; }
    QSpinBox *markViewedSeconds() const { return m_markViewedSeconds; }
    QSpinBox *pageSize() const { return m_pageSize; }

Q_SIGNALS:
    // "Keyboard shortcuts…": the window opens its list of shortcuts over this dialog.
    void shortcutsRequested();

private:
    QSpinBox *m_refresh;
    QCheckBox *m_markViewed;
    QSpinBox *m_markViewedSeconds;
    QSpinBox *m_pageSize;
};

} // namespace commdesk
