#pragma once

#include <QLabel>

namespace commdesk {

class ConnectionWatch;

// The status bar's word on the connection: signed in as whom and where, or offline since when and why.
class ConnectionLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ConnectionLabel(ConnectionWatch *watch, QWidget *parent = nullptr);

    void refresh();

private:
    ConnectionWatch *m_watch;
};

} // namespace commdesk
