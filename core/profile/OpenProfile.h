#pragma once

#include "base/Result.h"
#include "profile/ProfileInfo.h"
#include "profile/ProfilePaths.h"

#include <memory>

namespace lintas {
class Clock;
class SecretBytes;
} // namespace lintas

namespace lintas::store {
class Database;
class Migrator;
} // namespace lintas::store

namespace lintas::profile {

class FileLock;

// An unlocked profile: its SQLCipher database (migrated to the current schema) and the profile
// lock, both held for this object's lifetime. Only one OpenProfile per profile exists at a time
// on a laptop — a second one, in this process or another, gets ErrorCode::ProfileInUse — because
// two writers would each believe their outbox and HLC were the only ones.
//
// Integrity: a full integrity_check reads every page, which takes seconds on a 500 MB database,
// and opening must stay within ~200 ms after key derivation. Damage almost always comes from a
// session that did not end cleanly (power cut, app killed, OS crash), so we check when, and only
// when, that happened: a "session.open" marker is written before the database is touched and
// removed after it is closed cleanly. Finding it at unlock means the last session died, and a
// quick_check (b-tree structure of every page, skipping the index cross-checks) runs before the
// database is used. SQLCipher's per-page HMAC still catches any damaged page the moment it is
// read, so nothing corrupt is ever silently accepted in between; verifyIntegrity() offers the
// thorough check on demand (e.g. before a backup or from a support screen).
class OpenProfile {
public:
    enum class IntegrityCheck { None, Quick, Thorough };

    // Opens the database of an already unlocked profile. `sessionLock` must be the held
    // profile lock; it is kept on success and released on failure.
    //
    // Failures: DatabaseMissing (header without database); DatabaseCorrupt when the file does not
    // read with the (authenticated, so correct) key or fails the check above — the file, with its
    // -wal/-shm, has then been set aside and `detail` is exactly its new path; SchemaTooNew (the
    // file is left untouched); Io/Busy/Sql as they come, with nothing moved.
    static Result<std::unique_ptr<OpenProfile>> open(const ProfilePaths &paths, ProfileInfo info,
        std::unique_ptr<FileLock> sessionLock, const SecretBytes &databaseKey, const store::Migrator &schema,
        const Clock &clock);
    ~OpenProfile();
    OpenProfile(const OpenProfile &) = delete;
    OpenProfile &operator=(const OpenProfile &) = delete;

    // schemaVersionHint is the version the database has now.
    const ProfileInfo &info() const { return m_info; }
    store::Database &database() { return *m_database; }
    // Another writable connection to the profile's database, for work on another thread (sync,
    // joining an organisation) that must not share this one's transactions. SQLite serialises
    // the writers, so each keeps its transactions short.
    Result<std::unique_ptr<store::Database>> openConnection() const;
    QString directory() const { return m_paths.directory(); }

    // What ran at unlock because the previous session had not ended cleanly (None normally).
    // The UI can say "Lintas was not closed properly last time; your data was checked".
    IntegrityCheck checkAtOpen() const { return m_checkAtOpen; }

    // PRAGMA integrity_check. On DatabaseCorrupt the profile is marked suspect (see below).
    Status verifyIntegrity();
    // Runs by itself when any query of this profile's database reports DatabaseCorrupt. The file
    // cannot be moved while it is open, so the next unlock runs the thorough check and sets the
    // file aside if it fails.
    void markSuspect();

private:
    OpenProfile(ProfilePaths paths, ProfileInfo info, std::unique_ptr<store::Database> database,
        std::unique_ptr<FileLock> lock, IntegrityCheck checkAtOpen, const SecretBytes &databaseKey);

    ProfilePaths m_paths;
    ProfileInfo m_info;
    std::unique_ptr<store::Database> m_database;
    std::unique_ptr<FileLock> m_lock;
    std::shared_ptr<const SecretBytes> m_key; // in locked memory, for openConnection()
    IntegrityCheck m_checkAtOpen = IntegrityCheck::None;
    bool m_suspect = false;
};

} // namespace lintas::profile
