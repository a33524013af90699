#pragma once

#include "base/Result.h"
#include "crypto/KdfParams.h"
#include "crypto/SecretBytes.h"

#include <cstddef>

namespace lintas::crypto {

// Argon2id (libsodium crypto_pwhash, ALG_ARGON2ID13): turns a passphrase or recovery code into
// a 32-byte key-encryption key. Costly by design (seconds, hundreds of MiB at production
// settings): call it off the GUI thread.
class PasswordKdf {
public:
    static constexpr std::size_t KeyBytes = 32;

    // InvalidArgument for parameters libsodium would refuse; Crypto when Argon2id cannot get
    // its working memory (the laptop is short of RAM) — the detail says so.
    static Result<SecretBytes> derive(const SecretBytes &passphrase, const KdfParams &params);
};

} // namespace lintas::crypto
