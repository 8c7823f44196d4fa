#pragma once

#include <QObject>

class QWidget;

namespace commdesk {

class Settings;

// View > Zoom in, Zoom out, Actual size (Ctrl+plus, Ctrl+minus, Ctrl+0) for the text people read all day: the
// list, the communication being read and compose windows. The size is kept in the settings.
class Zoom : public QObject
{
    Q_OBJECT

public:
    explicit Zoom(Settings *settings, QObject *parent = nullptr);

    int percent() const { return m_percent; }
    // The widget's font (and its children's) follows the zoom from now on.
    void follow(QWidget *widget);
    void zoomIn();
    void zoomOut();
    void reset();

    static constexpr int kSteps[] = {70, 80, 90, 100, 110, 125, 150, 175, 200};

Q_SIGNALS:
    void changed(int percent);

private:
    void setPercent(int percent);
    void applyTo(QWidget *widget) const;

    Settings *m_settings;
    int m_percent;
    QList<QWidget *> m_widgets; // followed; each leaves the list when it goes
};

} // namespace commdesk
