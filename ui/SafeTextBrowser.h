#pragma once

#include <QTextBrowser>

namespace commdesk {

// Shows a communication's content, plain or HTML, safely: QTextDocument runs no scripts, this
// class loads no resource at all (no remote images, no tracking pixels, no local files), and a
// link opens only when it is clicked, only for http(s) and mailto.
class SafeTextBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    void setContent(const QString &content);
    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    void blockedResource(const QUrl &url);
};

} // namespace commdesk
