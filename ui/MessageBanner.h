#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace commdesk {

// A strip above a view that says what went wrong (or what is going on) where the user acted,
// with an optional action such as "Retry".
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, const QString &actionText = {});
    QString text() const;

Q_SIGNALS:
    void actionTriggered();

private:
    void paintKind();

    Kind m_kind = Kind::Information;
    QLabel *m_text;
    QPushButton *m_action;
};

} // namespace commdesk
