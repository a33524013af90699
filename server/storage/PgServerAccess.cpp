// PgServerStore: who may use a space — devices, membership, invites, wrapped epoch keys.
#include "storage/PgServerStore.h"

#include "storage/StoreChecks.h"

namespace lintas::server {

using pg::Params;

namespace {

QString hex(const QByteArray &id)
{
    return QString::fromLatin1(id.toHex());
}

} // namespace

Status PgServerStore::addDevice(const DeviceRecord &device)
{
    LINTAS_TRY(checks::requireId(device.deviceId, "device id"));
    return atomically([&]() -> Status {
        LINTAS_TRY_ASSIGN(const auto rows,
            m_db->exec(QStringLiteral("INSERT INTO devices (device_id, sign_key, box_key, label, created_at, "
                                      "revoked_at, flags) VALUES ($1, $2, $3, $4, $5, $6, $7) "
                                      "ON CONFLICT (device_id) DO NOTHING"),
                Params()
                    .bytes(device.deviceId)
                    .bytes(checks::notNull(device.signKey))
                    .bytes(checks::notNull(device.boxKey))
                    .text(device.label.isNull() ? QStringLiteral("") : device.label)
                    .int64(device.createdAt)
                    .int64(device.revokedAt)
                    .int64(device.flags)));
        if (rows.affected() == 0)
            return makeError(ErrorCode::AlreadyExists, QStringLiteral("device %1 exists").arg(hex(device.deviceId)));
        return {};
    });
}

Result<DeviceRecord> PgServerStore::device(const QByteArray &deviceId)
{
    LINTAS_TRY_ASSIGN(const auto rows,
        m_db->exec(QStringLiteral("SELECT sign_key, box_key, label, created_at, revoked_at, flags FROM devices "
                                  "WHERE device_id = $1"),
            Params().bytes(deviceId)));
    if (rows.count() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("no device %1").arg(hex(deviceId)));
    return DeviceRecord {deviceId, rows.bytes(0, 0), rows.bytes(0, 1), rows.text(0, 2), rows.int64(0, 3),
        rows.int64(0, 4), static_cast<quint32>(rows.int64(0, 5))};
}

Status PgServerStore::addDeviceFlags(const QByteArray &deviceId, quint32 flags)
{
    return atomically([&]() -> Status {
        LINTAS_TRY_ASSIGN(const auto rows,
            m_db->exec(QStringLiteral("UPDATE devices SET flags = flags | $1 WHERE device_id = $2"),
                Params().int64(flags).bytes(deviceId)));
        if (rows.affected() == 0)
            return makeError(ErrorCode::NotFound, QStringLiteral("no device %1").arg(hex(deviceId)));
        return {};
    });
}

Status PgServerStore::revokeDevice(const QByteArray &deviceId, qint64 nowMs)
{
    return atomically([&]() -> Status {
        LINTAS_TRY(device(deviceId)); // NotFound
        // A second revocation keeps the first time: that is when the device lost access.
        LINTAS_TRY(
            m_db->exec(QStringLiteral("UPDATE devices SET revoked_at = $1 WHERE device_id = $2 AND revoked_at = 0"),
                Params().int64(nowMs).bytes(deviceId)));
        return {};
    });
}

Result<QVector<MembershipEntry>> PgServerStore::membership(const QByteArray &spaceId, qint64 afterIndex)
{
    LINTAS_TRY(requireSpace(spaceId));
    LINTAS_TRY_ASSIGN(const auto rows,
        m_db->exec(QStringLiteral("SELECT idx, entry, hash FROM membership WHERE space_id = $1 AND idx > $2 "
                                  "ORDER BY idx"),
            Params().bytes(spaceId).int64(afterIndex)));
    QVector<MembershipEntry> out;
    for (int r = 0; r < rows.count(); ++r)
        out.append({rows.int64(r, 0), rows.bytes(r, 1), rows.bytes(r, 2)});
    return out;
}

Status PgServerStore::appendMembership(
    const QByteArray &spaceId, const MembershipEntry &entry, const QVector<MemberChange> &changes)
{
    for (const MemberChange &change : changes) {
        LINTAS_TRY(checks::requireId(change.deviceId, "member device id"));
        LINTAS_TRY(checks::requireRole(change.role, true));
    }
    return atomically([&]() -> Status {
        // The space row lock orders two admins appending at once: the second sees the first's entry.
        LINTAS_TRY(requireSpace(spaceId, true));
        LINTAS_TRY_ASSIGN(const auto last,
            m_db->exec(QStringLiteral("SELECT coalesce(max(idx), 0) FROM membership WHERE space_id = $1"),
                Params().bytes(spaceId)));
        const qint64 lastIndex = last.int64(0, 0);
        if (entry.index <= lastIndex)
            return makeError(ErrorCode::AlreadyExists,
                QStringLiteral("membership entry %1 exists (last is %2)").arg(entry.index).arg(lastIndex));
        if (entry.index != lastIndex + 1)
            return makeError(ErrorCode::InvalidArgument,
                QStringLiteral("membership entry %1 leaves a gap after %2").arg(entry.index).arg(lastIndex));
        LINTAS_TRY(
            m_db->exec(QStringLiteral("INSERT INTO membership (space_id, idx, entry, hash) VALUES ($1, $2, $3, $4)"),
                Params()
                    .bytes(spaceId)
                    .int64(entry.index)
                    .bytes(checks::notNull(entry.entry))
                    .bytes(checks::notNull(entry.hash))));
        for (const MemberChange &change : changes) {
            if (change.role.isEmpty()) {
                LINTAS_TRY(m_db->exec(QStringLiteral("DELETE FROM members WHERE space_id = $1 AND device_id = $2"),
                    Params().bytes(spaceId).bytes(change.deviceId)));
            } else {
                LINTAS_TRY(
                    m_db->exec(QStringLiteral("INSERT INTO members (space_id, device_id, role) VALUES ($1, $2, $3) "
                                              "ON CONFLICT (space_id, device_id) DO UPDATE SET role = excluded.role"),
                        Params().bytes(spaceId).bytes(change.deviceId).text(change.role)));
            }
        }
        return {};
    });
}

Result<QString> PgServerStore::memberRole(const QByteArray &spaceId, const QByteArray &deviceId)
{
    LINTAS_TRY_ASSIGN(const auto rows,
        m_db->exec(QStringLiteral("SELECT role FROM members WHERE space_id = $1 AND device_id = $2"),
            Params().bytes(spaceId).bytes(deviceId)));
    return rows.count() > 0 ? rows.text(0, 0) : QString();
}

Result<QVector<QByteArray>> PgServerStore::spacesOf(const QByteArray &deviceId)
{
    LINTAS_TRY_ASSIGN(const auto rows,
        m_db->exec(QStringLiteral("SELECT space_id FROM members WHERE device_id = $1 ORDER BY space_id"),
            Params().bytes(deviceId)));
    QVector<QByteArray> out;
    for (int r = 0; r < rows.count(); ++r)
        out.append(rows.bytes(r, 0));
    return out;
}

Status PgServerStore::addInvite(const InviteRecord &invite)
{
    LINTAS_TRY(checks::requireId(invite.inviteId, "invite id"));
    LINTAS_TRY(checks::requireRole(invite.role, false));
    return atomically([&]() -> Status {
        LINTAS_TRY(requireSpace(invite.spaceId));
        LINTAS_TRY_ASSIGN(const auto rows,
            m_db->exec(QStringLiteral("INSERT INTO invites (invite_id, space_id, verify_key, role, created_by, "
                                      "created_at, expires_at, used_at, used_by) VALUES ($1, $2, $3, $4, $5, $6, $7, "
                                      "$8, $9) ON CONFLICT (invite_id) DO NOTHING"),
                Params()
                    .bytes(invite.inviteId)
                    .bytes(invite.spaceId)
                    .bytes(checks::notNull(invite.verifyKey))
                    .text(invite.role)
                    .bytes(invite.createdBy.isEmpty() ? QByteArray() : invite.createdBy)
                    .int64(invite.createdAt)
                    .int64(invite.expiresAt)
                    .int64(invite.usedAt)
                    .bytes(invite.usedBy.isEmpty() ? QByteArray() : invite.usedBy)));
        if (rows.affected() == 0)
            return makeError(ErrorCode::AlreadyExists, QStringLiteral("invite %1 exists").arg(hex(invite.inviteId)));
        return {};
    });
}

Result<InviteRecord> PgServerStore::invite(const QByteArray &inviteId)
{
    LINTAS_TRY_ASSIGN(const auto rows,
        m_db->exec(QStringLiteral("SELECT space_id, verify_key, role, created_by, created_at, expires_at, used_at, "
                                  "used_by FROM invites WHERE invite_id = $1"),
            Params().bytes(inviteId)));
    if (rows.count() == 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("no invite %1").arg(hex(inviteId)));
    return InviteRecord {inviteId, rows.bytes(0, 0), rows.bytes(0, 1), rows.text(0, 2), rows.bytes(0, 3),
        rows.int64(0, 4), rows.int64(0, 5), rows.int64(0, 6), rows.bytes(0, 7)};
}

Status PgServerStore::useInvite(const QByteArray &inviteId, const QByteArray &deviceId, qint64 nowMs)
{
    LINTAS_TRY(checks::requireId(deviceId, "device id"));
    return atomically([&]() -> Status {
        // The conditional UPDATE is the atomic test-and-set: of two concurrent uses, the second
        // waits for the first's row lock, re-checks used_at and touches nothing.
        LINTAS_TRY_ASSIGN(const auto rows,
            m_db->exec(QStringLiteral("UPDATE invites SET used_at = $1, used_by = $2 WHERE invite_id = $3 "
                                      "AND used_at = 0 AND used_by IS NULL"),
                Params().int64(nowMs).bytes(deviceId).bytes(inviteId)));
        if (rows.affected() == 1)
            return {};
        LINTAS_TRY(invite(inviteId)); // NotFound when there is no such invite at all
        return makeError(ErrorCode::AlreadyExists, QStringLiteral("invite %1 was used before").arg(hex(inviteId)));
    });
}

Status PgServerStore::putKeyWrap(const KeyWrap &wrap)
{
    LINTAS_TRY(checks::requireId(wrap.deviceId, "device id"));
    return atomically([&]() -> Status {
        LINTAS_TRY(requireSpace(wrap.spaceId));
        LINTAS_TRY(
            m_db->exec(QStringLiteral("INSERT INTO key_wraps (space_id, epoch, device_id, sealed, created_at) "
                                      "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (space_id, device_id, epoch) "
                                      "DO UPDATE SET sealed = excluded.sealed, created_at = excluded.created_at"),
                Params()
                    .bytes(wrap.spaceId)
                    .int64(wrap.epoch)
                    .bytes(wrap.deviceId)
                    .bytes(checks::notNull(wrap.sealed))
                    .int64(wrap.createdAt)));
        return {};
    });
}

Result<QVector<KeyWrap>> PgServerStore::keyWraps(const QByteArray &spaceId, const QByteArray &deviceId)
{
    LINTAS_TRY_ASSIGN(const auto rows,
        m_db->exec(QStringLiteral("SELECT epoch, sealed, created_at FROM key_wraps WHERE space_id = $1 AND "
                                  "device_id = $2 ORDER BY epoch"),
            Params().bytes(spaceId).bytes(deviceId)));
    QVector<KeyWrap> out;
    for (int r = 0; r < rows.count(); ++r)
        out.append({spaceId, static_cast<quint32>(rows.int64(r, 0)), deviceId, rows.bytes(r, 1), rows.int64(r, 2)});
    return out;
}

} // namespace lintas::server
