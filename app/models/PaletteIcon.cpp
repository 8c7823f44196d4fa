#include "PaletteIcon.h"

#include "Tones.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>
#include <QRegularExpression>

namespace commdesk {

namespace {

constexpr double kIconContrast = 3.0; // WCAG's ratio for graphics that carry meaning

class PaletteIconEngine : public QIconEngine
{
public:
    explicit PaletteIconEngine(QByteArray svg)
        : m_svg(std::move(svg))
    { }

    QIconEngine *clone() const override { return new PaletteIconEngine(m_svg); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap drawn = render(rect.size() * ratio, mode);
        drawn.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect.topLeft(), drawn);
        Q_UNUSED(state);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override { return render(size, mode); }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap drawn = pixmap(size * scale, mode, state);
        drawn.setDevicePixelRatio(scale);
        return drawn;
    }

    QString key() const override { return QStringLiteral("commdesk-palette"); }

private:
    QPixmap render(const QSize &size, QIcon::Mode mode)
    {
        if (size.isEmpty())
            return {};
        const QPalette palette = QGuiApplication::palette();
        QColor foreground = palette.color(QPalette::Active, QPalette::WindowText);
        if (mode == QIcon::Disabled)
            foreground = palette.color(QPalette::Disabled, QPalette::WindowText);
        else if (mode == QIcon::Selected)
            foreground = palette.color(QPalette::Active, QPalette::HighlightedText);
        const QColor window =
            mode == QIcon::Selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Window);
        const QString key =
            QStringLiteral("%1x%2 %3 %4").arg(size.width()).arg(size.height()).arg(foreground.name(), window.name());
        if (const auto cached = m_cache.constFind(key); cached != m_cache.cend())
            return *cached;

        QString svg = QString::fromUtf8(m_svg);
        svg.replace(QLatin1StringView("currentColor"), foreground.name());
        // Accent colours (the media's, the directions') kept, unless they would vanish into the window.
        static const QRegularExpression hex(QStringLiteral("#[0-9a-fA-F]{6}\\b"));
        QString recoloured;
        qsizetype from = 0;
        for (auto match = hex.globalMatch(svg); match.hasNext();) {
            const QRegularExpressionMatch found = match.next();
            recoloured += QStringView(svg).mid(from, found.capturedStart() - from);
            const QColor colour(found.captured());
            recoloured +=
                mode == QIcon::Disabled ? foreground.name() : tones::withContrast(colour, window, kIconContrast).name();
            from = found.capturedEnd();
        }
        recoloured += QStringView(svg).mid(from);

        QByteArray bytes = recoloured.toUtf8();
        QBuffer buffer(&bytes);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(size);
        const QPixmap drawn = QPixmap::fromImage(reader.read());
        if (m_cache.size() > 32)
            m_cache.clear();
        m_cache.insert(key, drawn);
        return drawn;
    }

    QByteArray m_svg;
    QHash<QString, QPixmap> m_cache;
};

} // namespace

QIcon paletteIcon(const QString &name)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (name.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new PaletteIconEngine(file.readAll()));
}

} // namespace commdesk
