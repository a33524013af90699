#pragma once

#include "base/Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace lintas {
class RandomSource;
}

namespace lintas::crypto {

// XChaCha20-Poly1305 (IETF) with associated data. Sealed format: nonce (24) || ciphertext+tag.
// The 192-bit nonce is random, so one key can seal any number of messages without a counter.
class Aead {
public:
    static constexpr std::size_t KeyBytes = 32;
    static constexpr std::size_t NonceBytes = 24;
    static constexpr std::size_t TagBytes = 16;
    static constexpr std::size_t Overhead = NonceBytes + TagBytes;

    static Result<QByteArray> encrypt(
        const SecretBytes &key, const QByteArray &plaintext, const QByteArray &associatedData, RandomSource &random);
    // For key material: the plaintext never leaves locked memory before encryption.
    static Result<QByteArray> encrypt(
        const SecretBytes &key, const SecretBytes &plaintext, const QByteArray &associatedData, RandomSource &random);

    // Any tampering (nonce, ciphertext, tag, associated data, truncation) or a wrong key gives
    // ErrorCode::Crypto with detail authenticationFailed(); callers test with
    // isAuthenticationFailure(). A key of the wrong size is InvalidArgument.
    static Result<QByteArray> decrypt(
        const SecretBytes &key, const QByteArray &sealed, const QByteArray &associatedData);
    // Decrypts straight into locked memory (unwrapped keys).
    static Result<SecretBytes> decryptSecret(
        const SecretBytes &key, const QByteArray &sealed, const QByteArray &associatedData);

    static QString authenticationFailed();
    static bool isAuthenticationFailure(const Error &error);
};

} // namespace lintas::crypto
