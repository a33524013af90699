#include "sync/SyncSpaces.h"

#include "protocol/LogChain.h"
#include "store/Database.h"

#include <sodium.h>

namespace lintas::sync {

Result<QVector<SpaceInfo>> SyncSpaces::select(const QString &where, const QString &bind)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral("SELECT space_id, server_url, name, role, epoch, generation, cursor_seq, "
                                    "cursor_chain, joined_at, last_sync_at, space_id = (SELECT space_id FROM "
                                    "sync_spaces ORDER BY rowid LIMIT 1) FROM sync_spaces ")
            + where));
    if (!bind.isNull())
        st.bind(1, bind);
    QVector<SpaceInfo> out;
    LINTAS_TRY(st.forEachRow([&] {
        SpaceInfo s;
        s.spaceId = st.text(0);
        s.serverUrl = st.text(1);
        s.name = st.text(2);
        s.role = st.text(3);
        s.epoch = static_cast<quint32>(st.int64(4));
        s.cursor.generation = st.blob(5);
        s.cursor.seq = st.int64(6);
        s.cursor.chain = st.isNull(7) ? protocol::LogChain::genesis() : st.blob(7);
        s.joinedAt = st.int64(8);
        s.lastSyncAt = st.isNull(9) ? 0 : st.int64(9);
        s.home = st.int64(10) != 0;
        out.push_back(s);
    }));
    return out;
}

Result<std::optional<SpaceInfo>> SyncSpaces::current()
{
    LINTAS_TRY_ASSIGN(const auto all, select(QStringLiteral("ORDER BY rowid LIMIT 1"), QString()));
    if (all.isEmpty())
        return std::optional<SpaceInfo>();
    return std::optional<SpaceInfo>(all.first());
}

Result<QVector<SpaceInfo>> SyncSpaces::all()
{
    return select(QStringLiteral("ORDER BY rowid"), QString());
}

Result<SpaceInfo> SyncSpaces::space(const QString &spaceId)
{
    LINTAS_TRY_ASSIGN(const auto found, select(QStringLiteral("WHERE space_id = ?"), spaceId));
    if (found.isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("space %1").arg(spaceId));
    return found.first();
}

Status SyncSpaces::add(const SpaceInfo &s)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_spaces (space_id, server_url, name, role, epoch, "
                                    "joined_at) VALUES (?, ?, ?, ?, ?, ?)")));
    st.bind(1, s.spaceId).bind(2, s.serverUrl).bind(3, s.name).bind(4, s.role).bind(5, qint64(s.epoch));
    st.bind(6, s.joinedAt);
    LINTAS_TRY(st.exec());
    if (m_db.changes() == 0)
        return makeError(ErrorCode::AlreadyExists, QStringLiteral("space %1").arg(s.spaceId));
    return {};
}

Status SyncSpaces::setCursor(const QString &spaceId, const protocol::Cursor &cursor)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral(
            "UPDATE sync_spaces SET generation = ?, cursor_seq = ?, cursor_chain = ? WHERE space_id = ?")));
    st.bind(1, cursor.generation).bind(2, cursor.seq).bind(3, cursor.chain).bind(4, spaceId);
    return st.exec();
}

Status SyncSpaces::setLastSync(const QString &spaceId, qint64 atMs)
{
    LINTAS_TRY_ASSIGN(
        auto st, m_db.prepare(QStringLiteral("UPDATE sync_spaces SET last_sync_at = ? WHERE space_id = ?")));
    st.bind(1, atMs).bind(2, spaceId);
    return st.exec();
}

Status SyncSpaces::setEpoch(const QString &spaceId, quint32 epoch)
{
    LINTAS_TRY_ASSIGN(auto st, m_db.prepare(QStringLiteral("UPDATE sync_spaces SET epoch = ? WHERE space_id = ?")));
    st.bind(1, qint64(epoch)).bind(2, spaceId);
    return st.exec();
}

Status SyncSpaces::putKey(const QString &spaceId, quint32 epoch, const SecretBytes &key)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO space_keys (space_id, epoch, key) VALUES (?, ?, ?)")));
    QByteArray raw = key.exposeCopy();
    st.bind(1, spaceId).bind(2, qint64(epoch)).bind(3, raw);
    const Status s = st.exec();
    sodium_memzero(raw.data(), static_cast<size_t>(raw.size()));
    return s;
}

