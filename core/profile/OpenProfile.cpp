#include "profile/OpenProfile.h"

#include "base/Clock.h"
#include "crypto/SecretBytes.h"
#include "profile/DamagedDatabase.h"
#include "profile/FileLock.h"
#include "store/Database.h"
#include "store/Migrator.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

namespace lintas::profile {

namespace {

Q_LOGGING_CATEGORY(lcProfile, "lintas.profile")

using IntegrityCheck = OpenProfile::IntegrityCheck;

// The marker names the check the next unlock owes if this session does not end cleanly.
const QByteArray kQuick("quick\n");
const QByteArray kThorough("thorough\n");

IntegrityCheck owedCheck(const QString &marker)
{
    QFile f(marker);
    if (!f.exists())
        return IntegrityCheck::None;
    if (f.open(QIODevice::ReadOnly) && f.read(64).startsWith(kThorough.trimmed()))
        return IntegrityCheck::Thorough;
    return IntegrityCheck::Quick;
}

Status writeMarker(const QString &marker, IntegrityCheck check)
{
    // QSaveFile fsyncs: a marker lost in the very power cut it exists for would be useless.
    QSaveFile f(marker);
    const QByteArray content = check == IntegrityCheck::Thorough ? kThorough : kQuick;
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size() || !f.commit())
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(marker, f.errorString()));
    return {};
}

// One unlock attempt's bookkeeping of the marker and of what happens to a damaged file.
class OpenAttempt {
public:
    OpenAttempt(const ProfilePaths &paths, const Clock &clock, IntegrityCheck owed)
        : m_paths(paths), m_clock(clock), m_owed(owed)
    { }

    void checkPassed() { m_owed = IntegrityCheck::None; }

    // Nothing was damaged, but the open failed: leave no trace, except a check still owed.
    Error giveUp(Error error) const
    {
        if (m_owed == IntegrityCheck::None)
            QFile::remove(m_paths.sessionMarker());
        return error;
    }

    // The database must already be closed.
    Error setAside(const QString &why) const
    {
        qCWarning(lcProfile) << "database of profile" << m_paths.directory() << "is damaged:" << why;
        auto moved = DamagedDatabase::setAside(m_paths.database(), m_clock.nowMs());
        if (!moved.ok()) {
            // Still damaged and still in place: make sure the next attempt checks it again.
            (void)writeMarker(m_paths.sessionMarker(), IntegrityCheck::Thorough);
            return makeError(ErrorCode::Io,
                QStringLiteral("database is damaged (%1) and could not be set aside: %2")
                    .arg(why, moved.error().detail));
        }
        // A fresh start in this profile owes no check for a file that is no longer here.
        QFile::remove(m_paths.sessionMarker());
        return makeError(ErrorCode::DatabaseCorrupt, *moved);
    }

private:
    const ProfilePaths &m_paths;
    const Clock &m_clock;
    IntegrityCheck m_owed;
};

} // namespace

OpenProfile::OpenProfile(ProfilePaths paths, ProfileInfo info, std::unique_ptr<store::Database> database,
    std::unique_ptr<FileLock> lock, IntegrityCheck checkAtOpen, const SecretBytes &databaseKey)
    : m_paths(std::move(paths)),
      m_info(std::move(info)),
      m_database(std::move(database)),
      m_lock(std::move(lock)),
      m_key(std::make_shared<const SecretBytes>(SecretBytes::fromBytes(databaseKey.data(), databaseKey.size()))),
      m_checkAtOpen(checkAtOpen)
{
    // Any query that meets a damaged page owes the file a thorough check at the next unlock.
    m_database->setCorruptionHandler([this] { markSuspect(); });
}

OpenProfile::~OpenProfile()
{
    // Close first (checkpointing the WAL), then declare the session clean, then let go of the
    // lock: another opener must never see the lock free while the marker still describes us.
    m_database.reset();
    if (!m_suspect)
        QFile::remove(m_paths.sessionMarker());
    m_lock.reset();
}

