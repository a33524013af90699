#include "api/JoinApi.h"

#include <optional>

#include "api/ServerApi.h"
#include "base/Clock.h"
#include "crypto/DeviceKeys.h"
#include "protocol/Membership.h"

namespace lintas::server {

namespace {

QString joinMacKey(const QByteArray &inviteId)
{
    return QStringLiteral("join_mac:") + QString::fromLatin1(inviteId.toHex());
}

// The name the joiner gave for this join: a device already registered for another space keeps
// its first name in its record, and the joiner's MAC covers the name it typed now.
QString joinLabelKey(const QByteArray &inviteId)
{
    return QStringLiteral("join_label:") + QString::fromLatin1(inviteId.toHex());
}

// The invite a request asks for, into `spaceId` with `role`; nullopt when its fields are malformed
// (ids, key size, an expiry in the past or beyond the longest allowed).
std::optional<InviteRecord> requestedInvite(const protocol::SpaceRequest &req, const QByteArray &spaceId,
    const QString &role, const DeviceRecord &by, qint64 now, qint64 maxLifetimeMs)
{
    if (req.inviteId.size() != 16 || req.verifyKey.size() != crypto::SigningKey::PublicBytes || req.expiresAt <= now
        || req.expiresAt > now + maxLifetimeMs)
        return std::nullopt;
    InviteRecord invite;
    invite.inviteId = req.inviteId;
    invite.spaceId = spaceId;
    invite.verifyKey = req.verifyKey;
    invite.role = role;
    invite.createdBy = by.deviceId;
    invite.createdAt = now;
    invite.expiresAt = req.expiresAt;
    return invite;
}

bool sameKeys(const DeviceRecord &stored, const protocol::JoinDevice &device)
{
    return stored.signKey == device.signKey && stored.boxKey == device.boxKey;
}

// Makes an error Status that only aborts a transaction; the response is already in `refusal`.
Error refused(HttpResponse *refusal, int status, const QByteArray &code)
{
    *refusal = HttpResponse::error(status, code);
    return makeError(ErrorCode::Cancelled, QString::fromLatin1(code));
}

} // namespace

HttpResponse storageRefusal(const Error &error)
{
    HttpResponse r = HttpResponse::error(error.code == ErrorCode::Busy ? 503 : 500, "storage");
    r.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("5")});
    return r;
}

HttpResponse JoinApi::reply(protocol::SpaceReply reply) const
{
    reply.serverTime = m_clock.nowMs();
    return HttpResponse::withBody(200, cborContentType(), reply.encode());
}

HttpResponse JoinApi::joinReply(const InviteRecord &invite, bool member) const
{
    protocol::JoinReply out;
    out.spaceId = invite.spaceId;
    out.role = invite.role;
    out.member = member;
    out.serverTime = m_clock.nowMs();
    const auto spaces = m_store.spaces();
    if (spaces) {
        for (const SpaceRecord &s : *spaces)
            if (s.spaceId == invite.spaceId)
                out.spaceName = s.name;
    }
    return HttpResponse::withBody(200, cborContentType(), out.encode());
}

Result<QVector<QByteArray>> JoinApi::entries(const QByteArray &spaceId, qint64 after)
{
    LINTAS_TRY_ASSIGN(const auto stored, m_store.membership(spaceId, after));
    QVector<QByteArray> out;
    for (const MembershipEntry &e : stored)
        out.push_back(e.entry);
    return out;
}

