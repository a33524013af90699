#include "api/RateLimiter.h"

#include "base/Clock.h"

#include <algorithm>
#include <cmath>

namespace lintas::server {

RateLimiter::RateLimiter(const Clock &clock, int burst, qint64 refillMs)
    : m_clock(clock), m_burst(burst), m_refillMs(refillMs)
{ }

RateLimiter::Bucket &RateLimiter::refilled(const QByteArray &key)
{
    const qint64 now = m_clock.nowMs();
    if (m_buckets.size() > 10'000)
        forgetFullBuckets(now);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket {double(m_burst), now});
    Bucket &b = *it;
    b.tokens
        = std::min<double>(m_burst, b.tokens + double(std::max<qint64>(0, now - b.updatedAt)) / double(m_refillMs));
    b.updatedAt = now;
    return b;
}

bool RateLimiter::hasToken(const Bucket &bucket, qint64 *retryAfterMs) const
{
    if (bucket.tokens >= 1.0)
        return true;
    if (retryAfterMs)
        *retryAfterMs = static_cast<qint64>(std::ceil((1.0 - bucket.tokens) * double(m_refillMs)));
    return false;
}

bool RateLimiter::allow(const QByteArray &key, qint64 *retryAfterMs)
{
    const QMutexLocker lock(&m_mutex);
    Bucket &b = refilled(key);
    if (!hasToken(b, retryAfterMs))
        return false;
    b.tokens -= 1.0;
    return true;
}

bool RateLimiter::check(const QByteArray &key, qint64 *retryAfterMs)
{
    // An address never charged needs no bucket: checking alone must not let a flood of new
    // addresses grow the table.
    const QMutexLocker lock(&m_mutex);
    const auto it = m_buckets.constFind(key);
    if (it == m_buckets.constEnd())
        return true;
    return hasToken(refilled(key), retryAfterMs);
}

void RateLimiter::charge(const QByteArray &key)
{
    const QMutexLocker lock(&m_mutex);
    refilled(key).tokens -= 1.0;
}

void RateLimiter::forgetFullBuckets(qint64 now)
{
    // A bucket that has refilled completely says nothing a new one would not.
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        const double tokens = it->tokens + double(now - it->updatedAt) / double(m_refillMs);
        it = tokens >= m_burst ? m_buckets.erase(it) : std::next(it);
    }
}

} // namespace lintas::server
