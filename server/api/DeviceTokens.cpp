#include "api/DeviceTokens.h"

#include "base/Clock.h"
#include "base/RandomSource.h"

#include <QtEndian>

#include <algorithm>

#include <sodium.h>

namespace lintas::server {

namespace {

constexpr int MacBytes = 32;
constexpr int IdBytes = 16;

QByteArray bigEndian(qint64 value)
{
    QByteArray out(8, Qt::Uninitialized);
    qToBigEndian(static_cast<quint64>(value), out.data());
    return out;
}

qint64 readBigEndian(const char *data)
{
    return static_cast<qint64>(qFromBigEndian<quint64>(data));
}

} // namespace

DeviceTokens::DeviceTokens(QByteArray secret, const Clock &clock, RandomSource &random)
    : m_secret(std::move(secret)), m_clock(clock), m_random(random)
{
    Q_ASSERT(m_secret.size() == crypto_auth_hmacsha256_KEYBYTES);
}

QByteArray DeviceTokens::mac(const QByteArray &domain, const QByteArray &message) const
{
    const QByteArray input = domain + message;
    QByteArray out(MacBytes, Qt::Uninitialized);
    crypto_auth_hmacsha256(reinterpret_cast<unsigned char *>(out.data()),
        reinterpret_cast<const unsigned char *>(input.constData()), static_cast<unsigned long long>(input.size()),
        reinterpret_cast<const unsigned char *>(m_secret.constData()));
    return out;
}

QByteArray DeviceTokens::newChallenge(const QByteArray &deviceId)
{
    QByteArray nonce;
    {
        const QMutexLocker lock(&m_mutex);
        nonce = m_random.bytes(16);
    }
    const QByteArray body = bigEndian(m_clock.nowMs()) + nonce;
    return body + mac(QByteArrayLiteral("challenge") + deviceId, body);
}

bool DeviceTokens::takeChallenge(const QByteArray &deviceId, const QByteArray &challenge)
{
    if (challenge.size() != 8 + 16 + MacBytes)
        return false;
    const QByteArray body = challenge.left(24);
    if (sodium_memcmp(
            mac(QByteArrayLiteral("challenge") + deviceId, body).constData(), challenge.constData() + 24, MacBytes)
        != 0)
        return false;
    const qint64 now = m_clock.nowMs();
    const auto fresh = [now](const QByteArray &c) {
        const qint64 made = readBigEndian(c.constData());
        return made <= now + ChallengeLifetimeMs && now - made <= ChallengeLifetimeMs;
    };
    if (!fresh(challenge))
        return false;
    const QMutexLocker lock(&m_mutex);
    forgetStaleChallenges(now);
    if (m_usedChallenges.contains(challenge))
        return false;
    m_usedChallenges.insert(challenge);
    // Kept until it is stale by both clocks: the time it was made (which may be ahead of now if
    // the clock was stepped back) and now.
    m_usedOrder.emplace_back(std::max(now, readBigEndian(challenge.constData())), challenge);
    return true;
}

void DeviceTokens::forgetStaleChallenges(qint64 now)
{
    // An entry keyed t = max(taken, made) is refused as stale anyway once now - t exceeds the
    // lifetime. Entries are kept in the order taken, not by t, so one may wait behind a later
    // key at the front: that only keeps it longer, which is safe.
    while (!m_usedOrder.empty() && now - m_usedOrder.front().first > ChallengeLifetimeMs) {
        m_usedChallenges.remove(m_usedOrder.front().second);
        m_usedOrder.pop_front();
    }
}

QByteArray DeviceTokens::issue(const QByteArray &deviceId, qint64 *expiresAt)
{
    const qint64 expiry = m_clock.nowMs() + TokenLifetimeMs;
    if (expiresAt)
        *expiresAt = expiry;
    const QByteArray body = deviceId + bigEndian(expiry);
    return body + mac(QByteArrayLiteral("token"), body);
}

QByteArray DeviceTokens::verify(const QByteArray &token, qint64 *expiresAt) const
{
    if (token.size() != IdBytes + 8 + MacBytes)
        return {};
    const QByteArray body = token.left(IdBytes + 8);
    if (sodium_memcmp(mac(QByteArrayLiteral("token"), body).constData(), token.constData() + IdBytes + 8, MacBytes)
        != 0)
        return {};
    const qint64 expiry = readBigEndian(token.constData() + IdBytes);
    if (expiry <= m_clock.nowMs())
        return {};
    if (expiresAt)
        *expiresAt = expiry;
    return token.left(IdBytes);
}

} // namespace lintas::server