HttpResponse JoinApi::join(const HttpRequest &request)
{
    const auto req = protocol::JoinRequest::decode(request.body);
    if (!req)
        return HttpResponse::error(400, "malformed");
    const auto invite = m_store.invite(req->inviteId);
    if (!invite)
        return invite.code() == ErrorCode::NotFound ? HttpResponse::error(403, "invalid_invite")
                                                    : storageRefusal(invite.error());
    // Only someone who knows the code can sign with the proof key.
    const QByteArray signedMessage
        = protocol::JoinRequest::proofLabel() + '\0' + req->device.deviceMessage(req->inviteId);
    if (!crypto::SigningKey::verify(invite->verifyKey, signedMessage, req->proof))
        return HttpResponse::error(403, "invalid_invite");
    if (invite->usedAt != 0) {
        // The same device retrying after a lost reply gets the same answer; anyone else is late.
        if (invite->usedBy == req->device.deviceId) {
            const auto stored = m_store.device(req->device.deviceId);
            if (stored && sameKeys(*stored, req->device)) {
                const auto role = m_store.memberRole(invite->spaceId, req->device.deviceId);
                return joinReply(*invite, role && !role->isEmpty());
            }
        }
        return HttpResponse::error(409, "invite_used");
    }
    const qint64 now = m_clock.nowMs();
    if (now >= invite->expiresAt)
        return HttpResponse::error(410, "invite_expired");

    const bool admin = invite->role == QLatin1String("admin");
    if (admin && req->genesis.isEmpty()) {
        // The first admin's genesis names the space, which only this answer tells it: nothing
        // is stored yet, and the invite stays unused until the request with the genesis.
        HttpResponse needGenesis = joinReply(*invite, false);
        needGenesis.status = 428;
        return needGenesis;
    }
    HttpResponse refusal;
    const Status s = m_store.inTransaction([&]() -> Status {
        DeviceRecord device;
        device.deviceId = req->device.deviceId;
        device.signKey = req->device.signKey;
        device.boxKey = req->device.boxKey;
        device.label = req->device.label;
        device.createdAt = now;
        // A device already registered (joining a second space) keeps its record; the same id
        // with other keys is someone else's.
        const auto known = m_store.device(device.deviceId);
        if (known) {
            if (!sameKeys(*known, req->device) || known->revokedAt != 0)
                return refused(&refusal, 409, "device_exists");
        } else if (known.code() != ErrorCode::NotFound) {
            return known.error();
        } else {
            LINTAS_TRY(m_store.addDevice(device));
        }
        const Status used = m_store.useInvite(req->inviteId, device.deviceId, now);
        if (!used.ok())
            return used.error().code == ErrorCode::AlreadyExists ? refused(&refusal, 409, "invite_used") : used.error();
        LINTAS_TRY(m_store.setMeta(joinMacKey(req->inviteId), req->joinerMac));
        // '=' first, so that a name left empty is kept too (meta reads back empty when unset).
        LINTAS_TRY(m_store.setMeta(joinLabelKey(req->inviteId), '=' + req->device.label.toUtf8()));
        if (admin)
            return acceptGenesis(*req, *invite, &refusal);
        if (!req->genesis.isEmpty())
            return refused(&refusal, 400, "unexpected_genesis");
        return {};
    });
    if (!s.ok())
        return s.error().code == ErrorCode::Cancelled ? refusal : storageRefusal(s.error());
    return joinReply(*invite, admin);
}

Status JoinApi::acceptGenesis(const protocol::JoinRequest &req, const InviteRecord &invite, HttpResponse *refusal)
{
    LINTAS_TRY_ASSIGN(const auto existing, m_store.membership(invite.spaceId, 0));
    if (!existing.isEmpty())
        return refused(refusal, 409, "space_has_members");
    protocol::MembershipLog log(invite.spaceId);
    if (req.genesis.isEmpty() || !log.append(req.genesis).ok())
        return refused(refusal, 400, "bad_genesis");
    const protocol::Member &first = log.state().members.first();
    if (first.deviceId != req.device.deviceId || first.signKey != req.device.signKey
        || first.boxKey != req.device.boxKey)
        return refused(refusal, 400, "bad_genesis");
    const MembershipEntry entry {1, req.genesis, log.state().headHash};
    return m_store.appendMembership(invite.spaceId, entry, {{first.deviceId, QStringLiteral("admin")}});
}

HttpResponse JoinApi::membershipRead(const DeviceRecord &, const QString &, const protocol::SpaceRequest &req)
{
    const auto found = entries(req.spaceId, req.after);
    if (!found)
        return storageRefusal(found.error());
    protocol::SpaceReply out;
    out.entries = *found;
    return reply(out);
}

