#pragma once

#include "DeskPreferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace commdesk {

// The preferences (workspace/DeskPreferences): how often the open list looks for new communications, whether
// reading marks as viewed and after how long, how many rows a page brings, and the language (from the next start).
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
    QComboBox *language() const { return m_language; }
    // Says that a new language is spoken from the next start; shown while one other than the current is chosen.
    QLabel *languageNote() const { return m_languageNote; }

Q_SIGNALS:
    // "Keyboard shortcuts…": the window opens its list of shortcuts over this dialog.
    void shortcutsRequested();

private:
    QSpinBox *m_refresh;
    QCheckBox *m_markViewed;
    QSpinBox *m_markViewedSeconds;
    QSpinBox *m_pageSize;
    QComboBox *m_language;
    QLabel *m_languageNote;
};

} // namespace commdesk
