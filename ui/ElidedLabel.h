#pragma once

#include <QLabel>

namespace commdesk {

// A one-line label that is cut short with "…" where its text does not fit, instead of widening the window; the whole
// text stays its text (what a screen reader reads) and shows as its tooltip while cut.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    bool isElided() const;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
};

} // namespace commdesk
