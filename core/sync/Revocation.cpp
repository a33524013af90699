#include "sync/Revocation.h"

#include "base/RandomSource.h"
#include "protocol/Envelope.h"
#include "protocol/Membership.h"
#include "store/Database.h"
#include "sync/ChangeCodec.h"
#include "sync/EpochKeys.h"
#include "sync/MembershipSync.h"
#include "sync/ServerSession.h"
#include "sync/SyncIdentity.h"
#include "sync/SyncSpaces.h"

namespace lintas::sync {

namespace {

constexpr int kSpaceKeyBytes = 32;
// The server's answer when it holds changes of the device later than the removal allows.
constexpr int kDeviceBehind = 412;

Error appendRefused(const ServerSession &session)
{
    if (session.lastStatus() == kDeviceBehind) {
        Error e = Error::make(ErrorCode::Validation,
            QStringLiteral("the server holds later changes of that device than this laptop has received"));
        e.rule = QStringLiteral("sync_first");
        return e;
    }
    return makeError(
        ErrorCode::InvalidArgument, QStringLiteral("membership append refused: HTTP %1").arg(session.lastStatus()));
}

} // namespace

Revocation::Revocation(store::Database &db, SyncTransport &transport, RandomSource &random)
    : m_db(db), m_random(random), m_profile(db, transport, random)
{ }

Result<qint64> Revocation::lastReceived(const QString &deviceId)
{
    LINTAS_TRY_ASSIGN(auto applied,
        m_db.prepare(QStringLiteral("SELECT coalesce(max(device_seq), 0) FROM sync_applied WHERE device_id = ?")));
    applied.bind(1, deviceId);
    LINTAS_TRY(applied.step());
    qint64 last = applied.int64(0);
    // Received but set aside (waiting for a row, a newer version, a decision) counts as received.
    LINTAS_TRY_ASSIGN(auto waiting, m_db.prepare(QStringLiteral("SELECT space_id, envelope FROM sync_quarantine")));
    LINTAS_TRY(waiting.forEachRow([&] {
        const auto e = protocol::Envelope::decode(waiting.blob(1), ChangeCodec::idBytes(waiting.text(0)));
        if (e && ChangeCodec::idText(e->header.deviceId) == deviceId)
            last = std::max(last, e->header.deviceSeq);
    }));
    return last;
}

Result<Removal> Revocation::removeDevice(const QString &spaceId, const QString &deviceId)
{
    LINTAS_TRY_ASSIGN(const SyncIdentity *me, m_profile.identity());
    const SyncIdentity &identity = *me;
    if (deviceId == identity.deviceId())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("an admin laptop cannot remove itself"));
    LINTAS_TRY_ASSIGN(ServerSession * current, m_profile.session());
    ServerSession &session = *current;
    const QByteArray space = ChangeCodec::idBytes(spaceId);
    const QByteArray target = ChangeCodec::idBytes(deviceId);
    Removal out;
    out.deviceId = deviceId;
    LINTAS_TRY_ASSIGN(out.lastSeq, lastReceived(deviceId));
    for (int attempt = 0;; ++attempt) {
        LINTAS_TRY_ASSIGN(const auto set, MembershipSync::refreshMembers(m_db, session, spaceId));
        if (!set.isAdmin(identity.deviceIdBytes()))
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("this device is not an admin of the space"));
        if (!set.members.contains(target))
            return makeError(ErrorCode::NotFound, QStringLiteral("no such device in the space"));
        out.label = set.members.value(target).label;
        if (!set.isActive(target))
            break; // removed already (a removal whose reply was lost): rotate
        protocol::MembershipEntryData remove;
        remove.spaceId = space;
        remove.index = set.headIndex + 1;
        remove.previousHash = set.headHash;
        remove.op = protocol::MembershipOp::RemoveDevice;
        remove.deviceId = target;
        remove.lastSeq = out.lastSeq;
        remove.signer = identity.deviceIdBytes();
        remove.sign(identity.signing());
        protocol::SpaceRequest append;
        append.spaceId = space;
        append.entry = remove.encode();
        if (session.space(QStringLiteral("/v1/spaces/membership/append"), append).ok())
            break;
        if (session.lastStatus() != 409 || attempt == 1)
            return appendRefused(session);
    }
    LINTAS_TRY(MembershipSync::refreshMembers(m_db, session, spaceId));
    LINTAS_TRY_ASSIGN(out.epoch, rotate(spaceId));
    return out;
}

