#pragma once

#include "LocalDraftStore.h"
#include "OutboxStore.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace commdesk {

class LocalDrafts;
class Outbox;

// The sidebar's "Not yet sent" section: drafts recovered from the local store after a crash or a
// kill, and the outbox with each item's state and last error. Open or edit, send now, discard.
class OutboxPanel : public QWidget
{
    Q_OBJECT

public:
    OutboxPanel(LocalDrafts *drafts, Outbox *outbox, QWidget *parent = nullptr);

    // The drafts found at start (not those of windows open now).
    void setRecoveredDrafts(const QList<LocalDraft> &drafts);
    void refresh();
    QListWidget *list() const { return m_list; }

    enum Role { KindRole = Qt::UserRole + 1, IdRole };
    enum Kind { RecoveredDraft = 1, OutboxEntry = 2 };

Q_SIGNALS:
    void openLocalDraft(const LocalDraft &draft);
    void editOutboxItem(const OutboxItem &item);

private:
    void openCurrent();
    void discardCurrent();
    void updateButtons();
    static QString stateText(const OutboxItem &item);

    std::optional<LocalDraft> recoveredDraft(qint64 id) const;

    LocalDrafts *m_drafts;
    Outbox *m_outbox;
    QList<LocalDraft> m_recovered;
    QListWidget *m_list;
    QPushButton *m_open;
    QPushButton *m_sendNow;
    QPushButton *m_discard;
};

} // namespace commdesk
