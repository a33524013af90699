#pragma once

#include "base/Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>

namespace lintas {
class RandomSource;
}

namespace lintas::crypto {

// Wraps a key under a key-encryption key (Aead). The associated data says what the key is for
// and whose it is, so a wrapped key copied into another slot or another file fails to unwrap.
class KeyWrap {
public:
    static Result<QByteArray> wrap(
        const SecretBytes &kek, const SecretBytes &key, const QByteArray &associatedData, RandomSource &random);
    // Wrong KEK or any tampering → ErrorCode::Crypto with Aead::authenticationFailed(); callers
    // translate that into their own meaning (wrong passphrase, unknown epoch, …).
    static Result<SecretBytes> unwrap(
        const SecretBytes &kek, const QByteArray &wrapped, const QByteArray &associatedData);
};

} // namespace lintas::crypto
