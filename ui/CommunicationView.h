#pragma once

#include "Communication.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QToolBar;
class QAction;

namespace commdesk {

class CurrentCommunication;
class MessageBanner;
class SafeTextBrowser;

// The detail pane: the whole communication, its header, its content (shown safely), and the
// members that have values (docs/api-contract.md "Communications").
class CommunicationView : public QWidget
{
    Q_OBJECT

public:
    explicit CommunicationView(QWidget *parent = nullptr);

    // The tool bar of actions to show above the content (edit, complete, mark viewed, follow up, copy).
    void setToolBar(QToolBar *toolBar);
    // Shows what `current` holds from now on: loading, the communication (the saved copy marked as one), an error.
    void follow(CurrentCommunication *current);
    void showCommunication(const Communication &communication);
    void showLoading(const QString &number);
    void showError(const QString &text);
    void clear();

    const std::optional<Communication> &communication() const { return m_communication; }
    SafeTextBrowser *contentView() const { return m_content; }
    QString fieldText(const QString &label) const; // for tests: the value beside a label
    MessageBanner *banner() const { return m_banner; }

private:
    void addRow(const QString &label, const QString &value);
    void clearFields();
    void addGroup(const Communication &c);

    std::optional<Communication> m_communication;
    QToolBar *m_toolBar;
    MessageBanner *m_banner;
    QLabel *m_title;
    QLabel *m_placeholder;
    QWidget *m_details;
    QGridLayout *m_grid;
    int m_nextCell = 0;
    QWidget *m_split = nullptr; // the header and the body
    SafeTextBrowser *m_content;
};

} // namespace commdesk
