#include "sync/SharedSpaces.h"

#include "base/Clock.h"
#include "base/RandomSource.h"
#include "repo/Validation.h"
#include "sync/ChangeCodec.h"
#include "sync/ServerSession.h"
#include "sync/SyncIdentity.h"
#include "sync/SyncSpaces.h"

namespace lintas::sync {

namespace {

// Long enough for the join that follows at once; an invite left over by a crash expires soon.
constexpr qint64 kFirstAdminInviteMs = 15LL * 60 * 1000;

} // namespace

SharedSpaces::SharedSpaces(
    store::Database &db, SyncTransport &transport, const Clock &clock, RandomSource &random, protocol::InviteCost cost)
    : m_db(db), m_transport(transport), m_clock(clock), m_random(random), m_cost(cost)
{ }

Result<JoinResult> SharedSpaces::create(const QString &adminSpaceId, const QString &name, const QString &label)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return repo::validate::failure(
            QStringLiteral("space_name"), QStringLiteral("a shared space needs a name"), QStringLiteral("name"));
    LINTAS_TRY_ASSIGN(const SpaceInfo admin, SyncSpaces(m_db).space(adminSpaceId));
    if (admin.role != QLatin1String("admin"))
        return repo::validate::failure(QStringLiteral("not_an_admin"),
            QStringLiteral("only an admin of the organisation opens a shared space"), QString());
    // The code stays in memory: only this laptop ever uses it, right below.
    const QString code = protocol::InviteCode::generate(m_random);
    LINTAS_TRY_ASSIGN(const auto secrets, protocol::InviteSecrets::derive(code, m_cost));
    LINTAS_TRY_ASSIGN(const SyncIdentity identity, SyncIdentity::loadOrCreate(m_db, m_random));
    ServerSession session(m_transport, identity);
    protocol::SpaceRequest req;
    req.spaceId = ChangeCodec::idBytes(adminSpaceId);
    req.newSpaceId = m_random.bytes(16);
    req.name = trimmed;
    req.inviteId = secrets.inviteId;
    req.verifyKey = secrets.proof.publicKey();
    req.expiresAt = m_clock.nowMs() + kFirstAdminInviteMs;
    LINTAS_TRY(session.space(QStringLiteral("/v1/spaces/create"), req));
    return JoinFlow(m_db, m_transport, m_clock, m_random, m_cost).joinWithInvite(admin.serverUrl, code, label);
}

} // namespace lintas::sync
