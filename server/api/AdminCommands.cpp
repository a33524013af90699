#include "api/AdminCommands.h"

#include "base/Clock.h"
#include "base/RandomSource.h"
#include "storage/ServerStore.h"

namespace lintas::server {

Result<CreatedOrganisation> createOrganisation(ServerStore &store, const QString &name, const Clock &clock,
    RandomSource &random, const protocol::InviteCost &cost, qint64 validForMs)
{
    if (name.trimmed().isEmpty())
        return makeError(ErrorCode::Validation, QStringLiteral("organisation name is empty"), QStringLiteral("name"));
    CreatedOrganisation out;
    out.spaceId = random.bytes(16);
    out.inviteCode = protocol::InviteCode::generate(random);
    LINTAS_TRY_ASSIGN(const auto secrets, protocol::InviteSecrets::derive(out.inviteCode, cost));
    const qint64 now = clock.nowMs();
    out.expiresAt = now + validForMs;
    InviteRecord invite;
    invite.inviteId = secrets.inviteId;
    invite.spaceId = out.spaceId;
    invite.verifyKey = secrets.proof.publicKey();
    invite.role = QStringLiteral("admin");
    invite.createdAt = now;
    invite.expiresAt = out.expiresAt;
    const Status created = store.inTransaction([&]() -> Status {
        LINTAS_TRY(store.createSpace(out.spaceId, name.trimmed(), now));
        return store.addInvite(invite);
    });
    if (!created.ok())
        return created.error();
    return out;
}

} // namespace lintas::server
