#pragma once

#include "base/Result.h"
#include "crypto/KdfParams.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QString>

namespace lintas {
class RandomSource;
}

namespace lintas::profile {

enum class SlotPurpose { Passphrase, Recovery };

// One way into a profile: the database key wrapped under a key Argon2id derives from a secret
// (the passphrase, or the recovery code). Several slots wrap the same database key, which is
// why changing the passphrase never re-encrypts the database.
struct KeySlot {
    crypto::KdfParams kdf;
    QByteArray wrappedKey;

    static Result<KeySlot> seal(const SecretBytes &databaseKey, const SecretBytes &secret, crypto::KdfParams kdf,
        const QString &profileId, SlotPurpose purpose, RandomSource &random);
    // WrongPassphrase when the secret does not fit (or the slot was tampered with, moved to
    // another slot or copied from another profile: indistinguishable, by design).
    Result<SecretBytes> open(const SecretBytes &secret, const QString &profileId, SlotPurpose purpose) const;

    // Binds a wrapped key to its profile and slot: a key wrapped for ("abc…", recovery) does not
    // unwrap as ("abc…", passphrase) or for another profile, even under the right KEK.
    static QByteArray associatedData(const QString &profileId, SlotPurpose purpose);
    static QString purposeName(SlotPurpose purpose);
};

} // namespace lintas::profile
