#pragma once

#include "Enums.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace commdesk {

// Above the list: what it shows, the direction and media filters (sent to the server) and the
// quick text filter (applied to what is loaded).
class ListFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit ListFilterBar(QWidget *parent = nullptr);

    std::optional<Direction> direction() const;
    std::optional<Media> media() const;
    QLineEdit *quickFilter() const { return m_quickFilter; }
    QComboBox *directionBox() const { return m_direction; }
    QComboBox *mediaBox() const { return m_media; }
    void setTitle(const QString &title);
    void setStatus(const QString &status);
    QString status() const;

Q_SIGNALS:
    void serverFilterChanged();
    void quickFilterChanged(const QString &text);

private:
    QLabel *m_title;
    QLabel *m_status;
    QComboBox *m_direction;
    QComboBox *m_media;
    QLineEdit *m_quickFilter;
};

} // namespace commdesk
