#include "SafeTextBrowser.h"

#include <QDesktopServices>

namespace commdesk {

SafeTextBrowser::SafeTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https")
            || scheme == QLatin1StringView("mailto"))
            QDesktopServices::openUrl(url);
    });
}

void SafeTextBrowser::setContent(const QString &content)
{
    if (Qt::mightBeRichText(content))
        setHtml(content);
    else
        setPlainText(content);
}

QVariant SafeTextBrowser::loadResource(int, const QUrl &name)
{
    Q_EMIT blockedResource(name);
    return {};
}

} // namespace commdesk