HttpResponse JoinApi::membershipAppend(
    const DeviceRecord &device, const QString &role, const protocol::SpaceRequest &req)
{
    if (role != QLatin1String("admin"))
        return HttpResponse::error(403, "not_an_admin");
    const auto decoded = protocol::MembershipEntryData::decode(req.entry);
    if (!decoded)
        return HttpResponse::error(400, "malformed");
    if (decoded->signer != device.deviceId)
        return HttpResponse::error(400, "not_signed_by_sender");
    const auto all = entries(req.spaceId, 0);
    if (!all)
        return storageRefusal(all.error());
    if (decoded->index != all->size() + 1)
        return HttpResponse::error(409, "index_conflict");
    protocol::MembershipLog next(req.spaceId);
    for (const QByteArray &e : *all) {
        const Status stored = next.append(e);
        if (!stored.ok())
            return storageRefusal(stored.error()); // what we hold no longer verifies: never build on it
    }
    if (!next.append(req.entry).ok())
        return HttpResponse::error(400, "bad_entry");
    QVector<MemberChange> changes;
    switch (decoded->op) {
    case protocol::MembershipOp::AddDevice: {
        // The key the log names must be the key the device authenticates with.
        const auto added = m_store.device(decoded->deviceId);
        if (!added)
            return added.code() == ErrorCode::NotFound ? HttpResponse::error(400, "unknown_device")
                                                       : storageRefusal(added.error());
        if (added->signKey != decoded->signKey || added->boxKey != decoded->boxKey)
            return HttpResponse::error(400, "keys_mismatch");
        changes.push_back({decoded->deviceId, decoded->role});
        break;
    }
    case protocol::MembershipOp::RemoveDevice:
        changes.push_back({decoded->deviceId, QString()});
        break;
    case protocol::MembershipOp::GrantAdmin:
        changes.push_back({decoded->deviceId, QStringLiteral("admin")});
        break;
    case protocol::MembershipOp::RotateEpoch:
        break;
    }
    const MembershipEntry entry {decoded->index, req.entry, next.state().headHash};
    const bool removal = decoded->op == protocol::MembershipOp::RemoveDevice;
    bool behind = false;
    const Status s = m_store.inTransaction([&]() -> Status {
        if (removal) {
            // Changes the device pushed before it was removed must stay acceptable: members
            // refuse what comes after the entry's last seq, so it may not be below what we hold.
            // Inside the transaction the device's log stays as read until the entry is in.
            LINTAS_TRY_ASSIGN(const qint64 stored, m_store.lastDeviceSeq(req.spaceId, decoded->deviceId));
            if (stored > decoded->lastSeq) {
                behind = true;
                return makeError(ErrorCode::InvalidArgument, QStringLiteral("device behind"));
            }
        }
        LINTAS_TRY(m_store.appendMembership(req.spaceId, entry, changes));
        if (removal) {
            // A lost laptop or a person who left: with no space left to it, the device itself
            // is refused (401) from now on, whatever token it holds.
            LINTAS_TRY_ASSIGN(const auto left, m_store.spacesOf(decoded->deviceId));
            if (left.isEmpty())
                LINTAS_TRY(m_store.revokeDevice(decoded->deviceId, m_clock.nowMs()));
        }
        return {};
    });
    if (behind)
        return HttpResponse::error(412, "device_behind");
    if (!s.ok())
        return s.error().code == ErrorCode::AlreadyExists ? HttpResponse::error(409, "index_conflict")
                                                          : storageRefusal(s.error());
    return reply({});
}

HttpResponse JoinApi::createInvite(const DeviceRecord &device, const QString &role, const protocol::SpaceRequest &req)
{
    if (role != QLatin1String("admin"))
        return HttpResponse::error(403, "not_an_admin");
    const auto invite
        = requestedInvite(req, req.spaceId, QStringLiteral("member"), device, m_clock.nowMs(), MaxInviteLifetimeMs);
    if (!invite)
        return HttpResponse::error(400, "malformed");
    const Status s = m_store.addInvite(*invite);
    if (!s.ok())
        return s.error().code == ErrorCode::AlreadyExists ? HttpResponse::error(409, "invite_exists")
                                                          : storageRefusal(s.error());
    return reply({});
}

