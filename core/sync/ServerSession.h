#pragma once

#include "base/Result.h"
#include "protocol/JoinMessages.h"
#include "sync/SyncTransport.h"

namespace lintas::sync {

class SyncIdentity;

// A device's authenticated conversation with lintas-server for the join and membership calls:
// logs in by signature challenge when it has no token (and once more after a 401), then posts.
class ServerSession {
public:
    ServerSession(SyncTransport &transport, const SyncIdentity &identity) : m_transport(transport), m_identity(identity)
    { }

    Result<TransportReply> call(const QString &path, const QByteArray &body);
    // A space endpoint. A non-200 answer is an error (Io when unreachable, Busy for 429/5xx,
    // InvalidArgument otherwise) and lastStatus() tells which: 403 = not (yet) a member.
    Result<protocol::SpaceReply> space(const QString &path, const protocol::SpaceRequest &request);
    int lastStatus() const { return m_lastStatus; }
    // The sync engine shares its token, so reading the membership log costs no second login.
    void setToken(const QByteArray &token) { m_token = token; }
    const QByteArray &token() const { return m_token; }

private:
    Status authenticate();

    SyncTransport &m_transport;
    const SyncIdentity &m_identity;
    QByteArray m_token;
    int m_lastStatus = 0;
};

// Maps an HTTP refusal to an error for the join and membership calls.
Error httpError(const QString &what, const TransportReply &reply);

} // namespace lintas::sync
