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
    LINTAS_TRY_ASSIGN(const SyncIdentity *identity, m_profile.identity());
    if (deviceId == identity->deviceId())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("an admin laptop cannot remove itself"));
    const QByteArray target = ChangeCodec::idBytes(deviceId);
    Removal out;
    out.deviceId = deviceId;
    LINTAS_TRY_ASSIGN(out.lastSeq, lastReceived(deviceId));
    const auto removal = [&](const protocol::MemberSet &set) -> Result<std::optional<protocol::MembershipEntryData>> {
        if (!set.members.contains(target))
            return makeError(ErrorCode::NotFound, QStringLiteral("no such device in the space"));
        out.label = set.members.value(target).label;
        if (!set.isActive(target))
            return std::optional<protocol::MembershipEntryData>(); // removed already (a reply lost): rotate
        protocol::MembershipEntryData remove;
        remove.op = protocol::MembershipOp::RemoveDevice;
        remove.deviceId = target;
        remove.lastSeq = out.lastSeq;
        return std::optional<protocol::MembershipEntryData>(remove);
    };
    LINTAS_TRY_ASSIGN(
        const protocol::MemberSet set, MembershipSync::appendOnHead(m_db, m_profile, spaceId, nullptr, removal));
    LINTAS_TRY_ASSIGN(out.epoch, rotateFrom(spaceId, &set));
    return out;
}

Result<quint32> Revocation::rotate(const QString &spaceId)
{
    return rotateFrom(spaceId, nullptr);
}

Result<quint32> Revocation::rotateFrom(const QString &spaceId, const protocol::MemberSet *known)
{
    SyncSpaces spaces(m_db);
    // The key is kept before the entry that commits to it is sent, so a crash cannot lose it;
    // one the log did not take (another admin appended first) is no epoch's and goes.
    quint32 tentative = 0;
    const auto rotation = [&](const protocol::MemberSet &set) -> Result<std::optional<protocol::MembershipEntryData>> {
        if (tentative != 0)
            LINTAS_TRY(spaces.removeKey(spaceId, tentative));
        protocol::MembershipEntryData rotate;
        rotate.op = protocol::MembershipOp::RotateEpoch;
        rotate.epoch = set.epoch + 1;
        SecretBytes key(kSpaceKeyBytes);
        m_random.fill(key.data(), key.size());
        rotate.keyCommit = protocol::epochKeyCommit(set.spaceId, rotate.epoch, key);
        LINTAS_TRY(spaces.putKey(spaceId, rotate.epoch, key));
        tentative = rotate.epoch;
        return std::optional<protocol::MembershipEntryData>(rotate);
    };
    const auto rotated = MembershipSync::appendOnHead(m_db, m_profile, spaceId, known, rotation);
    if (!rotated) {
        if (tentative != 0)
            LINTAS_TRY(spaces.removeKey(spaceId, tentative));
        return rotated.error();
    }
    LINTAS_TRY(spaces.setEpoch(spaceId, tentative));
    LINTAS_TRY(shareKey(spaceId, *rotated));
    return tentative;
}

Status Revocation::shareNewestKey(const QString &spaceId)
{
    LINTAS_TRY_ASSIGN(ServerSession * session, m_profile.session());
    LINTAS_TRY_ASSIGN(const auto set, MembershipSync::refreshMembers(m_db, *session, spaceId));
    LINTAS_TRY_ASSIGN(const bool lacking, EpochKeys::missing(m_db, spaceId));
    if (lacking) { // another admin rotated: its wrap for this laptop is the key to pass on
        LINTAS_TRY_ASSIGN(const SyncIdentity *identity, m_profile.identity());
        LINTAS_TRY(EpochKeys::fetch(m_db, *session, *identity, spaceId));
    }
    return shareKey(spaceId, set);
}

Status Revocation::shareKey(const QString &spaceId, const protocol::MemberSet &set)
{
    LINTAS_TRY_ASSIGN(ServerSession * session, m_profile.session());
    LINTAS_TRY_ASSIGN(const SecretBytes key, SyncSpaces(m_db).key(spaceId, set.epoch));
    protocol::SpaceRequest put;
    put.spaceId = set.spaceId;
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
        LINTAS_TRY(session->space(QStringLiteral("/v1/spaces/keys/put"), put));
    }
    return {};
}

} // namespace lintas::sync
