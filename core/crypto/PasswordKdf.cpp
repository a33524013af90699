#include "crypto/PasswordKdf.h"

#include "crypto/Sodium.h"

#include <sodium.h>

namespace lintas::crypto {

Result<SecretBytes> PasswordKdf::derive(const SecretBytes &passphrase, const KdfParams &params)
{
    ensureSodium();
    LINTAS_TRY(params.validate());
    if (passphrase.size() > crypto_pwhash_argon2id_PASSWD_MAX)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("passphrase too long for Argon2id"));

    SecretBytes key(KeyBytes);
    // An empty SecretBytes has no buffer; libsodium still wants a valid pointer.
    static const char emptyPassphrase = 0;
    const char *pw = passphrase.isEmpty() ? &emptyPassphrase : reinterpret_cast<const char *>(passphrase.data());
    const int rc = crypto_pwhash(key.data(), key.size(), pw, passphrase.size(),
        reinterpret_cast<const unsigned char *>(params.salt.constData()), params.opsLimit,
        static_cast<std::size_t>(params.memLimit), crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0) {
        // validate() already ruled out every argument error libsodium checks, so what is left is
        // Argon2 failing to allocate its memory matrix.
        return makeError(ErrorCode::Crypto,
            QStringLiteral("Argon2id out of memory: could not allocate %1 MiB for key derivation")
                .arg(params.memLimit / (1024 * 1024)));
    }
    return key;
}

} // namespace lintas::crypto
