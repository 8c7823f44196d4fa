#pragma once

#include "Enums.h"

#include <QKeySequence>
#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace commdesk {

// The line under the compose form: progress and a status line while the server works, and the
// buttons Save as draft, Send (Complete for what is recorded, not sent) and Close.
class ComposeButtonBar : public QWidget
{
    Q_OBJECT

public:
    explicit ComposeButtonBar(QWidget *parent = nullptr);

    void setStatus(const QString &text);
    // The keys of Send and Save as draft, said in the buttons' tool tips.
    void showShortcuts(const QKeySequence &send, const QKeySequence &saveDraft);
    // Waiting for the server; hiding the progress clears the status.
    void showProgress(const QString &status);
    void hideProgress();
    // The buttons work only while no call is in flight.
    void refresh(bool idle, std::optional<Media> media);

Q_SIGNALS:
    void sendClicked();
    void saveDraftClicked();
    void closeClicked();

private:
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_saveDraft;
    QPushButton *m_send;
    QPushButton *m_close;
};

} // namespace commdesk
