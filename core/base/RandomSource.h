#pragma once

#include <QByteArray>
#include <QString>

#include <array>
#include <cstddef>
#include <cstdint>

namespace lintas {

// Core never calls a random number generator directly: randomness comes from a RandomSource
// so tests and the demo generator can be replayed from a seed.
class RandomSource {
public:
    virtual ~RandomSource() = default;
    virtual void fill(void *buffer, std::size_t size) = 0;

    QByteArray bytes(int count);
    // Uniform in [0, bound) without modulo bias; bound > 0.
    std::uint32_t uniform(std::uint32_t bound);
    // 128-bit random identifier as 32 lowercase hex characters.
    QString newId();
};

// Cryptographically secure (libsodium randombytes). The only source production code uses.
class SecureRandom final : public RandomSource {
public:
    void fill(void *buffer, std::size_t size) override;
    static SecureRandom &instance();
};

// Deterministic stream from a 64-bit seed (ChaCha20 keystream). For tests, demo data and
// benchmarks only — never for keys.
class SeededRandom final : public RandomSource {
public:
    explicit SeededRandom(std::uint64_t seed);
    void fill(void *buffer, std::size_t size) override;

private:
    std::array<unsigned char, 32> m_key {};
    std::uint64_t m_counter = 0;
};

} // namespace lintas
