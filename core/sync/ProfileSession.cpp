#include "sync/ProfileSession.h"

#include "sync/ServerSession.h"
#include "sync/SyncIdentity.h"

namespace lintas::sync {

ProfileSession::ProfileSession(store::Database &db, SyncTransport &transport, RandomSource &random)
    : m_db(&db), m_transport(&transport), m_random(&random)
{ }

ProfileSession::ProfileSession(ProfileSession &&) noexcept = default;
ProfileSession::~ProfileSession() = default;

Result<const SyncIdentity *> ProfileSession::identity()
{
    if (!m_identity) {
        LINTAS_TRY_ASSIGN(SyncIdentity loaded, SyncIdentity::loadOrCreate(*m_db, *m_random));
        m_identity = std::make_unique<SyncIdentity>(std::move(loaded));
    }
    return static_cast<const SyncIdentity *>(m_identity.get());
}

Result<ServerSession *> ProfileSession::session()
{
    if (!m_session) {
        LINTAS_TRY_ASSIGN(const SyncIdentity *id, identity());
        m_session = std::make_unique<ServerSession>(*m_transport, *id);
    }
    return m_session.get();
}

} // namespace lintas::sync
