#pragma once

#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <cstdio>

namespace commdesk {

// One benchmark figure beside its goal (docs/benchmarks.md), as every benchmark prints it; returns whether
// the goal is met.
inline bool report(const char *figure, double value, const char *unit, double goal, bool lowerIsBetter = true)
{
    const bool met = lowerIsBetter ? value <= goal : value >= goal;
    std::printf("%-58s %10.2f %-6s goal %s %.2f %s  %s\n", figure, value, unit, lowerIsBetter ? "<=" : ">=", goal, unit,
                met ? "met" : "NOT MET");
    std::fflush(stdout);
    return met;
}

// The median wall time of `runs` runs of `work`, in milliseconds.
template<class Work>
double medianMs(int runs, Work work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace commdesk
