#include "sync/JoinFlow.h"

#include "base/Clock.h"
#include "base/RandomSource.h"
#include "protocol/JoinMessages.h"
#include "protocol/Membership.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/ChangeCodec.h"
#include "sync/JoinRecords.h"
#include "sync/MembershipSync.h"
#include "sync/ServerSession.h"
#include "sync/SyncIdentity.h"
#include "sync/SyncSpaces.h"

namespace lintas::sync {

namespace {

constexpr int SpaceKeyBytes = 32;

protocol::JoinDevice deviceOf(const SyncIdentity &identity, const QString &label)
{
    return {identity.deviceIdBytes(), identity.signing().publicKey(), identity.box().publicKey(), label};
}

Error inviteRefused(const TransportReply &reply)
{
    switch (reply.status) {
    case 403:
        return makeError(ErrorCode::WrongPassphrase, QStringLiteral("invite code not known to this server"));
    case 409:
        return makeError(ErrorCode::WrongPassphrase, QStringLiteral("invite code already used"));
    case 410:
        return makeError(ErrorCode::WrongPassphrase, QStringLiteral("invite code expired"));
    default:
        return httpError(QStringLiteral("join"), reply);
    }
}

} // namespace

JoinFlow::JoinFlow(
    store::Database &db, SyncTransport &transport, const Clock &clock, RandomSource &random, protocol::InviteCost cost)
    : m_db(db), m_transport(transport), m_clock(clock), m_random(random), m_cost(cost)
{ }

Result<JoinResult> JoinFlow::joinWithInvite(const QString &serverUrl, const QString &typed, const QString &label)
{
    LINTAS_TRY_ASSIGN(const QString code, protocol::InviteCode::normalise(typed));
    LINTAS_TRY_ASSIGN(const auto secrets, protocol::InviteSecrets::derive(code, m_cost));
    LINTAS_TRY_ASSIGN(const SyncIdentity identity, SyncIdentity::loadOrCreate(m_db, m_random));

    protocol::JoinRequest req;
    req.inviteId = secrets.inviteId;
    req.device = deviceOf(identity, label);
    const QByteArray message = req.device.deviceMessage(req.inviteId);
    req.proof = secrets.proof.sign(protocol::JoinRequest::proofLabel() + '\0' + message);
    req.joinerMac = secrets.mac(protocol::JoinRequest::joinerMacLabel(), message);

    LINTAS_TRY_ASSIGN(TransportReply reply, m_transport.post(QStringLiteral("/v1/join"), req.encode(), QByteArray()));
    if (reply.status == 428) {
        // An organisation's first admin: sign the genesis for the space the server named.
        LINTAS_TRY_ASSIGN(const auto named, protocol::JoinReply::decode(reply.body));
        protocol::MembershipEntryData genesis;
        genesis.spaceId = named.spaceId;
        genesis.index = 1;
        genesis.previousHash = protocol::MembershipEntryData::zeroHash();
        genesis.op = protocol::MembershipOp::AddDevice;
        genesis.deviceId = req.device.deviceId;
        genesis.signKey = req.device.signKey;
        genesis.boxKey = req.device.boxKey;
        genesis.label = label;
        genesis.role = QStringLiteral("admin");
        genesis.signer = req.device.deviceId;
        genesis.sign(identity.signing());
        req.genesis = genesis.encode();
        LINTAS_TRY_ASSIGN(reply, m_transport.post(QStringLiteral("/v1/join"), req.encode(), QByteArray()));
    }
    if (reply.status != 200)
        return inviteRefused(reply);
    LINTAS_TRY_ASSIGN(const auto joined, protocol::JoinReply::decode(reply.body));
    if (joined.member)
        return becomeFirstAdmin(serverUrl, joined.spaceId, joined.spaceName);

    HeldInvite held;
    held.inviteId = secrets.inviteId;
    held.kind = QStringLiteral("joining");
    held.code = code;
    held.spaceId = ChangeCodec::idText(joined.spaceId);
    held.serverUrl = serverUrl;
    held.spaceName = joined.spaceName;
    held.createdAt = m_clock.nowMs();
    LINTAS_TRY(JoinRecords(m_db).putInvite(held));
    return JoinResult {JoinState::Pending, held.spaceId, joined.spaceName, joined.role, identity.fingerprint()};
}

Result<JoinResult> JoinFlow::becomeFirstAdmin(const QString &serverUrl, const QByteArray &spaceId, const QString &name)
{
    LINTAS_TRY_ASSIGN(const SyncIdentity identity, SyncIdentity::loadOrCreate(m_db, m_random));
    ServerSession session(m_transport, identity);
    LINTAS_TRY_ASSIGN(const auto set, MembershipSync::fetchVerified(session, spaceId, 0, QByteArray()));
    // The log must be exactly our own genesis: a server that put someone else first is lying.
    if (set.headIndex != 1 || !set.isAdmin(identity.deviceIdBytes())
        || set.members.value(identity.deviceIdBytes()).signKey != identity.signing().publicKey())
        return makeError(ErrorCode::Crypto, QStringLiteral("membership genesis is not this device's"));

    const QString spaceHex = ChangeCodec::idText(spaceId);
    SecretBytes key(SpaceKeyBytes);
    m_random.fill(key.data(), key.size());
    {
        LINTAS_TRY_ASSIGN(auto tx, m_db.begin());
        SyncSpaces spaces(m_db);
        SpaceInfo info;
        info.spaceId = spaceHex;
        info.serverUrl = serverUrl;
        info.name = name;
        info.role = QStringLiteral("admin");
        info.epoch = 1;
        info.joinedAt = m_clock.nowMs();
        LINTAS_TRY(spaces.add(info));
        LINTAS_TRY(spaces.putKey(spaceHex, 1, key));
        LINTAS_TRY(MembershipSync::store(m_db, spaceHex, set));
        LINTAS_TRY(tx.commit());
    }
    // Our own wrap on the server, so this device can recover the key with its box key alone.
    protocol::WrappedKey own;
    own.epoch = 1;
    LINTAS_TRY_ASSIGN(own.sealed, crypto::BoxKey::seal(identity.box().publicKey(), key));
    protocol::SpaceRequest put;
    put.spaceId = spaceId;
    put.deviceId = identity.deviceIdBytes();
    put.wraps = {own};
    LINTAS_TRY(session.space(QStringLiteral("/v1/spaces/keys/put"), put));
    return JoinResult {JoinState::Joined, spaceHex, name, QStringLiteral("admin"), identity.fingerprint()};
}

Result<JoinResult> JoinFlow::completeJoin()
{
    LINTAS_TRY_ASSIGN(const auto joining, JoinRecords(m_db).invites(QStringLiteral("joining")));
    if (joining.isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("no join in progress"));
    const HeldInvite &held = joining.first();
    LINTAS_TRY_ASSIGN(const SyncIdentity identity, SyncIdentity::loadOrCreate(m_db, m_random));
    const QByteArray spaceId = ChangeCodec::idBytes(held.spaceId);
    const QByteArray me = identity.deviceIdBytes();
    JoinResult result {JoinState::Pending, held.spaceId, held.spaceName, QString(), identity.fingerprint()};

    ServerSession session(m_transport, identity);
    protocol::SpaceRequest ask;
    ask.spaceId = spaceId;
    const auto keys = session.space(QStringLiteral("/v1/spaces/keys/get"), ask);
    if (!keys && session.lastStatus() == 403)
        return result; // not a member yet: the admin has not approved
    if (!keys)
        return keys.error();
    if (keys->wraps.isEmpty())
        return result;

    LINTAS_TRY_ASSIGN(const auto secrets, protocol::InviteSecrets::derive(held.code, m_cost));
    LINTAS_TRY_ASSIGN(const auto set, MembershipSync::fetchVerified(session, spaceId, 0, QByteArray()));
    const protocol::Member self = set.members.value(me);
    if (!set.isActive(me) || self.signKey != identity.signing().publicKey()
        || self.boxKey != identity.box().publicKey())
        return makeError(ErrorCode::Crypto, QStringLiteral("membership log does not add this device with its keys"));

    LINTAS_TRY_ASSIGN(auto tx, m_db.begin());
    SyncSpaces spaces(m_db);
    quint32 newest = 0;
    for (const protocol::WrappedKey &w : keys->wraps) {
        if (w.welcomeMac.isEmpty())
            continue; // a rotation's key sealed after the approval: EpochKeys checks and takes it
        // Only what the admin who made our invite welcomed us with: the server cannot make
        // this MAC, so it can neither invent a space nor hand us a membership log of its own.
        if (!secrets.macValid(protocol::WrappedKey::welcomeLabel(), w.welcomeMessage(spaceId, me), w.welcomeMac))
            return makeError(
                ErrorCode::Crypto, QStringLiteral("welcome for epoch %1 is not from the admin").arg(w.epoch));
        if (w.headIndex < 1 || w.headIndex > set.headIndex
            || set.hashes.at(static_cast<int>(w.headIndex - 1)) != w.headHash)
            return makeError(
                ErrorCode::Crypto, QStringLiteral("membership log does not contain the head the admin approved"));
        LINTAS_TRY_ASSIGN(const SecretBytes key, identity.box().open(w.sealed));
        if (key.size() != SpaceKeyBytes)
            return makeError(ErrorCode::Crypto, QStringLiteral("space key of the wrong size"));
        if (newest == 0) {
            SpaceInfo info;
            info.spaceId = held.spaceId;
            info.serverUrl = held.serverUrl;
            info.name = held.spaceName;
            info.role = self.role;
            info.joinedAt = m_clock.nowMs();
            LINTAS_TRY(spaces.add(info));
        }
        LINTAS_TRY(spaces.putKey(held.spaceId, w.epoch, key));
        newest = std::max(newest, w.epoch);
    }
    LINTAS_TRY(spaces.setEpoch(held.spaceId, newest));
    LINTAS_TRY(MembershipSync::store(m_db, held.spaceId, set));
    LINTAS_TRY(JoinRecords(m_db).removeInvite(held.inviteId));
    LINTAS_TRY(tx.commit());
    result.state = JoinState::Joined;
    result.role = self.role;
    return result;
}

} // namespace lintas::sync
