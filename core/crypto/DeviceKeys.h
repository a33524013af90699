#pragma once

#include "base/Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>

namespace lintas {
class RandomSource;
}

namespace lintas::crypto {

// An Ed25519 signing key pair: a device signs its envelopes and auth challenges, an admin device
// signs membership entries, an invite secret yields one to prove knowledge of the invite.
class SigningKey {
public:
    static constexpr int PublicBytes = 32;
    static constexpr int SeedBytes = 32;
    static constexpr int SignatureBytes = 64;

    static SigningKey generate(RandomSource &random);
    // The same seed gives the same key pair (stored seeds, keys derived from an invite secret).
    static Result<SigningKey> fromSeed(const SecretBytes &seed);

    const QByteArray &publicKey() const { return m_public; }
    const SecretBytes &seed() const { return m_seed; }
    QByteArray sign(const QByteArray &message) const;
    bool isNull() const { return m_public.isEmpty(); }

    static bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);

private:
    QByteArray m_public;
    SecretBytes m_seed;
    SecretBytes m_secret; // libsodium's 64-byte secret key (seed || public)
};

// An X25519 key pair for sealed boxes: space keys are sealed to a device's public key
// (crypto_box_seal), so only that device can open them and the server learns nothing.
class BoxKey {
public:
    static constexpr int PublicBytes = 32;
    static constexpr int SeedBytes = 32;
    static constexpr int SealOverhead = 48; // ephemeral public key + MAC

    static BoxKey generate(RandomSource &random);
    static Result<BoxKey> fromSeed(const SecretBytes &seed);

    const QByteArray &publicKey() const { return m_public; }
    const SecretBytes &seed() const { return m_seed; }
    bool isNull() const { return m_public.isEmpty(); }

    // Anonymous sealed box to `recipientPublic`. The ephemeral key comes from libsodium's own
    // generator (crypto_box_seal takes no randomness from the caller).
    static Result<QByteArray> seal(const QByteArray &recipientPublic, const SecretBytes &plaintext);
    // Wrong recipient or tampering → ErrorCode::Crypto with Aead::authenticationFailed().
    Result<SecretBytes> open(const QByteArray &sealed) const;

private:
    QByteArray m_public;
    SecretBytes m_seed;
    SecretBytes m_secret;
};

// Short, human-comparable fingerprint of a public key: 20 base32 characters in groups of four
// (100 bits of BLAKE2b), read aloud or compared on two screens when an admin approves a device.
QString fingerprint(const QByteArray &publicKey);
// The 16-byte BLAKE2b digest behind fingerprint(), and the display form of such a digest: a
// hand-off packet carries the digest in clear so a wrong recipient can be told whose it was.
QByteArray fingerprintDigest(const QByteArray &publicKey);
QString fingerprintText(const QByteArray &digest);

} // namespace lintas::crypto
