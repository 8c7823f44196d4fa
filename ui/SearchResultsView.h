#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace commdesk {

class CommunicationSearch;

// What a search found, in place of the list (MainWindow): one line per communication with its category
// and date, the matches marked, and where else the words were found. Enter or a double click opens one in
// the detail pane; Escape or "Back to the list" goes back.
class SearchResultsView : public QWidget
{
    Q_OBJECT

public:
    explicit SearchResultsView(CommunicationSearch *search, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLabel *status() const { return m_status; }
    // The keyboard in the results, on the first one when none is current.
    void focusResults();

Q_SIGNALS:
    // Enter or a double click on a result.
    void openRequested(const QString &id, const QString &number);
    void closeRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showStatus();
    void openCurrent();

    CommunicationSearch *m_search;
    QLabel *m_status;
    QTreeView *m_view;
    QPushButton *m_back;
    QString m_lookupError;
};

} // namespace commdesk
