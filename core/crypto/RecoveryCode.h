#pragma once

#include "base/Result.h"
#include "crypto/SecretBytes.h"

#include <QString>

namespace lintas {
class RandomSource;
}

namespace lintas::crypto {

// The code printed on a profile's recovery sheet: 24 random Crockford base32 symbols (120 bits)
// plus one check symbol, shown as five groups of five: "7K3QM-0ZX4R-…".
//
// Crockford's alphabet drops I, L, O and U so that what is read aloud over a phone or copied by
// hand survives; normalise() maps the look-alikes back. The check symbol makes a typo an
// "invalid code" (fix it) rather than a "wrong code" (an Argon2 run later, and a scared user).
class RecoveryCode {
public:
    static constexpr int DataSymbols = 24;
    static constexpr int Length = DataSymbols + 1;
    static constexpr int GroupSize = 5;

    // Formatted for display: groups of five separated by '-'.
    static QString generate(RandomSource &random);

    // Accepts what people type or paste: any case, spaces, missing or extra dashes (including
    // typographic dashes from chat apps), O for 0 and I/L for 1. Returns the display form.
    // ErrorCode::Validation (field "recoveryCode") for a wrong length, a character outside the
    // alphabet, or a failed check symbol.
    static Result<QString> normalise(const QString &typed);

    // What the KDF sees: the 25 symbols without dashes. `code` must be normalised.
    static SecretBytes kdfInput(const QString &code);
};

} // namespace lintas::crypto
