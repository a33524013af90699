#pragma once

#include "base/Result.h"

#include <QString>

namespace lintas {
class SecretBytes;
}

namespace lintas::profile {

// The rules for what a person may choose, public so that forms can check as the user types.
// Failures are ErrorCode::Validation with `field` set ("displayName", "passphrase").
class ProfilePolicy {
public:
    static constexpr int MinPassphraseChars = 10;
    static constexpr int MaxDisplayNameChars = 80;

    // Returns the name as it will be stored: trimmed, inner whitespace left alone.
    static Result<QString> checkDisplayName(const QString &displayName);
    // Counts characters (Unicode code points), not bytes: "kata sandi" in any script is judged by
    // what the user typed. The passphrase is never copied out of locked memory to do so.
    static Status checkPassphrase(const SecretBytes &passphraseUtf8);
    // Names compare case-insensitively ("Siti" and "SITI" are the same person on one laptop).
    static bool sameDisplayName(const QString &a, const QString &b);
};

} // namespace lintas::profile
