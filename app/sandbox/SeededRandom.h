#pragma once

#include <QList>
#include <QtGlobal>

#include <random>

namespace commdesk {

// Deterministic randomness for demo data and consumers: std::mt19937's sequence is fixed by the
// C++ standard, and the reductions below are our own (std::uniform_int_distribution differs
// between standard libraries), so a seed gives the same data on every platform.
class SeededRandom
{
public:
    explicit SeededRandom(quint32 seed)
        : m_engine(seed)
    { }

    quint32 next() { return quint32(m_engine()); }
    // 0 <= result < bound (bound > 0).
    int below(int bound) { return int((quint64(next()) * quint64(bound)) >> 32); }
    // low <= result <= high.
    int between(int low, int high) { return low + below(high - low + 1); }
    // true with the given chance in percent.
    bool percent(int chance) { return below(100) < chance; }
    double unit() { return double(next()) / 4294967296.0; }

    template<class T>
    const T &pick(const QList<T> &items)
    {
        return items.at(below(int(items.size())));
    }

    // Index by weights: weights {60, 40} gives 0 sixty times in a hundred.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int roll = below(total);
        int index = 0;
        for (int w : weights) {
            if (roll < w)
                return index;
            roll -= w;
            ++index;
        }
        return index - 1;
    }

private:
    std::mt19937 m_engine;
};

} // namespace commdesk
