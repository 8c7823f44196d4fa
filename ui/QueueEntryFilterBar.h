#pragma once

#include "ExternalSystem.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace commdesk {

class QueueEntryFilterModel;

// Above the queue entries: the media or external system, state, contact and error code filters,
// applied to what the last poll brought (QueueEntryFilterModel).
class QueueEntryFilterBar : public QWidget
{
    Q_OBJECT

public:
    QueueEntryFilterBar(QueueEntryFilterModel *proxy, QWidget *parent = nullptr);

    // The source filter learns the external systems once the poller knows them.
    void addExternalSystems(const QList<ExternalSystem> &systems);
    // The rejected entries with `errorCode` from the source keyed `sourceKey` (QueueSummary's keys;
    // empty: any source): a rejection group picked by the user.
    void showRejections(const QString &errorCode, const QString &sourceKey, const QString &sourceName);

private:
    QueueEntryFilterModel *m_proxy;
    QComboBox *m_source;
    QComboBox *m_state;
    QLineEdit *m_contact;
    QLineEdit *m_errorCode;
};

} // namespace commdesk
