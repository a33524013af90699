#include "storage/SqliteServerStore.h"

#include "protocol/LogChain.h"
#include "storage/ServerSchema.h"
#include "storage/SqliteServerSchema.h"
#include "storage/StoreChecks.h"

#include <QDir>
#include <QFileDevice>
#include <QFileInfo>

namespace lintas::server {

using store::Database;

SqliteServerStore::SqliteServerStore(std::unique_ptr<Database> db, std::shared_ptr<SqliteWriterLock> writer)
    : m_db(std::move(db)), m_writer(std::move(writer))
{ }

SqliteServerStore::~SqliteServerStore() = default;

Result<std::unique_ptr<SqliteServerStore>> SqliteServerStore::open(const QString &dataDir)
{
    if (dataDir.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no data directory given"));
    const QFileInfo info(dataDir);
    if (info.exists() && !info.isDir())
        return makeError(ErrorCode::Io, QStringLiteral("data directory %1 is not a directory").arg(dataDir));
    if (!info.exists()) {
        // Owner-only: the file holds device keys and the token secret next to the (encrypted) log.
        const QString absolute = info.absoluteFilePath();
        QDir parent = QFileInfo(absolute).dir();
        const bool made = parent.mkpath(QStringLiteral("."))
            && parent.mkdir(QFileInfo(absolute).fileName(),
                QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        // Another process starting at the same moment may have made it first.
        if (!made && !QFileInfo(absolute).isDir())
            return makeError(ErrorCode::Io, QStringLiteral("cannot create data directory %1").arg(dataDir));
    }
    const QString file = QDir(dataDir).filePath(QLatin1String(FileName));
    LINTAS_TRY_ASSIGN(auto db, Database::open(file, nullptr));
    return std::unique_ptr<SqliteServerStore>(new SqliteServerStore(std::move(db), sqliteWriterLock(file)));
}

Status SqliteServerStore::migrate()
{
    return atomically([&]() -> Status {
        LINTAS_TRY(m_db->execScript(
            QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY NOT NULL, value BLOB);")));
        LINTAS_TRY_ASSIGN(const QByteArray stored, meta(schema::versionKey()));
        const int current = schema::parseVersion(stored);
        const QStringList steps = sqliteServerSchemaSteps();
        if (current < 0)
            return makeError(ErrorCode::Sql, QStringLiteral("meta schema_version is not a number"));
        if (current > steps.size())
            return makeError(ErrorCode::SchemaTooNew,
                QStringLiteral("server database schema %1 is newer than this lintas-server (%2)")
                    .arg(current)
                    .arg(steps.size()));
        if (current == steps.size())
            return {};
        for (int v = current + 1; v <= steps.size(); ++v) {
            const Status st = m_db->execScript(steps.at(v - 1));
            if (!st.ok())
                return makeError(st.code(), QStringLiteral("schema step %1: %2").arg(v).arg(st.error().detail));
        }
        return setMeta(schema::versionKey(), schema::versionValue(static_cast<int>(steps.size())));
    });
}

Status SqliteServerStore::inTransaction(const std::function<Status()> &work)
{
    return atomically(work);
}

Result<QByteArray> SqliteServerStore::meta(const QString &key)
{
    LINTAS_TRY_ASSIGN(auto stmt, m_db->prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?;")));
    stmt.bind(1, key);
    LINTAS_TRY_ASSIGN(const bool found, stmt.step());
    return found ? stmt.blob(0) : QByteArray();
}

Status SqliteServerStore::setMeta(const QString &key, const QByteArray &value)
{
    return atomically([&]() -> Status {
        LINTAS_TRY_ASSIGN(
            auto stmt, m_db->prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?);")));
        stmt.bind(1, key).bind(2, value);
        return stmt.exec();
    });
}

Result<QByteArray> SqliteServerStore::metaOrInit(const QString &key, const QByteArray &value)
{
    return atomically([&]() -> Result<QByteArray> {
        LINTAS_TRY_ASSIGN(const QByteArray stored, meta(key));
        if (!stored.isNull())
            return stored;
        LINTAS_TRY(setMeta(key, value));
        return value;
    });
}

Result<bool> SqliteServerStore::spaceExists(const QByteArray &spaceId)
{
    LINTAS_TRY_ASSIGN(auto stmt, m_db->prepare(QStringLiteral("SELECT 1 FROM spaces WHERE space_id = ?;")));
    stmt.bind(1, spaceId);
    return stmt.step();
}

Status SqliteServerStore::requireSpace(const QByteArray &spaceId)
{
    LINTAS_TRY(checks::requireId(spaceId, "space id"));
    LINTAS_TRY_ASSIGN(const bool exists, spaceExists(spaceId));
    if (!exists)
        return makeError(ErrorCode::NotFound, QStringLiteral("no space %1").arg(QString::fromLatin1(spaceId.toHex())));
    return {};
}

Status SqliteServerStore::createSpace(const QByteArray &spaceId, const QString &name, qint64 nowMs)
{
    LINTAS_TRY(checks::requireId(spaceId, "space id"));
    return atomically([&]() -> Status {
        LINTAS_TRY_ASSIGN(auto stmt,
            m_db->prepare(QStringLiteral("INSERT OR IGNORE INTO spaces (space_id, name, created_at, head_seq, "
                                         "head_chain) VALUES (?, ?, ?, 0, ?);")));
        stmt.bind(1, spaceId).bind(2, name.isNull() ? QStringLiteral("") : name).bind(3, nowMs);
        stmt.bind(4, protocol::LogChain::genesis());
        LINTAS_TRY(stmt.exec());
        if (m_db->changes() == 0)
            return makeError(
                ErrorCode::AlreadyExists, QStringLiteral("space %1 exists").arg(QString::fromLatin1(spaceId.toHex())));
        return {};
    });
}

Result<QVector<SpaceRecord>> SqliteServerStore::spaces()
{
    LINTAS_TRY_ASSIGN(auto stmt,
        m_db->prepare(QStringLiteral("SELECT space_id, name, created_at, head_seq, head_chain FROM spaces "
                                     "ORDER BY created_at, space_id;")));
    QVector<SpaceRecord> out;
    LINTAS_TRY(stmt.forEachRow([&] {
        out.append({stmt.blob(0), stmt.text(1), stmt.int64(2), {stmt.int64(3), stmt.blob(4)}});
    }));
    return out;
}

Result<LogHead> SqliteServerStore::head(const QByteArray &spaceId)
{
    LINTAS_TRY(checks::requireId(spaceId, "space id"));
    LINTAS_TRY_ASSIGN(
        auto stmt, m_db->prepare(QStringLiteral("SELECT head_seq, head_chain FROM spaces WHERE space_id = ?;")));
    stmt.bind(1, spaceId);
    LINTAS_TRY_ASSIGN(const bool found, stmt.step());
    if (!found)
        return makeError(ErrorCode::NotFound, QStringLiteral("no space %1").arg(QString::fromLatin1(spaceId.toHex())));
    return LogHead {stmt.int64(0), stmt.blob(1)};
}

} // namespace lintas::server
