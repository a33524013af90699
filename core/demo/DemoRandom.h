#pragma once

#include "base/RandomSource.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cstdint>
#include <initializer_list>
#include <utility>

namespace lintas::demo {

// Convenience draws over a seeded RandomSource. Everything the demo generator decides goes
// through one of these, in a fixed order, so a seed always yields the same data.
class DemoRandom {
public:
    explicit DemoRandom(std::uint64_t seed) : m_source(seed) { }

    RandomSource &source() { return m_source; }
    QString newId() { return m_source.newId(); }

    // Uniform in [lo, hi], both inclusive.
    int between(int lo, int hi);
    qint64 between64(qint64 lo, qint64 hi);
    // True with probability `p` (0…1), at a resolution of one in a million.
    bool chance(double p);
    // Uniform in [from, to]; `from` when the range is empty.
    QDate dateBetween(const QDate &from, const QDate &to);

    template<typename T> const T &pick(const QVector<T> &items) { return items.at(between(0, int(items.size()) - 1)); }
    const QString &pick(const QStringList &items) { return items.at(between(0, int(items.size()) - 1)); }

    // Index drawn with the given relative weights (> 0 in total).
    int weightedIndex(const QVector<double> &weights);
    // One of the values, weighted: {{"hk", 70}, {"tw", 10}, …}.
    QString weighted(std::initializer_list<std::pair<const char *, double>> choices);

    // `count` distinct indexes of [0, n), in draw order.
    QVector<int> distinct(int n, int count);

private:
    SeededRandom m_source;
};

} // namespace lintas::demo
