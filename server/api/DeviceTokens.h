#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QMutex>
#include <QSet>

#include <deque>
#include <utility>

namespace lintas {
class Clock;
class RandomSource;
} // namespace lintas

namespace lintas::server {

// Stateless device authentication. A challenge is `time || random || MAC`, a token is
// `device || expiry || MAC`, both under a server secret kept in the store's meta table, so they
// survive a restart and work across several server processes on one PostgreSQL database.
// Nothing here is a password: a token is short-lived and only a device's signature earns one.
// Thread-safe: the server's workers share one instance, so a challenge is used once across all.
class DeviceTokens {
public:
    static constexpr qint64 ChallengeLifetimeMs = 2 * 60 * 1000;
    static constexpr qint64 TokenLifetimeMs = 2 * 60 * 60 * 1000;

    DeviceTokens(QByteArray secret, const Clock &clock, RandomSource &random);

    QByteArray newChallenge(const QByteArray &deviceId);
    // Valid when made here for this device, not older than ChallengeLifetimeMs and not used before
    // (a replayed login is refused while the challenge would still be fresh). Call it only once
    // the device's signature over the challenge has been checked: then only logins that succeed
    // are remembered, at most the per-device rate limit's worth per device and challenge lifetime.
    bool takeChallenge(const QByteArray &deviceId, const QByteArray &challenge);

    QByteArray issue(const QByteArray &deviceId, qint64 *expiresAt);
    // The device the token was issued to, or an empty array when it is forged or expired.
    QByteArray verify(const QByteArray &token, qint64 *expiresAt = nullptr) const;

private:
    QByteArray mac(const QByteArray &domain, const QByteArray &message) const;

    void forgetStaleChallenges(qint64 now);

    const QByteArray m_secret;
    const Clock &m_clock;
    QMutex m_mutex; // guards m_random (a test's seeded source is not thread-safe) and the used challenges
    RandomSource &m_random;

    // Used challenges still fresh, and the same in the order they were taken (when, challenge):
    // the oldest are forgotten from the front, so a take costs the same however many are kept.
    QSet<QByteArray> m_usedChallenges;
    std::deque<std::pair<qint64, QByteArray>> m_usedOrder;
};

} // namespace lintas::server
