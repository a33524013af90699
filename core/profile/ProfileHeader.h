#pragma once

#include "base/Result.h"
#include "profile/KeySlot.h"
#include "profile/ProfileInfo.h"
#include "store/Database.h"

#include <QByteArray>
#include <QString>

namespace lintas::profile {

// profile.json: the plaintext part of a profile. It holds nothing secret — display name,
// creation time, KDF parameters, and the database key wrapped once per slot — so the app can
// list profiles and derive keys before anything is decrypted.
//
// Errors when reading: NotFound (no header), Io (unreadable or malformed — the file is left as
// it is), SchemaTooNew (a newer format, algorithm or cipher configuration than this build knows).
struct ProfileHeader {
    static constexpr int FormatVersion = 1;

    QString id;
    QString displayName;
    qint64 createdAtMs = 0;
    int schemaVersionHint = 0;
    // The SQLCipher settings the database was written with, recorded next to it. SQLCipher 4
    // changed every default (page size 1024 → 4096, kdf_iter 64000 → 256000, HMAC-SHA1 →
    // HMAC-SHA512), so a file only survives the move from Debian 12's SQLCipher 3.4 to a 4.x build
    // if the opener is told exactly what was used instead of trusting library defaults. With
    // these values a 4.x build opens our files with `cipher_compatibility = 3` plus
    // `cipher_page_size = 4096` (kdf_iter is irrelevant for a raw key, but kept for completeness).
    // An unknown combination is refused (SchemaTooNew) rather than guessed.
    store::CipherSettings cipher;
    KeySlot passphrase;
    KeySlot recovery;

    KeySlot &slot(SlotPurpose purpose) { return purpose == SlotPurpose::Passphrase ? passphrase : recovery; }
    const KeySlot &slot(SlotPurpose purpose) const
    {
        return purpose == SlotPurpose::Passphrase ? passphrase : recovery;
    }

    ProfileInfo info() const;
    // Profile ids are RandomSource::newId(): 32 lowercase hex characters. Anything else (say,
    // "../x") is refused before it reaches a path.
    static bool isValidId(const QString &id);

    QByteArray toJson() const;
    static Result<ProfileHeader> fromJson(const QByteArray &json);

    static Result<ProfileHeader> load(const QString &path);
    // Atomic (QSaveFile: write a temporary, fsync, rename): a crash leaves the old header or the
    // new one, never half of each — losing the header would lose the profile.
    Status save(const QString &path) const;
};

} // namespace lintas::profile