HttpResponse JoinApi::createSpace(const DeviceRecord &device, const QString &role, const protocol::SpaceRequest &req)
{
    if (role != QLatin1String("admin"))
        return HttpResponse::error(403, "not_an_admin");
    const qint64 now = m_clock.nowMs();
    const QString name = req.name.trimmed();
    // Only an organisation's admins open spaces: a space opened here is marked, and its own
    // admins (the other organisation's among them) cannot open more from it.
    const QString sharedKey = QStringLiteral("shared_space:") + QString::fromLatin1(req.spaceId.toHex());
    const auto marked = m_store.meta(sharedKey); // empty when never set
    if (!marked)
        return storageRefusal(marked.error());
    if (!marked->isEmpty())
        return HttpResponse::error(403, "not_an_organisation");
    // Its first user signs the genesis (the 428 join).
    const auto invite = requestedInvite(req, req.newSpaceId, QStringLiteral("admin"), device, now, MaxInviteLifetimeMs);
    if (req.newSpaceId.size() != 16 || name.isEmpty() || name.size() > 200 || !invite)
        return HttpResponse::error(400, "malformed");
    const Status s = m_store.inTransaction([&]() -> Status {
        LINTAS_TRY(m_store.createSpace(req.newSpaceId, name, now));
        LINTAS_TRY(m_store.setMeta(
            QStringLiteral("shared_space:") + QString::fromLatin1(req.newSpaceId.toHex()), QByteArrayLiteral("1")));
        return m_store.addInvite(*invite);
    });
    if (!s.ok())
        return s.error().code == ErrorCode::AlreadyExists ? HttpResponse::error(409, "space_exists")
                                                          : storageRefusal(s.error());
    return reply({});
}

HttpResponse JoinApi::pending(const DeviceRecord &, const QString &role, const protocol::SpaceRequest &req)
{
    if (role != QLatin1String("admin"))
        return HttpResponse::error(403, "not_an_admin");
    protocol::SpaceReply out;
    // The admin's app names the invites it made: the server need not list anyone else's.
    for (const QByteArray &inviteId : req.inviteIds) {
        const auto invite = m_store.invite(inviteId);
        if (!invite) {
            if (invite.code() == ErrorCode::NotFound)
                continue;
            return storageRefusal(invite.error());
        }
        if (invite->spaceId != req.spaceId || invite->usedAt == 0)
            continue;
        const auto joiner = m_store.device(invite->usedBy);
        const auto joinerRole = m_store.memberRole(req.spaceId, invite->usedBy);
        const auto mac = m_store.meta(joinMacKey(inviteId));
        if (!joiner || !joinerRole || !mac)
            return storageRefusal(!joiner ? joiner.error() : !joinerRole ? joinerRole.error() : mac.error());
        if (joiner->revokedAt != 0 || !joinerRole->isEmpty())
            continue;
        // Empty for joins made before the name was kept with the invite.
        const auto named = m_store.meta(joinLabelKey(inviteId));
        const QString label = named && !named->isEmpty() ? QString::fromUtf8(named->mid(1)) : joiner->label;
        out.joiners.push_back({inviteId, {joiner->deviceId, joiner->signKey, joiner->boxKey, label}, *mac});
    }
    return reply(out);
}

HttpResponse JoinApi::putKeys(const DeviceRecord &, const QString &role, const protocol::SpaceRequest &req)
{
    if (role != QLatin1String("admin"))
        return HttpResponse::error(403, "not_an_admin");
    const auto targetRole = m_store.memberRole(req.spaceId, req.deviceId);
    if (!targetRole)
        return storageRefusal(targetRole.error());
    if (targetRole->isEmpty())
        return HttpResponse::error(409, "not_a_member_yet");
    const qint64 now = m_clock.nowMs();
    const Status s = m_store.inTransaction([&]() -> Status {
        for (const protocol::WrappedKey &w : req.wraps)
            LINTAS_TRY(m_store.putKeyWrap({req.spaceId, w.epoch, req.deviceId, w.encodeBlob(), now}));
        return {};
    });
    if (!s.ok())
        return storageRefusal(s.error());
    return reply({});
}

HttpResponse JoinApi::getKeys(const DeviceRecord &device, const QString &, const protocol::SpaceRequest &req)
{
    const auto wraps = m_store.keyWraps(req.spaceId, device.deviceId);
    if (!wraps)
        return storageRefusal(wraps.error());
    protocol::SpaceReply out;
    for (const KeyWrap &w : *wraps) {
        const auto decoded = protocol::WrappedKey::decodeBlob(w.epoch, w.sealed);
        if (decoded)
            out.wraps.push_back(*decoded);
    }
    return reply(out);
}

} // namespace lintas::server
