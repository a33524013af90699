// SqliteServerStore: who may use a space — devices, membership, invites, wrapped epoch keys.
#include "storage/SqliteServerStore.h"

#include "storage/StoreChecks.h"

namespace lintas::server {

namespace {

QString hex(const QByteArray &id)
{
    return QString::fromLatin1(id.toHex());
}

} // namespace

Status SqliteServerStore::addDevice(const DeviceRecord &device)
{
    LINTAS_TRY(checks::requireId(device.deviceId, "device id"));
    return atomically([&]() -> Status {
        LINTAS_TRY_ASSIGN(auto stmt,
            m_db->prepare(QStringLiteral("INSERT OR IGNORE INTO devices (device_id, sign_key, box_key, label, "
                                         "created_at, revoked_at, flags) VALUES (?, ?, ?, ?, ?, ?, ?);")));
        stmt.bind(1, device.deviceId).bind(2, checks::notNull(device.signKey)).bind(3, checks::notNull(device.boxKey));
        stmt.bind(4, device.label.isNull() ? QStringLiteral("") : device.label).bind(5, device.createdAt);
        stmt.bind(6, device.revokedAt).bind(7, qint64(device.flags));
        LINTAS_TRY(stmt.exec());
        if (m_db->changes() == 0)
            return makeError(ErrorCode::AlreadyExists, QStringLiteral("device %1 exists").arg(hex(device.deviceId)));
        return {};
    });
}

Result<DeviceRecord> SqliteServerStore::device(const QByteArray &deviceId)
{
    LINTAS_TRY_ASSIGN(auto stmt,
        m_db->prepare(QStringLiteral("SELECT sign_key, box_key, label, created_at, revoked_at, flags FROM devices "
                                     "WHERE device_id = ?;")));
    stmt.bind(1, deviceId);
    LINTAS_TRY_ASSIGN(const bool found, stmt.step());
    if (!found)
        return makeError(ErrorCode::NotFound, QStringLiteral("no device %1").arg(hex(deviceId)));
    return DeviceRecord {deviceId, stmt.blob(0), stmt.blob(1), stmt.text(2), stmt.int64(3), stmt.int64(4),
        static_cast<quint32>(stmt.int64(5))};
}

Status SqliteServerStore::addDeviceFlags(const QByteArray &deviceId, quint32 flags)
{
    return atomically([&]() -> Status {
        LINTAS_TRY_ASSIGN(
            auto stmt, m_db->prepare(QStringLiteral("UPDATE devices SET flags = flags | ? WHERE device_id = ?;")));
        stmt.bind(1, qint64(flags)).bind(2, deviceId);
        LINTAS_TRY(stmt.exec());
        if (m_db->changes() == 0)
            return makeError(ErrorCode::NotFound, QStringLiteral("no device %1").arg(hex(deviceId)));
        return {};
    });
}

Status SqliteServerStore::revokeDevice(const QByteArray &deviceId, qint64 nowMs)
{
    return atomically([&]() -> Status {
        LINTAS_TRY(device(deviceId)); // NotFound
        // A second revocation keeps the first time: that is when the device lost access.
        LINTAS_TRY_ASSIGN(auto stmt,
            m_db->prepare(QStringLiteral("UPDATE devices SET revoked_at = ? WHERE device_id = ? AND revoked_at = 0;")));
        stmt.bind(1, nowMs).bind(2, deviceId);
        return stmt.exec();
    });
}

Result<QVector<MembershipEntry>> SqliteServerStore::membership(const QByteArray &spaceId, qint64 afterIndex)
{
    LINTAS_TRY(requireSpace(spaceId));
    LINTAS_TRY_ASSIGN(auto stmt,
        m_db->prepare(QStringLiteral("SELECT idx, entry, hash FROM membership WHERE space_id = ? AND idx > ? "
                                     "ORDER BY idx;")));
    stmt.bind(1, spaceId).bind(2, afterIndex);
    QVector<MembershipEntry> out;
    LINTAS_TRY(stmt.forEachRow([&] { out.append({stmt.int64(0), stmt.blob(1), stmt.blob(2)}); }));
    return out;
}

Status SqliteServerStore::appendMembership(
    const QByteArray &spaceId, const MembershipEntry &entry, const QVector<MemberChange> &changes)
{
    for (const MemberChange &change : changes) {
        LINTAS_TRY(checks::requireId(change.deviceId, "member device id"));
        LINTAS_TRY(checks::requireRole(change.role, true));
    }
    return atomically([&]() -> Status {
        LINTAS_TRY(requireSpace(spaceId));
        LINTAS_TRY_ASSIGN(auto last,
            m_db->prepare(QStringLiteral("SELECT coalesce(max(idx), 0) FROM membership WHERE space_id = ?;")));
        last.bind(1, spaceId);
        LINTAS_TRY(last.step());
        const qint64 lastIndex = last.int64(0);
        if (entry.index <= lastIndex)
            return makeError(ErrorCode::AlreadyExists,
                QStringLiteral("membership entry %1 exists (last is %2)").arg(entry.index).arg(lastIndex));
        if (entry.index != lastIndex + 1)
            return makeError(ErrorCode::InvalidArgument,
                QStringLiteral("membership entry %1 leaves a gap after %2").arg(entry.index).arg(lastIndex));
        LINTAS_TRY_ASSIGN(auto insert,
            m_db->prepare(QStringLiteral("INSERT INTO membership (space_id, idx, entry, hash) VALUES (?, ?, ?, ?);")));
        insert.bind(1, spaceId).bind(2, entry.index).bind(3, checks::notNull(entry.entry));
        insert.bind(4, checks::notNull(entry.hash));
        LINTAS_TRY(insert.exec());
        for (const MemberChange &change : changes) {
            LINTAS_TRY_ASSIGN(auto stmt,
                m_db->prepare(change.role.isEmpty()
                        ? QStringLiteral("DELETE FROM members WHERE space_id = ? AND device_id = ?;")
                        : QStringLiteral(
                            "INSERT OR REPLACE INTO members (space_id, device_id, role) VALUES (?, ?, ?);")));
            stmt.bind(1, spaceId).bind(2, change.deviceId);
            if (!change.role.isEmpty())
                stmt.bind(3, change.role);
            LINTAS_TRY(stmt.exec());
        }
        return {};
    });
}

Result<QString> SqliteServerStore::memberRole(const QByteArray &spaceId, const QByteArray &deviceId)
{
    LINTAS_TRY_ASSIGN(
        auto stmt, m_db->prepare(QStringLiteral("SELECT role FROM members WHERE space_id = ? AND device_id = ?;")));
    stmt.bind(1, spaceId).bind(2, deviceId);
    LINTAS_TRY_ASSIGN(const bool found, stmt.step());
    return found ? stmt.text(0) : QString();
}

Result<QVector<QByteArray>> SqliteServerStore::spacesOf(const QByteArray &deviceId)
{
    LINTAS_TRY_ASSIGN(auto stmt,
        m_db->prepare(QStringLiteral("SELECT space_id FROM members WHERE device_id = ? ORDER BY space_id;")));
    stmt.bind(1, deviceId);
    QVector<QByteArray> out;
    LINTAS_TRY(stmt.forEachRow([&] { out.append(stmt.blob(0)); }));
    return out;
}

Status SqliteServerStore::addInvite(const InviteRecord &invite)
{
    LINTAS_TRY(checks::requireId(invite.inviteId, "invite id"));
    LINTAS_TRY(checks::requireRole(invite.role, false));
    return atomically([&]() -> Status {
        LINTAS_TRY(requireSpace(invite.spaceId));
        LINTAS_TRY_ASSIGN(auto stmt,
            m_db->prepare(QStringLiteral(
                "INSERT OR IGNORE INTO invites (invite_id, space_id, verify_key, role, created_by, created_at, "
                "expires_at, used_at, used_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?);")));
        stmt.bind(1, invite.inviteId).bind(2, invite.spaceId).bind(3, checks::notNull(invite.verifyKey));
        stmt.bind(4, invite.role).bind(5, invite.createdBy.isEmpty() ? QByteArray() : invite.createdBy);
        stmt.bind(6, invite.createdAt).bind(7, invite.expiresAt).bind(8, invite.usedAt);
        stmt.bind(9, invite.usedBy.isEmpty() ? QByteArray() : invite.usedBy);
        LINTAS_TRY(stmt.exec());
        if (m_db->changes() == 0)
            return makeError(ErrorCode::AlreadyExists, QStringLiteral("invite %1 exists").arg(hex(invite.inviteId)));
        return {};
    });
}

Result<InviteRecord> SqliteServerStore::invite(const QByteArray &inviteId)
{
    LINTAS_TRY_ASSIGN(auto stmt,
        m_db->prepare(QStringLiteral("SELECT space_id, verify_key, role, created_by, created_at, expires_at, used_at, "
                                     "used_by FROM invites WHERE invite_id = ?;")));
    stmt.bind(1, inviteId);
    LINTAS_TRY_ASSIGN(const bool found, stmt.step());
    if (!found)
        return makeError(ErrorCode::NotFound, QStringLiteral("no invite %1").arg(hex(inviteId)));
    return InviteRecord {inviteId, stmt.blob(0), stmt.blob(1), stmt.text(2), stmt.blob(3), stmt.int64(4), stmt.int64(5),
        stmt.int64(6), stmt.blob(7)};
}

Status SqliteServerStore::useInvite(const QByteArray &inviteId, const QByteArray &deviceId, qint64 nowMs)
{
    LINTAS_TRY(checks::requireId(deviceId, "device id"));
    return atomically([&]() -> Status {
        LINTAS_TRY_ASSIGN(auto stmt,
            m_db->prepare(QStringLiteral("UPDATE invites SET used_at = ?, used_by = ? WHERE invite_id = ? AND used_at "
                                         "= 0 AND used_by IS NULL;")));
        stmt.bind(1, nowMs).bind(2, deviceId).bind(3, inviteId);
        LINTAS_TRY(stmt.exec());
        if (m_db->changes() == 1)
            return {};
        LINTAS_TRY(invite(inviteId)); // NotFound when there is no such invite at all
        return makeError(ErrorCode::AlreadyExists, QStringLiteral("invite %1 was used before").arg(hex(inviteId)));
    });
}

Status SqliteServerStore::putKeyWrap(const KeyWrap &wrap)
{
    LINTAS_TRY(checks::requireId(wrap.deviceId, "device id"));
    return atomically([&]() -> Status {
        LINTAS_TRY(requireSpace(wrap.spaceId));
        LINTAS_TRY_ASSIGN(auto stmt,
            m_db->prepare(QStringLiteral("INSERT OR REPLACE INTO key_wraps (space_id, epoch, device_id, sealed, "
                                         "created_at) VALUES (?, ?, ?, ?, ?);")));
        stmt.bind(1, wrap.spaceId).bind(2, qint64(wrap.epoch)).bind(3, wrap.deviceId);
        stmt.bind(4, checks::notNull(wrap.sealed)).bind(5, wrap.createdAt);
        return stmt.exec();
    });
}

Result<QVector<KeyWrap>> SqliteServerStore::keyWraps(const QByteArray &spaceId, const QByteArray &deviceId)
{
    LINTAS_TRY_ASSIGN(auto stmt,
        m_db->prepare(QStringLiteral("SELECT epoch, sealed, created_at FROM key_wraps WHERE space_id = ? AND "
                                     "device_id = ? ORDER BY epoch;")));
    stmt.bind(1, spaceId).bind(2, deviceId);
    QVector<KeyWrap> out;
    LINTAS_TRY(stmt.forEachRow([&] {
        out.append({spaceId, static_cast<quint32>(stmt.int64(0)), deviceId, stmt.blob(1), stmt.int64(2)});
    }));
    return out;
}

} // namespace lintas::server
