#include "sync/AdminFlow.h"

#include "base/Clock.h"
#include "protocol/Membership.h"
#include "store/Database.h"
#include "sync/ChangeCodec.h"
#include "sync/JoinRecords.h"
#include "sync/MembershipSync.h"
#include "sync/ServerSession.h"
#include "sync/SyncIdentity.h"
#include "sync/SyncSpaces.h"

namespace lintas::sync {

namespace {

QString compactFingerprint(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (!c.isLetterOrNumber())
            continue;
        c = c.toUpper();
        if (c == QLatin1Char('0'))
            c = QLatin1Char('O');
        else if (c == QLatin1Char('1'))
            c = QLatin1Char('I');
        else if (c == QLatin1Char('8'))
            c = QLatin1Char('B');
        out += c;
    }
    return out;
}

} // namespace

bool sameFingerprint(const QString &typed, const QString &fingerprint)
{
    const QString a = compactFingerprint(typed);
    return !a.isEmpty() && a == compactFingerprint(fingerprint);
}

namespace {

Result<protocol::InviteSecrets> secretsFor(
    store::Database &db, const QString &spaceId, const QByteArray &inviteId, const protocol::InviteCost &cost)
{
    LINTAS_TRY_ASSIGN(const auto held, JoinRecords(db).invites(QStringLiteral("created"), spaceId));
    for (const HeldInvite &h : held) {
        if (h.inviteId == inviteId)
            return protocol::InviteSecrets::derive(h.code, cost);
    }
    return makeError(ErrorCode::NotFound, QStringLiteral("no invite of this profile has that id"));
}

bool joinerMacValid(const protocol::InviteSecrets &secrets, const protocol::PendingJoiner &j)
{
    return secrets.macValid(protocol::JoinRequest::joinerMacLabel(), j.device.deviceMessage(j.inviteId), j.joinerMac);
}

} // namespace

AdminFlow::AdminFlow(
    store::Database &db, SyncTransport &transport, const Clock &clock, RandomSource &random, protocol::InviteCost cost)
    : m_db(db), m_clock(clock), m_random(random), m_cost(cost), m_profile(db, transport, random)
{ }

Result<CreatedInvite> AdminFlow::createInvite(const QString &spaceId, qint64 validForMs, const QString &code)
{
    LINTAS_TRY_ASSIGN(const SpaceInfo space, SyncSpaces(m_db).space(spaceId));
    CreatedInvite out;
    out.code = code.isEmpty() ? protocol::InviteCode::generate(m_random) : code;
    out.joinLink = protocol::JoinLink {space.serverUrl, out.code}.toText();
    out.expiresAt = m_clock.nowMs() + validForMs;
    LINTAS_TRY_ASSIGN(const auto secrets, protocol::InviteSecrets::derive(out.code, m_cost));

    // Kept before the server hears of it, so an invite the server knows is never one we forgot.
    HeldInvite held;
    held.inviteId = secrets.inviteId;
    held.kind = QStringLiteral("created");
    held.code = out.code;
    held.spaceId = spaceId;
    held.serverUrl = space.serverUrl;
    held.spaceName = space.name;
    held.createdAt = m_clock.nowMs();
    held.expiresAt = out.expiresAt;
    LINTAS_TRY(JoinRecords(m_db).putInvite(held));

    LINTAS_TRY_ASSIGN(ServerSession * session, m_profile.session());
    protocol::SpaceRequest req;
    req.spaceId = ChangeCodec::idBytes(spaceId);
    req.inviteId = secrets.inviteId;
    req.verifyKey = secrets.proof.publicKey();
    req.expiresAt = out.expiresAt;
    LINTAS_TRY(session->space(QStringLiteral("/v1/spaces/invite"), req));
    return out;
}