Result<quint32> Revocation::rotate(const QString &spaceId)
{
    LINTAS_TRY_ASSIGN(const SyncIdentity *me, m_profile.identity());
    const SyncIdentity &identity = *me;
    LINTAS_TRY_ASSIGN(ServerSession * current, m_profile.session());
    ServerSession &session = *current;
    const QByteArray space = ChangeCodec::idBytes(spaceId);
    SyncSpaces spaces(m_db);
    for (int attempt = 0;; ++attempt) {
        LINTAS_TRY_ASSIGN(const auto set, MembershipSync::refreshMembers(m_db, session, spaceId));
        if (!set.isAdmin(identity.deviceIdBytes()))
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("this device is not an admin of the space"));
        protocol::MembershipEntryData rotate;
        rotate.spaceId = space;
        rotate.index = set.headIndex + 1;
        rotate.previousHash = set.headHash;
        rotate.op = protocol::MembershipOp::RotateEpoch;
        rotate.epoch = set.epoch + 1;
        SecretBytes key(kSpaceKeyBytes);
        m_random.fill(key.data(), key.size());
        rotate.keyCommit = protocol::epochKeyCommit(space, rotate.epoch, key);
        rotate.signer = identity.deviceIdBytes();
        rotate.sign(identity.signing());
        LINTAS_TRY(spaces.putKey(spaceId, rotate.epoch, key));
        protocol::SpaceRequest append;
        append.spaceId = space;
        append.entry = rotate.encode();
        if (session.space(QStringLiteral("/v1/spaces/membership/append"), append).ok()) {
            LINTAS_TRY(MembershipSync::refreshMembers(m_db, session, spaceId));
            LINTAS_TRY(spaces.setEpoch(spaceId, rotate.epoch));
            LINTAS_TRY(shareNewestKey(spaceId));
            return rotate.epoch;
        }
        // Not in the log: this key is no epoch's. Another admin may have appended first.
        LINTAS_TRY(spaces.removeKey(spaceId, rotate.epoch));
        if (session.lastStatus() != 409 || attempt == 1)
            return appendRefused(session);
    }
}

Status Revocation::shareNewestKey(const QString &spaceId)
{
    LINTAS_TRY_ASSIGN(const SyncIdentity *me, m_profile.identity());
    const SyncIdentity &identity = *me;
    LINTAS_TRY_ASSIGN(ServerSession * current, m_profile.session());
    ServerSession &session = *current;
    LINTAS_TRY_ASSIGN(const auto set, MembershipSync::refreshMembers(m_db, session, spaceId));
    SyncSpaces spaces(m_db);
    LINTAS_TRY_ASSIGN(const bool lacking, EpochKeys::missing(m_db, spaceId));
    if (lacking) // another admin rotated: its wrap for this laptop is the key to pass on
        LINTAS_TRY(EpochKeys::fetch(m_db, session, identity, spaceId));
    LINTAS_TRY_ASSIGN(const SecretBytes key, spaces.key(spaceId, set.epoch));
    protocol::SpaceRequest put;
    put.spaceId = ChangeCodec::idBytes(spaceId);
    for (const protocol::Member &m : set.members) {
        if (m.removed)
            continue;
        protocol::WrappedKey w;
        w.epoch = set.epoch;
        LINTAS_TRY_ASSIGN(w.sealed, crypto::BoxKey::seal(m.boxKey, key));
        w.headIndex = set.headIndex;
        w.headHash = set.headHash;
        put.deviceId = m.deviceId;
        put.wraps = {w};
        LINTAS_TRY(session.space(QStringLiteral("/v1/spaces/keys/put"), put));
    }
    return {};
}

} // namespace lintas::sync
