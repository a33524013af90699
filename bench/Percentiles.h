#pragma once

#include <algorithm>
#include <cmath>
#include <vector>

namespace lintas::bench {

// Nearest-rank percentile of repetition timings; Google Benchmark reports mean/median only.
inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * double(v.size())));
    return v[std::clamp<std::size_t>(rank, 1, v.size()) - 1];
}

inline double p50(const std::vector<double> &v)
{
    return percentile(v, 50);
}
inline double p95(const std::vector<double> &v)
{
    return percentile(v, 95);
}
inline double pmax(const std::vector<double> &v)
{
    return percentile(v, 100);
}

} // namespace lintas::bench
