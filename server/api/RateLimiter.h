#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>

namespace lintas {
class Clock;
}

namespace lintas::server {

// Token buckets keyed by peer address or device id: `burst` attempts at once, then one every
// `refillMs`. Used for authentication, where a guessing client must slow down (429 Retry-After).
//
// Two ways to use a bucket: allow() counts every attempt (per device: someone trying one
// device's login); check() + charge() count only the attempts that failed (per address: a whole
// office behind one NAT logs in many times a day and must never be refused for succeeding).
// Thread-safe: the server's workers share one limiter, so a guesser cannot spread its attempts
// over them.
class RateLimiter {
public:
    RateLimiter(const Clock &clock, int burst, qint64 refillMs);

    // true = allowed (and counted). When refused, *retryAfterMs says when the next one would pass.
    bool allow(const QByteArray &key, qint64 *retryAfterMs = nullptr);
    // Like allow(), but counts nothing: whether an attempt would pass now.
    bool check(const QByteArray &key, qint64 *retryAfterMs = nullptr);
    // Counts one attempt after the fact. The bucket may go below zero (attempts that passed
    // check() at the same moment all pay), which only makes its owner wait longer.
    void charge(const QByteArray &key);

    // Refused attempts are answered with this many whole seconds (429 Retry-After).
    static qint64 retryAfterSeconds(qint64 retryAfterMs) { return (retryAfterMs + 999) / 1000; }

private:
    struct Bucket {
        double tokens = 0;
        qint64 updatedAt = 0;
    };
    // The key's bucket, refilled up to now (a new one is full). With m_mutex held.
    Bucket &refilled(const QByteArray &key);
    bool hasToken(const Bucket &bucket, qint64 *retryAfterMs) const;
    void forgetFullBuckets(qint64 now);

    const Clock &m_clock;
    int m_burst;
    qint64 m_refillMs;
    QMutex m_mutex;
    QHash<QByteArray, Bucket> m_buckets;
};

} // namespace lintas::server
