#pragma once

#include "base/Result.h"
#include "sync/SyncTransport.h"

#include <memory>

namespace lintas {
class RandomSource;
}
namespace lintas::store {
class Database;
}

namespace lintas::sync {

class ServerSession;
class SyncIdentity;

// A profile's device identity and one authenticated session with the server, made on first use,
// so that a flow of several calls (invite, list, approve; remove, rotate, share) logs in once:
// the server allows a device ten logins, then one every six seconds.
class ProfileSession {
public:
    ProfileSession(store::Database &db, SyncTransport &transport, RandomSource &random);
    ProfileSession(ProfileSession &&) noexcept;
    ~ProfileSession();

    Result<const SyncIdentity *> identity();
    Result<ServerSession *> session();

private:
    store::Database *m_db;
    SyncTransport *m_transport;
    RandomSource *m_random;
    // Held by pointer: the session refers to the identity, and both move with this object.
    std::unique_ptr<SyncIdentity> m_identity;
    std::unique_ptr<ServerSession> m_session;
};

} // namespace lintas::sync
