#include "sync/BundleExport.h"

#include "base/Clock.h"
#include "protocol/Bundle.h"
#include "sync/ChangeCodec.h"
#include "sync/JoinRecords.h"
#include "sync/OutboxSealer.h"
#include "sync/SyncIdentity.h"
#include "sync/SyncSpaces.h"

#include <limits>

namespace lintas::sync {

Result<ExportedBundle> BundleExport::make(const QString &spaceId)
{
    LINTAS_TRY_ASSIGN(const auto current, SyncSpaces(m_db).current());
    if (!current) {
        Error e = makeError(ErrorCode::NotFound,
            QStringLiteral("This profile has not joined an organisation yet, so there is nothing to send."));
        e.rule = QStringLiteral("not_joined");
        return e;
    }
    SpaceInfo space = *current;
    if (!spaceId.isEmpty() && spaceId != space.spaceId) {
        const auto chosen = SyncSpaces(m_db).space(spaceId);
        if (!chosen && chosen.code() == ErrorCode::NotFound) {
            Error e = makeError(ErrorCode::NotFound, QStringLiteral("This profile is not a member of that space."));
            e.rule = QStringLiteral("not_a_member");
            return e;
        }
        if (!chosen)
            return chosen.error();
        space = *chosen;
    }
    LINTAS_TRY_ASSIGN(const SyncIdentity identity, SyncIdentity::loadOrCreate(m_db, m_random));
    protocol::Bundle bundle;
    bundle.spaceId = ChangeCodec::idBytes(space.spaceId);
    bundle.deviceId = identity.deviceIdBytes();
    bundle.createdAt = m_clock.nowMs();
    LINTAS_TRY_ASSIGN(const auto head, JoinRecords(m_db).head(space.spaceId));
    if (head) {
        bundle.membershipIndex = head->index;
        bundle.membershipHash = head->hash;
    }
    // The sealer hands out at most a few thousand records at a time, oldest first.
    OutboxSealer sealer(m_db, identity, m_random);
    for (qint64 after = 0;;) {
        LINTAS_TRY_ASSIGN(const auto batch, sealer.next(space, std::numeric_limits<qint64>::max(), after));
        if (batch.isEmpty())
            break;
        for (const PendingEnvelope &p : batch)
            bundle.envelopes.push_back(p.envelope);
        after = batch.last().deviceSeq;
    }
    ExportedBundle out;
    out.envelopes = static_cast<int>(bundle.envelopes.size());
    out.file = bundle.encode(identity.signing());
    return out;
}

} // namespace lintas::sync
