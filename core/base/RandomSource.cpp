#include "base/RandomSource.h"

#include "crypto/Sodium.h"

#include <sodium.h>

#include <cstring>

namespace lintas {

QByteArray RandomSource::bytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    fill(out.data(), static_cast<std::size_t>(count));
    return out;
}

std::uint32_t RandomSource::uniform(std::uint32_t bound)
{
    if (bound <= 1)
        return 0;
    // Rejection sampling: discard the top sliver that would bias the modulo.
    const std::uint32_t limit = static_cast<std::uint32_t>(-bound) % bound;
    for (;;) {
        std::uint32_t r = 0;
        fill(&r, sizeof r);
        if (r >= limit)
            return r % bound;
    }
}

QString RandomSource::newId()
{
    return QString::fromLatin1(bytes(16).toHex());
}

void SecureRandom::fill(void *buffer, std::size_t size)
{
    crypto::ensureSodium();
    randombytes_buf(buffer, size);
}

SecureRandom &SecureRandom::instance()
{
    static SecureRandom random;
    return random;
}

SeededRandom::SeededRandom(std::uint64_t seed)
{
    crypto::ensureSodium();
    static_assert(sizeof seed <= 32);
    std::memcpy(m_key.data(), &seed, sizeof seed);
}

void SeededRandom::fill(void *buffer, std::size_t size)
{
    // A fresh nonce per call keeps the stream position-independent of call sizes being reused.
    unsigned char nonce[crypto_stream_chacha20_NONCEBYTES] = {};
    std::memcpy(nonce, &m_counter, sizeof m_counter);
    ++m_counter;
    std::memset(buffer, 0, size);
    crypto_stream_chacha20_xor(
        static_cast<unsigned char *>(buffer), static_cast<unsigned char *>(buffer), size, nonce, m_key.data());
}

} // namespace lintas