Result<SecretBytes> SyncSpaces::key(const QString &spaceId, quint32 epoch)
{
    LINTAS_TRY_ASSIGN(
        auto st, m_db.prepare(QStringLiteral("SELECT key FROM space_keys WHERE space_id = ? AND epoch = ?")));
    st.bind(1, spaceId).bind(2, qint64(epoch));
    LINTAS_TRY_ASSIGN(const bool found, st.step());
    if (!found)
        return makeError(ErrorCode::NotFound, QStringLiteral("no key for epoch %1").arg(epoch));
    QByteArray raw = st.blob(0);
    SecretBytes key = SecretBytes::fromBytes(raw.constData(), static_cast<std::size_t>(raw.size()));
    sodium_memzero(raw.data(), static_cast<size_t>(raw.size()));
    return key;
}

Status SyncSpaces::removeKey(const QString &spaceId, quint32 epoch)
{
    LINTAS_TRY_ASSIGN(auto st, m_db.prepare(QStringLiteral("DELETE FROM space_keys WHERE space_id = ? AND epoch = ?")));
    st.bind(1, spaceId).bind(2, qint64(epoch));
    return st.exec();
}

Result<quint32> SyncSpaces::newestKey(const QString &spaceId)
{
    return epochQuery(QStringLiteral("SELECT coalesce(max(epoch), 0) FROM space_keys WHERE space_id = ?"), spaceId);
}

Result<quint32> SyncSpaces::epochQuery(const QString &sql, const QString &spaceId)
{
    LINTAS_TRY_ASSIGN(auto st, m_db.prepare(sql));
    st.bind(1, spaceId);
    LINTAS_TRY(st.step());
    return static_cast<quint32>(st.int64(0));
}

Status SyncSpaces::putEpochCommit(const QString &spaceId, quint32 epoch, const QByteArray &commit)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(
            QStringLiteral("INSERT OR REPLACE INTO space_epochs (space_id, epoch, key_commit) VALUES (?, ?, ?)")));
    st.bind(1, spaceId).bind(2, qint64(epoch)).bind(3, commit);
    return st.exec();
}

Result<QByteArray> SyncSpaces::epochCommit(const QString &spaceId, quint32 epoch)
{
    LINTAS_TRY_ASSIGN(
        auto st, m_db.prepare(QStringLiteral("SELECT key_commit FROM space_epochs WHERE space_id = ? AND epoch = ?")));
    st.bind(1, spaceId).bind(2, qint64(epoch));
    LINTAS_TRY_ASSIGN(const bool found, st.step());
    return found ? st.blob(0) : QByteArray();
}

Result<quint32> SyncSpaces::newestEpoch(const QString &spaceId)
{
    return epochQuery(QStringLiteral("SELECT coalesce(max(epoch), 1) FROM space_epochs WHERE space_id = ?"), spaceId);
}

Status SyncSpaces::putMember(const QString &spaceId, const SpaceMember &m)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO space_devices (space_id, device_id, sign_key, box_key, "
                                    "label, role, removed, last_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")));
    st.bind(1, spaceId).bind(2, m.deviceId).bind(3, m.signKey).bind(4, m.boxKey).bind(5, m.label).bind(6, m.role);
    st.bind(7, m.removed).bind(8, m.lastSeq);
    return st.exec();
}

Result<QVector<SpaceMember>> SyncSpaces::members(const QString &spaceId)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral("SELECT device_id, sign_key, box_key, label, role, removed, last_seq "
                                    "FROM space_devices WHERE space_id = ? ORDER BY device_id")));
    st.bind(1, spaceId);
    QVector<SpaceMember> out;
    LINTAS_TRY(st.forEachRow([&] {
        out.push_back({st.text(0), st.blob(1), st.blob(2), st.text(3), st.text(4), st.int64(5) != 0, st.int64(6)});
    }));
    return out;
}

Result<std::optional<SpaceMember>> SyncSpaces::member(const QString &spaceId, const QString &deviceId)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral("SELECT device_id, sign_key, box_key, label, role, removed, last_seq "
                                    "FROM space_devices WHERE space_id = ? AND device_id = ?")));
    st.bind(1, spaceId).bind(2, deviceId);
    LINTAS_TRY_ASSIGN(const bool found, st.step());
    if (!found)
        return std::optional<SpaceMember>();
    return std::optional<SpaceMember>(
        SpaceMember {st.text(0), st.blob(1), st.blob(2), st.text(3), st.text(4), st.int64(5) != 0, st.int64(6)});
}

} // namespace lintas::sync