Result<QVector<Joiner>> AdminFlow::pendingJoiners(const QString &spaceId)
{
    LINTAS_TRY_ASSIGN(const auto held, JoinRecords(m_db).invites(QStringLiteral("created"), spaceId));
    QVector<Joiner> out;
    if (held.isEmpty())
        return out;
    LINTAS_TRY_ASSIGN(ServerSession * session, m_profile.session());
    protocol::SpaceRequest req;
    req.spaceId = ChangeCodec::idBytes(spaceId);
    for (const HeldInvite &h : held)
        req.inviteIds.push_back(h.inviteId);
    LINTAS_TRY_ASSIGN(const auto reply, session->space(QStringLiteral("/v1/spaces/pending"), req));
    for (const protocol::PendingJoiner &p : reply.joiners) {
        Joiner j;
        j.pending = p;
        j.label = p.device.label;
        j.fingerprint = crypto::fingerprint(p.device.signKey + p.device.boxKey);
        const auto secrets = secretsFor(m_db, spaceId, p.inviteId, m_cost);
        j.verified = secrets && joinerMacValid(*secrets, p);
        out.push_back(j);
    }
    return out;
}

Result<QString> AdminFlow::approve(const QString &spaceId, const Joiner &joiner, const QString &role)
{
    const protocol::PendingJoiner &p = joiner.pending;
    // Checked again here, whatever the caller's copy says.
    LINTAS_TRY_ASSIGN(const auto secrets, secretsFor(m_db, spaceId, p.inviteId, m_cost));
    if (!joinerMacValid(secrets, p))
        return makeError(ErrorCode::Crypto,
            QStringLiteral("the joining device's keys do not match its invite: the server may have changed them"));
    LINTAS_TRY_ASSIGN(ServerSession * session, m_profile.session());
    const QByteArray space = ChangeCodec::idBytes(spaceId);
    const auto addition = [&](const protocol::MemberSet &set) -> Result<std::optional<protocol::MembershipEntryData>> {
        if (set.isActive(p.device.deviceId)) {
            // Added already (an approval cut off before its keys were posted): wrap again.
            const protocol::Member added = set.members.value(p.device.deviceId);
            if (added.signKey != p.device.signKey || added.boxKey != p.device.boxKey)
                return makeError(ErrorCode::Crypto, QStringLiteral("the device is a member with other keys"));
            return std::optional<protocol::MembershipEntryData>();
        }
        protocol::MembershipEntryData add;
        add.op = protocol::MembershipOp::AddDevice;
        add.deviceId = p.device.deviceId;
        add.signKey = p.device.signKey;
        add.boxKey = p.device.boxKey;
        add.label = p.device.label;
        add.role = role;
        return std::optional<protocol::MembershipEntryData>(add);
    };
    // The welcome names a head that adds the joiner; the joiner checks that head is in the log.
    LINTAS_TRY_ASSIGN(
        const protocol::MemberSet set, MembershipSync::appendOnHead(m_db, m_profile, spaceId, nullptr, addition));
    const qint64 welcomeIndex = set.headIndex;
    const QByteArray welcomeHash = set.headHash;

    protocol::SpaceRequest put;
    put.spaceId = space;
    put.deviceId = p.device.deviceId;
    SyncSpaces spaces(m_db);
    for (quint32 epoch = 1; epoch <= set.epoch; ++epoch) {
        const auto key = spaces.key(spaceId, epoch);
        if (!key)
            continue; // an epoch before this admin joined
        protocol::WrappedKey w;
        w.epoch = epoch;
        LINTAS_TRY_ASSIGN(w.sealed, crypto::BoxKey::seal(p.device.boxKey, *key));
        w.headIndex = welcomeIndex;
        w.headHash = welcomeHash;
        w.welcomeMac = secrets.mac(protocol::WrappedKey::welcomeLabel(), w.welcomeMessage(space, p.device.deviceId));
        put.wraps.push_back(w);
    }
    if (put.wraps.isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("this device holds no key of the space"));
    LINTAS_TRY(session->space(QStringLiteral("/v1/spaces/keys/put"), put));
    LINTAS_TRY(JoinRecords(m_db).removeInvite(p.inviteId));
    return crypto::fingerprint(p.device.signKey + p.device.boxKey);
}

} // namespace lintas::sync
