#pragma once

#include <QLabel>
#include <QTimer>

#include <chrono>

namespace commdesk {

// The status bar's line for what a screen reader should say whatever has the focus (signed in, offline, sent, new
// communications or queue entries; docs/architecture.md "Keyboard"). It shows the text for a while and appears to
// assistive technology as a notification: on Linux the AT-SPI bridge reports a notification becoming visible, which
// Orca speaks; an alert event is raised too, for the platforms that read those.
class Announcer : public QLabel
{
    Q_OBJECT

public:
    explicit Announcer(QWidget *parent = nullptr);

    // Shows `text` for `shownFor`, and has it said.
    void say(const QString &text, std::chrono::milliseconds shownFor);

private:
    QTimer m_hide;
};

} // namespace commdesk
