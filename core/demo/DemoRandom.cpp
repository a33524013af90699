#include "demo/DemoRandom.h"

#include <algorithm>

namespace lintas::demo {

int DemoRandom::between(int lo, int hi)
{
    if (hi <= lo)
        return lo;
    return lo + int(m_source.uniform(std::uint32_t(hi - lo) + 1));
}

qint64 DemoRandom::between64(qint64 lo, qint64 hi)
{
    if (hi <= lo)
        return lo;
    const quint64 span = quint64(hi - lo) + 1;
    if (span <= 0xffffffffULL)
        return lo + qint64(m_source.uniform(std::uint32_t(span)));
    quint64 r = 0;
    m_source.fill(&r, sizeof r);
    return lo + qint64(r % span); // the bias is irrelevant for demo data
}

bool DemoRandom::chance(double p)
{
    if (p <= 0)
        return false;
    if (p >= 1)
        return true;
    return m_source.uniform(1'000'000) < std::uint32_t(p * 1'000'000);
}

QDate DemoRandom::dateBetween(const QDate &from, const QDate &to)
{
    const qint64 days = from.daysTo(to);
    if (days <= 0)
        return from;
    return from.addDays(between64(0, days));
}

int DemoRandom::weightedIndex(const QVector<double> &weights)
{
    double total = 0;
    for (double w : weights)
        total += std::max(w, 0.0);
    double r = double(m_source.uniform(1u << 30)) / double(1u << 30) * total;
    for (int i = 0; i < weights.size(); ++i) {
        r -= std::max(weights[i], 0.0);
        if (r < 0)
            return i;
    }
    return int(weights.size()) - 1;
}

QString DemoRandom::weighted(std::initializer_list<std::pair<const char *, double>> choices)
{
    QVector<double> weights;
    weights.reserve(int(choices.size()));
    for (const auto &c : choices)
        weights << c.second;
    const int index = weightedIndex(weights);
    return QString::fromUtf8((choices.begin() + index)->first);
}

QVector<int> DemoRandom::distinct(int n, int count)
{
    QVector<int> pool(n);
    for (int i = 0; i < n; ++i)
        pool[i] = i;
    count = std::min(count, n);
    for (int i = 0; i < count; ++i)
        std::swap(pool[i], pool[between(i, n - 1)]);
    pool.resize(count);
    return pool;
}

} // namespace lintas::demo