Result<std::unique_ptr<OpenProfile>> OpenProfile::open(const ProfilePaths &paths, ProfileInfo info,
    std::unique_ptr<FileLock> sessionLock, const SecretBytes &databaseKey, const store::Migrator &schema,
    const Clock &clock)
{
    const QString dbPath = paths.database();
    const QFileInfo dbFile(dbPath);
    if (!dbFile.exists())
        return makeError(ErrorCode::DatabaseMissing, dbPath);

    const IntegrityCheck owed = owedCheck(paths.sessionMarker());
    if (owed != IntegrityCheck::None)
        qCInfo(lcProfile) << "previous session of" << paths.directory() << "did not end cleanly; checking database";
    LINTAS_TRY(writeMarker(paths.sessionMarker(), owed == IntegrityCheck::Thorough ? owed : IntegrityCheck::Quick));
    OpenAttempt attempt(paths, clock, owed);

    // SQLite happily treats an empty file as an empty database, and we would then "migrate" a
    // brand-new one in its place: a truncated file must be set aside instead. (create() always
    // closes, i.e. checkpoints, before publishing a profile, so a real database is never empty.)
    if (dbFile.size() == 0)
        return attempt.setAside(QStringLiteral("file is empty"));

    auto opened = store::Database::open(dbPath, &databaseKey, {.create = false});
    if (!opened.ok()) {
        if (opened.code() == ErrorCode::DatabaseCorrupt)
            return attempt.setAside(opened.error().detail);
        return attempt.giveUp(opened.error());
    }
    std::unique_ptr<store::Database> db = std::move(opened).value();

    if (owed != IntegrityCheck::None) {
        Status check = db->checkIntegrity(owed == IntegrityCheck::Thorough);
        if (!check.ok()) {
            db.reset();
            if (check.code() == ErrorCode::DatabaseCorrupt)
                return attempt.setAside(check.error().detail);
            return attempt.giveUp(check.error());
        }
        attempt.checkPassed();
        // Passed: from now on only an unclean end of *this* session owes a check. Failing to
        // rewrite just means one more thorough check next time.
        if (owed == IntegrityCheck::Thorough && !writeMarker(paths.sessionMarker(), IntegrityCheck::Quick).ok())
            qCWarning(lcProfile) << "cannot rewrite session marker in" << paths.directory();
    }

    // create() migrates before it publishes a profile, so schema 0 here means the file lost its
    // contents somehow. Migrating would paper over that with a blank database: keep it aside.
    if (db->userVersion() == 0 && info.schemaVersionHint > 0) {
        db.reset();
        return attempt.setAside(QStringLiteral("schema 0 but the header says %1").arg(info.schemaVersionHint));
    }

    auto reached = schema.migrate(*db);
    if (!reached.ok()) {
        db.reset();
        if (reached.code() == ErrorCode::DatabaseCorrupt)
            return attempt.setAside(reached.error().detail);
        return attempt.giveUp(reached.error());
    }
    info.schemaVersionHint = *reached;
    return std::unique_ptr<OpenProfile>(
        new OpenProfile(paths, std::move(info), std::move(db), std::move(sessionLock), owed, databaseKey));
}

Result<std::unique_ptr<store::Database>> OpenProfile::openConnection() const
{
    return store::Database::open(m_paths.database(), m_key.get(), {.create = false});
}

Status OpenProfile::verifyIntegrity()
{
    Status result = m_database->checkIntegrity(true);
    if (!result.ok() && result.code() == ErrorCode::DatabaseCorrupt)
        markSuspect();
    return result;
}

void OpenProfile::markSuspect()
{
    if (m_suspect)
        return;
    m_suspect = true;
    if (!writeMarker(m_paths.sessionMarker(), IntegrityCheck::Thorough).ok())
        qCCritical(lcProfile) << "cannot record that" << m_paths.directory() << "needs an integrity check";
}

} // namespace lintas::profile
