#pragma once

#include <QLineEdit>

class QTimer;

namespace commdesk {

// The toolbar's search field: searches as the user types (after a short pause), at once on Enter;
// Escape empties it and goes back; the Down arrow moves into the results.
class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    static constexpr int kTypingPauseMs = 200;

    explicit SearchField(QWidget *parent = nullptr);

Q_SIGNALS:
    void searchRequested(const QString &text);
    // Escape, or the field emptied.
    void cancelled();
    void resultsWanted();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QTimer *m_pause;
};

} // namespace commdesk
