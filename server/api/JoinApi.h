#pragma once

#include "http/HttpMessage.h"
#include "protocol/JoinMessages.h"
#include "storage/ServerStore.h"

namespace lintas {
class Clock;
}

namespace lintas::server {

// Joining a space and keeping its membership (docs/protocol.md, "Joining"). The server checks
// what it can — the invite proof, one use, expiry, the signatures and admin roles of membership
// entries — but never holds the invite code or its MAC key, so it cannot approve a device,
// swap a joiner's keys or invent a welcome without the clients noticing.
class JoinApi {
public:
    JoinApi(ServerStore &store, const Clock &clock) : m_store(store), m_clock(clock) { }

    // POST /v1/join (unauthenticated; the caller rate-limits it).
    HttpResponse join(const HttpRequest &request);

    // The authenticated space endpoints; `role` is the device's role in req.spaceId (never
    // empty: the caller answers 403 to non-members).
    using Handler = HttpResponse (JoinApi::*)(const DeviceRecord &, const QString &, const protocol::SpaceRequest &);
    HttpResponse membershipRead(const DeviceRecord &device, const QString &role, const protocol::SpaceRequest &req);
    HttpResponse membershipAppend(const DeviceRecord &device, const QString &role, const protocol::SpaceRequest &req);
    HttpResponse createInvite(const DeviceRecord &device, const QString &role, const protocol::SpaceRequest &req);
    HttpResponse pending(const DeviceRecord &device, const QString &role, const protocol::SpaceRequest &req);
    HttpResponse putKeys(const DeviceRecord &device, const QString &role, const protocol::SpaceRequest &req);
    HttpResponse getKeys(const DeviceRecord &device, const QString &role, const protocol::SpaceRequest &req);
    // An admin of req.spaceId opens a new space on this server (one shared with another
    // organisation) with a one-time invite for its first admin, which it then uses itself.
    HttpResponse createSpace(const DeviceRecord &device, const QString &role, const protocol::SpaceRequest &req);

    static constexpr qint64 MaxInviteLifetimeMs = 14LL * 24 * 3600 * 1000;

private:
    HttpResponse reply(protocol::SpaceReply reply) const;
    HttpResponse joinReply(const InviteRecord &invite, bool member) const;
    Result<QVector<QByteArray>> entries(const QByteArray &spaceId, qint64 after);
    // Appends the genesis of an organisation's first admin (inside the join transaction).
    Status acceptGenesis(const protocol::JoinRequest &req, const InviteRecord &invite, HttpResponse *refusal);

    ServerStore &m_store;
    const Clock &m_clock;
};

HttpResponse storageRefusal(const Error &error);

} // namespace lintas::server
