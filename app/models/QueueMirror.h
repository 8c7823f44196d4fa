#pragma once

#include "QueueSummary.h"
#include "RejectionGroupModel.h"

#include <QHash>

namespace commdesk {

// The queue as the monitor knows it, one QueueFact per entry id, kept on the poller's worker thread
// (docs/architecture.md "The queue monitor at scale"). Each poll hands it what changed; it sums the
// whole queue up again (rates move with the clock even when no entry does) in one pass.
class QueueMirror
{
public:
    struct Summary
    {
        QList<QueueSourceFigures> figures; // every media, every external system, the total last
        QList<RejectionGroupModel::Group> rejectionGroups;
        qsizetype entries = 0;
    };

    void apply(const QList<QueueEntry> &changed);
    void forget(const QStringList &ids);
    void clear() { m_facts.clear(); }
    qsizetype size() const { return m_facts.size(); }

    Summary summarise(const QList<ExternalSystem> &systems, const QDateTime &now,
                      const QueueSummary::Options &options) const;

private:
    QHash<QString, QueueFact> m_facts;
};

} // namespace commdesk
