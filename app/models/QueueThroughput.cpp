#include "QueueThroughput.h"

namespace commdesk {

QList<QueueThroughput::Bucket> QueueThroughput::buckets(const QList<QueueHistorySample> &samples, const QDateTime &from,
                                                        const QDateTime &to, qint64 bucketSeconds)
{
    QList<Bucket> result;
    if (bucketSeconds <= 0 || !from.isValid() || !to.isValid() || to <= from)
        return result;
    const qint64 count = (from.secsTo(to) + bucketSeconds - 1) / bucketSeconds;
    for (qint64 i = 0; i < count; ++i)
        result.append(Bucket {from.addSecs(i * bucketSeconds).toUTC(), 0, 0});
    for (qsizetype i = 1; i < samples.size(); ++i) {
        const QueueHistorySample &before = samples[i - 1];
        const QueueHistorySample &after = samples[i];
        if (after.at < from || after.at >= to)
            continue;
        const qint64 bucket = from.secsTo(after.at) / bucketSeconds;
        const qint64 done = (after.completed + after.removed) - (before.completed + before.removed);
        const qint64 rejected = after.rejected - before.rejected;
        result[bucket].completed += std::max<qint64>(0, done);
        result[bucket].rejected += std::max<qint64>(0, rejected);
    }
    return result;
}

} // namespace commdesk
