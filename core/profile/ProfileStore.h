#pragma once

#include "base/Result.h"
#include "profile/OpenProfile.h"
#include "profile/ProfileInfo.h"

#include <QList>
#include <QString>

#include <memory>

namespace lintas {
class Clock;
class RandomSource;
class SecretBytes;
} // namespace lintas

namespace lintas::store {
class Migrator;
}

namespace lintas::crypto {
struct KdfParams;
}

namespace lintas::profile {

class FileLock;
struct ProfileHeader;

// Argon2id cost for newly wrapped keys. Whatever was used is written into the header, so a
// profile made at either strength opens under both.
enum class KdfStrength { Moderate, FastForTests };

struct CreatedProfile {
    ProfileInfo info;
    // Shown once, at creation, for the recovery sheet; never stored in plaintext anywhere.
    QString recoveryCode;
};

// A directory under the root that is not a usable profile, reported instead of crashing the list.
struct ProfileProblem {
    QString directory;
    Error error;
};

struct ProfileListing {
    QList<ProfileInfo> profiles; // sorted by display name (case-insensitive), then id
    QList<ProfileProblem> problems;
};

// The profiles on this laptop: one directory per person under `root`, each with its own
// SQLCipher database, so one caseworker's passphrase never opens another's cases.
//
//   <root>/<id>/profile.json   plaintext header (ProfileHeader)
//   <root>/<id>/lintas.db      SQLCipher database, raw random 32-byte key
//   <root>/<id>/profile.lock   held while the profile is open (OpenProfile)
//   <root>/<id>/session.open   present while open; left behind by a crash
//
// Every operation derives keys with Argon2id: seconds of CPU and hundreds of MiB at Moderate.
// Call from a worker thread, not the GUI thread.
class ProfileStore {
public:
    ProfileStore(QString root, Clock &clock, RandomSource &random, const store::Migrator &schema,
        KdfStrength strength = KdfStrength::Moderate);

    QString root() const { return m_root; }

    // A missing root is an empty listing. Io only if the root exists but cannot be read.
    Result<ProfileListing> list() const;

    // Validation (field "displayName" / "passphrase"); AlreadyExists (field "displayName") for a
    // name already used on this laptop, compared case-insensitively.
    Result<CreatedProfile> create(const QString &displayName, const SecretBytes &passphrase);

    // WrongPassphrase (and nothing on disk changes); ProfileInUse; plus OpenProfile::open's errors.
    Result<std::unique_ptr<OpenProfile>> unlock(const QString &id, const SecretBytes &passphrase);

    // For a forgotten passphrase: the code from the recovery sheet sets `newPassphrase` and opens.
    // Validation (field "recoveryCode") for a mistyped code, WrongPassphrase for a well-formed
    // code that is not this profile's.
    Result<std::unique_ptr<OpenProfile>> unlockWithRecoveryCode(
        const QString &id, const QString &recoveryCode, const SecretBytes &newPassphrase);

    // Re-wraps the database key; the database itself is not touched (no re-encryption), so this
    // works while the profile is open, here or in another process.
    Status changePassphrase(const QString &id, const SecretBytes &oldPassphrase, const SecretBytes &newPassphrase);

private:
    QString profileDir(const QString &id) const;
    Result<ProfileHeader> loadHeader(const QString &id) const;
    crypto::KdfParams freshKdfParams() const;
    Result<std::unique_ptr<OpenProfile>> openLocked(
        const ProfileHeader &header, std::unique_ptr<FileLock> sessionLock, const SecretBytes &databaseKey);
    template<typename Edit> Status updateHeader(const QString &id, Edit edit);

    QString m_root;
    Clock &m_clock;
    RandomSource &m_random;
    const store::Migrator &m_schema;
    KdfStrength m_strength;
};

} // namespace lintas::profile
