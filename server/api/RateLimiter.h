#pragma once

#include <QByteArray>
#include <QHash>

namespace lintas {
class Clock;
}

namespace lintas::server {

// Token buckets keyed by peer address or device id: `burst` attempts at once, then one every
// `refillMs`. Used for authentication, where a guessing client must slow down (429 Retry-After).
class RateLimiter {
public:
    RateLimiter(const Clock &clock, int burst, qint64 refillMs);

    // true = allowed (and counted). When refused, *retryAfterMs says when the next one would pass.
    bool allow(const QByteArray &key, qint64 *retryAfterMs = nullptr);

private:
    struct Bucket {
        double tokens = 0;
        qint64 updatedAt = 0;
    };
    void forgetFullBuckets(qint64 now);

    const Clock &m_clock;
    int m_burst;
    qint64 m_refillMs;
    QHash<QByteArray, Bucket> m_buckets;
};

} // namespace lintas::server
