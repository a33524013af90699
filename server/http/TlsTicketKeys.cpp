#include "http/TlsTicketKeys.h"

#include "crypto/Sodium.h"

#include <QMutexLocker>

#include <sodium.h>

#include <chrono>
#include <cstring>

namespace lintas::server {

namespace {

constexpr qint64 kDay = 24 * 60 * 60;

} // namespace

TlsTicketKeys::TlsTicketKeys(qint64 rotationSeconds) : m_rotationSeconds(qMax<qint64>(1, rotationSeconds)) { }

bool TlsTicketKeys::withSealingKey(qint64 now, const Use &use)
{
    QMutexLocker lock(&m_mutex);
    rotateIfDue(now);
    return use(m_current);
}

bool TlsTicketKeys::withOpeningKey(const unsigned char *name, qint64 now, const Use &use, bool *isCurrent)
{
    QMutexLocker lock(&m_mutex);
    rotateIfDue(now);
    for (const Key *key : {&m_current, &m_previous}) {
        if (key->bytes.isEmpty() || sodium_memcmp(key->name(), name, kNameSize) != 0)
            continue;
        // A key retired long ago (the server was idle for days, so no rotation dropped it) opens
        // nothing: it was current for one period and may open tickets for one more.
        if (now - key->createdAt >= 2 * m_rotationSeconds)
            return false;
        if (isCurrent)
            *isCurrent = key == &m_current;
        return use(*key);
    }
    return false;
}

void TlsTicketKeys::rotateIfDue(qint64 now)
{
    if (m_current.bytes.isEmpty()) {
        m_current = makeKey(now);
        return;
    }
    if (now - m_current.createdAt < m_rotationSeconds)
        return;
    m_previous = std::move(m_current);
    m_current = makeKey(now);
}

TlsTicketKeys::Key TlsTicketKeys::makeKey(qint64 now)
{
    crypto::ensureSodium();
    Key key;
    key.bytes = SecretBytes(kNameSize + kCipherKeySize + kMacKeySize);
    randombytes_buf(key.bytes.data(), key.bytes.size());
    key.createdAt = now;
    return key;
}

TlsTicketKeys &TlsTicketKeys::process()
{
    static TlsTicketKeys keys(kDay);
    return keys;
}

qint64 TlsTicketKeys::nowSeconds()
{
    using namespace std::chrono;
    return duration_cast<seconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace lintas::server
