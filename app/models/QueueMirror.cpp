#include "QueueMirror.h"

namespace commdesk {

void QueueMirror::apply(const QList<QueueEntry> &changed)
{
    for (const QueueEntry &entry : changed) {
        if (!entry.id.isEmpty())
            m_facts.insert(entry.id, QueueFact::of(entry));
    }
}

void QueueMirror::forget(const QStringList &ids)
{
    for (const QString &id : ids)
        m_facts.remove(id);
}

QueueMirror::Summary QueueMirror::summarise(const QList<ExternalSystem> &systems, const QDateTime &now,
                                            const QueueSummary::Options &options) const
{
    QueueSummary::Builder figures(systems, now, options);
    RejectionGroupModel::Grouper rejections;
    for (const QueueFact &fact : m_facts) {
        figures.add(fact);
        rejections.add(fact);
    }
    return Summary {figures.figures(), rejections.groups(), m_facts.size()};
}

} // namespace commdesk
