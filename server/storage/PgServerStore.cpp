#include "storage/PgServerStore.h"

#include "protocol/LogChain.h"
#include "storage/PgServerSchema.h"
#include "storage/ServerSchema.h"
#include "storage/StoreChecks.h"

namespace lintas::server {

using pg::Params;

PgServerStore::PgServerStore(std::unique_ptr<pg::Connection> conn) : m_db(std::move(conn)) { }

PgServerStore::~PgServerStore() = default;

Result<std::unique_ptr<PgServerStore>> PgServerStore::open(const QString &url)
{
    LINTAS_TRY_ASSIGN(auto conn, pg::Connection::open(url));
    return std::unique_ptr<PgServerStore>(new PgServerStore(std::move(conn)));
}

Status PgServerStore::migrate()
{
    return atomically([&]() -> Status {
        LINTAS_TRY(m_db->exec(QStringLiteral("SELECT pg_advisory_xact_lock($1)"), Params().int64(PgMigrationLockKey)));
        LINTAS_TRY(
            m_db->execScript(QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key text PRIMARY KEY, value bytea)")));
        LINTAS_TRY_ASSIGN(const QByteArray stored, meta(schema::versionKey()));
        const int current = schema::parseVersion(stored);
        const QStringList steps = pgServerSchemaSteps();
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

Status PgServerStore::inTransaction(const std::function<Status()> &work)
{
    return atomically(work);
}

Result<QByteArray> PgServerStore::meta(const QString &key)
{
    LINTAS_TRY_ASSIGN(
        const auto rows, m_db->exec(QStringLiteral("SELECT value FROM meta WHERE key = $1"), Params().text(key)));
    return rows.count() > 0 ? rows.bytes(0, 0) : QByteArray();
}

Status PgServerStore::setMeta(const QString &key, const QByteArray &value)
{
    return atomically([&]() -> Status {
        LINTAS_TRY(m_db->exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ($1, $2) "
                                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
            Params().text(key).bytes(value)));
        return {};
    });
}

Result<QByteArray> PgServerStore::metaOrInit(const QString &key, const QByteArray &value)
{
    // DO NOTHING waits for a concurrent insert of the same key to commit, and the SELECT after it
    // (a new snapshot under READ COMMITTED) then sees the winner's value.
    return atomically([&]() -> Result<QByteArray> {
        LINTAS_TRY(
            m_db->exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING"),
                Params().text(key).bytes(value)));
        return meta(key);
    });
}

Status PgServerStore::requireSpace(const QByteArray &spaceId, bool lock)
{
    LINTAS_TRY(checks::requireId(spaceId, "space id"));
    LINTAS_TRY_ASSIGN(const auto rows,
        m_db->exec(lock ? QStringLiteral("SELECT 1 FROM spaces WHERE space_id = $1 FOR UPDATE")
                        : QStringLiteral("SELECT 1 FROM spaces WHERE space_id = $1"),
            Params().bytes(spaceId)));
    if (rows.count() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("no space %1").arg(QString::fromLatin1(spaceId.toHex())));
    return {};
}

Status PgServerStore::createSpace(const QByteArray &spaceId, const QString &name, qint64 nowMs)
{
    LINTAS_TRY(checks::requireId(spaceId, "space id"));
    return atomically([&]() -> Status {
        LINTAS_TRY_ASSIGN(const auto rows,
            m_db->exec(QStringLiteral("INSERT INTO spaces (space_id, name, created_at, head_seq, head_chain) "
                                      "VALUES ($1, $2, $3, 0, $4) ON CONFLICT (space_id) DO NOTHING"),
                Params()
                    .bytes(spaceId)
                    .text(name.isNull() ? QStringLiteral("") : name)
                    .int64(nowMs)
                    .bytes(protocol::LogChain::genesis())));
        if (rows.affected() == 0)
            return makeError(
                ErrorCode::AlreadyExists, QStringLiteral("space %1 exists").arg(QString::fromLatin1(spaceId.toHex())));
        return {};
    });
}

Result<QVector<SpaceRecord>> PgServerStore::spaces()
{
    LINTAS_TRY_ASSIGN(const auto rows,
        m_db->exec(QStringLiteral(
            "SELECT space_id, name, created_at, head_seq, head_chain FROM spaces ORDER BY created_at, space_id")));
    QVector<SpaceRecord> out;
    for (int r = 0; r < rows.count(); ++r)
        out.append({rows.bytes(r, 0), rows.text(r, 1), rows.int64(r, 2), {rows.int64(r, 3), rows.bytes(r, 4)}});
    return out;
}

Result<LogHead> PgServerStore::head(const QByteArray &spaceId)
{
    LINTAS_TRY(checks::requireId(spaceId, "space id"));
    LINTAS_TRY_ASSIGN(const auto rows,
        m_db->exec(
            QStringLiteral("SELECT head_seq, head_chain FROM spaces WHERE space_id = $1"), Params().bytes(spaceId)));
    if (rows.count() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("no space %1").arg(QString::fromLatin1(spaceId.toHex())));
    return LogHead {rows.int64(0, 0), rows.bytes(0, 1)};
}

} // namespace lintas::server
