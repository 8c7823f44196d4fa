#pragma once

#include "Communication.h"
#include "QueueEntry.h"

#include <QWidget>

class QLabel;
class QTextBrowser;
class QToolBar;
class QVBoxLayout;

namespace commdesk {

class QueueEntrySelection;

// Shows the entry a view of the queue tab has in hand (QueueEntrySelection) and its communication,
// under the view's entry actions.
class QueueEntryDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit QueueEntryDetailView(QueueEntrySelection *selection, QWidget *parent = nullptr);

    // The actions' tool bar goes between the title and the body.
    void setToolBar(QToolBar *toolBar);
    std::optional<QueueEntry> entry() const;
    std::optional<Communication> communication() const;
    QString text() const;

private:
    void render();

    QueueEntrySelection *m_selection;
    QLabel *m_title;
    QTextBrowser *m_body;
    QVBoxLayout *m_layout;
};

} // namespace commdesk
