#include "profile/ProfileStore.h"

#include "base/Clock.h"
#include "base/RandomSource.h"
#include "crypto/KdfParams.h"
#include "crypto/RecoveryCode.h"
#include "crypto/SecretBytes.h"
#include "profile/FileLock.h"
#include "profile/ProfileHeader.h"
#include "profile/ProfilePaths.h"
#include "profile/ProfilePolicy.h"
#include "store/Database.h"
#include "store/Migrator.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>

namespace lintas::profile {

namespace {

Q_LOGGING_CATEGORY(lcStore, "lintas.profile.store")

// Header edits and profile creation hold their locks for milliseconds; waiting a few seconds
// for another process's edit beats failing.
constexpr int kShortLockWaitMs = 5000;
constexpr std::size_t kDatabaseKeyBytes = 32;

const QString kStagingPrefix = QStringLiteral(".staging-");

// Removes a half-built profile directory unless told the build finished. It only ever holds a
// database created moments ago with no user data in it, so deleting is safe here (unlike
// anywhere else in this layer).
class StagingDir {
public:
    explicit StagingDir(QString path) : m_path(std::move(path)) { }
    ~StagingDir()
    {
        if (!m_kept)
            QDir(m_path).removeRecursively();
    }
    StagingDir(const StagingDir &) = delete;
    StagingDir &operator=(const StagingDir &) = delete;
    void keep() { m_kept = true; }

private:
    QString m_path;
    bool m_kept = false;
};

} // namespace

ProfileStore::ProfileStore(
    QString root, Clock &clock, RandomSource &random, const store::Migrator &schema, KdfStrength strength)
    : m_root(std::move(root)), m_clock(clock), m_random(random), m_schema(schema), m_strength(strength)
{ }

QString ProfileStore::profileDir(const QString &id) const
{
    return QDir(m_root).filePath(id);
}

crypto::KdfParams ProfileStore::freshKdfParams() const
{
    return m_strength == KdfStrength::Moderate ? crypto::KdfParams::moderate(m_random)
                                               : crypto::KdfParams::fastForTests(m_random);
}

Result<ProfileHeader> ProfileStore::loadHeader(const QString &id) const
{
    if (!ProfileHeader::isValidId(id))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("'%1' is not a profile id").arg(id.left(64)));
    const ProfilePaths paths(profileDir(id));
    if (!QFileInfo(paths.directory()).isDir())
        return makeError(ErrorCode::NotFound, QStringLiteral("no profile %1").arg(id));
    auto header = ProfileHeader::load(paths.header());
    if (header.ok() && header->id != id)
        return makeError(ErrorCode::Io,
            QStringLiteral("malformed profile header: %1 claims to be profile %2").arg(paths.header(), header->id));
    return header;
}

template<typename Edit> Status ProfileStore::updateHeader(const QString &id, Edit edit)
{
    const ProfilePaths paths(profileDir(id));
    auto lock = FileLock::acquire(paths.headerLock(), kShortLockWaitMs, ErrorCode::Busy);
    if (!lock.ok())
        return lock.error();
    auto header = loadHeader(id);
    if (!header.ok())
        return header.error();
    LINTAS_TRY(edit(*header));
    return header->save(paths.header());
}

Result<ProfileListing> ProfileStore::list() const
{
    ProfileListing listing;
    const QDir root(m_root);
    if (!root.exists())
        return listing;
    if (!QFileInfo(m_root).isReadable())
        return makeError(ErrorCode::Io, QStringLiteral("cannot read profile directory %1").arg(m_root));

    const QFileInfoList entries = root.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (entry.fileName().startsWith(QLatin1Char('.')))
            continue; // staging directories of a create() in progress (or one that crashed)
        const ProfilePaths paths(entry.filePath());
        auto header = ProfileHeader::load(paths.header());
        if (!header.ok()) {
            listing.problems.append({entry.filePath(), header.error()});
            continue;
        }
        if (header->id != entry.fileName()) {
            listing.problems.append({entry.filePath(),
                makeError(ErrorCode::Io,
                    QStringLiteral("malformed profile header: "
                                   "id %1 does not match its directory")
                        .arg(header->id))});
            continue;
        }
        listing.profiles.append(header->info());
    }
    std::sort(listing.profiles.begin(), listing.profiles.end(), [](const ProfileInfo &a, const ProfileInfo &b) {
        const int byName = QString::compare(a.displayName, b.displayName, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    for (const ProfileProblem &problem : std::as_const(listing.problems))
        qCWarning(lcStore) << "skipping" << problem.directory << ":" << problem.error.detail;
    return listing;
}

Result<CreatedProfile> ProfileStore::create(const QString &displayName, const SecretBytes &passphrase)
{
    auto name = ProfilePolicy::checkDisplayName(displayName);
    if (!name.ok())
        return name.error();
    LINTAS_TRY(ProfilePolicy::checkPassphrase(passphrase));

    QDir root(m_root);
    if (!root.mkpath(QStringLiteral(".")))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create profile directory %1").arg(m_root));
    // Serialises creators, so two processes cannot both find a name free and both take it.
    auto createLock
        = FileLock::acquire(root.filePath(QStringLiteral(".create.lock")), kShortLockWaitMs, ErrorCode::Busy);
    if (!createLock.ok())
        return createLock.error();

    // Leftovers of a create() that crashed: never published, never held user data.
    for (const QFileInfo &stale :
        root.entryInfoList({kStagingPrefix + QLatin1Char('*')}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot))
        QDir(stale.filePath()).removeRecursively();

    auto existing = list();
    if (!existing.ok())
        return existing.error();
    for (const ProfileInfo &other : std::as_const(existing->profiles)) {
        if (ProfilePolicy::sameDisplayName(other.displayName, *name))
            return makeError(ErrorCode::AlreadyExists,
                QStringLiteral("a profile named '%1' exists").arg(other.displayName), QStringLiteral("displayName"));
    }

    QString id;
    do {
        id = m_random.newId();
    } while (QFileInfo::exists(profileDir(id)));

    SecretBytes databaseKey(kDatabaseKeyBytes);
    m_random.fill(databaseKey.data(), databaseKey.size());
    const QString recoveryCode = crypto::RecoveryCode::generate(m_random);

    ProfileHeader header;
    header.id = id;
    header.displayName = *name;
    header.createdAtMs = m_clock.nowMs();
    auto passSlot = KeySlot::seal(databaseKey, passphrase, freshKdfParams(), id, SlotPurpose::Passphrase, m_random);
    if (!passSlot.ok())
        return passSlot.error();
    auto recoverySlot = KeySlot::seal(databaseKey, crypto::RecoveryCode::kdfInput(recoveryCode), freshKdfParams(), id,
        SlotPurpose::Recovery, m_random);
    if (!recoverySlot.ok())
        return recoverySlot.error();
    header.passphrase = std::move(passSlot).value();
    header.recovery = std::move(recoverySlot).value();

    // Built aside and renamed into place, so list() never sees a profile without a header or a
    // header whose database was never created.
    const QString stagingPath = root.filePath(kStagingPrefix + id);
    if (!root.mkpath(stagingPath))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create %1").arg(stagingPath));
    StagingDir staging(stagingPath);
    const ProfilePaths stagingPaths(stagingPath);
    {
        auto db = store::Database::open(stagingPaths.database(), &databaseKey);
        if (!db.ok())
            return db.error();
        auto reached = m_schema.migrate(**db);
        if (!reached.ok())
            return reached.error();
        header.schemaVersionHint = *reached;
    } // closed here: checkpointed into the main file, -wal/-shm gone
    LINTAS_TRY(header.save(stagingPaths.header()));
    if (!root.rename(stagingPath, profileDir(id)))
        return makeError(ErrorCode::Io, QStringLiteral("cannot move %1 into place").arg(stagingPath));
    staging.keep();

    return CreatedProfile {header.info(), recoveryCode};
}

Result<std::unique_ptr<OpenProfile>> ProfileStore::openLocked(
    const ProfileHeader &header, std::unique_ptr<FileLock> sessionLock, const SecretBytes &databaseKey)
{
    const ProfilePaths paths(profileDir(header.id));
    auto opened = OpenProfile::open(paths, header.info(), std::move(sessionLock), databaseKey, m_schema, m_clock);
    if (opened.ok()) {
        const int reached = (*opened)->info().schemaVersionHint;
        if (reached != header.schemaVersionHint) {
            Status saved = updateHeader(header.id, [reached](ProfileHeader &h) {
                h.schemaVersionHint = reached;
                return Status();
            });
            if (!saved.ok()) // only a hint: the database stays the authority
                qCWarning(lcStore) << "cannot update schema hint of" << header.id << ":" << saved.error().detail;
        }
    }
    return opened;
}

Result<std::unique_ptr<OpenProfile>> ProfileStore::unlock(const QString &id, const SecretBytes &passphrase)
{
    auto header = loadHeader(id);
    if (!header.ok())
        return header.error();
    // Key first, lock second: a wrong passphrase then leaves no trace at all on disk.
    auto key = header->passphrase.open(passphrase, id, SlotPurpose::Passphrase);
    if (!key.ok())
        return key.error();
    auto lock = FileLock::acquire(ProfilePaths(profileDir(id)).sessionLock(), 0, ErrorCode::ProfileInUse);
    if (!lock.ok())
        return lock.error();
    return openLocked(*header, std::move(lock).value(), *key);
}

Result<std::unique_ptr<OpenProfile>> ProfileStore::unlockWithRecoveryCode(
    const QString &id, const QString &recoveryCode, const SecretBytes &newPassphrase)
{
    auto code = crypto::RecoveryCode::normalise(recoveryCode);
    if (!code.ok())
        return code.error();
    LINTAS_TRY(ProfilePolicy::checkPassphrase(newPassphrase));
    auto header = loadHeader(id);
    if (!header.ok())
        return header.error();
    auto key = header->recovery.open(crypto::RecoveryCode::kdfInput(*code), id, SlotPurpose::Recovery);
    if (!key.ok())
        return key.error();
    // Take the profile before touching its header, so "in use" leaves the old passphrase valid.
    auto lock = FileLock::acquire(ProfilePaths(profileDir(id)).sessionLock(), 0, ErrorCode::ProfileInUse);
    if (!lock.ok())
        return lock.error();
    auto slot = KeySlot::seal(*key, newPassphrase, freshKdfParams(), id, SlotPurpose::Passphrase, m_random);
    if (!slot.ok())
        return slot.error();
    LINTAS_TRY(updateHeader(id, [&slot](ProfileHeader &h) {
        h.passphrase = *slot;
        return Status();
    }));
    header->passphrase = *slot;
    return openLocked(*header, std::move(lock).value(), *key);
}

Status ProfileStore::changePassphrase(
    const QString &id, const SecretBytes &oldPassphrase, const SecretBytes &newPassphrase)
{
    LINTAS_TRY(ProfilePolicy::checkPassphrase(newPassphrase));
    auto header = loadHeader(id);
    if (!header.ok())
        return header.error();
    auto key = header->passphrase.open(oldPassphrase, id, SlotPurpose::Passphrase);
    if (!key.ok())
        return key.error();
    auto slot = KeySlot::seal(*key, newPassphrase, freshKdfParams(), id, SlotPurpose::Passphrase, m_random);
    if (!slot.ok())
        return slot.error();
    const QByteArray verifiedSlot = header->passphrase.wrappedKey;
    return updateHeader(id, [&](ProfileHeader &h) {
        // Someone changed the passphrase while Argon2id ran: `oldPassphrase` was checked against
        // a slot that no longer exists, so it proves nothing now.
        if (h.passphrase.wrappedKey != verifiedSlot)
            return Status(makeError(ErrorCode::Busy, QStringLiteral("passphrase was changed concurrently; try again")));
        h.passphrase = *slot;
        return Status();
    });
}

} // namespace lintas::profile
