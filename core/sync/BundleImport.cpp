#include "sync/BundleImport.h"

#include "base/Clock.h"
#include "protocol/Bundle.h"
#include "protocol/Envelope.h"
#include "repo/ChangeWriter.h"
#include "store/Database.h"
#include "sync/ChangeCodec.h"
#include "sync/HybridLogicalClock.h"
#include "sync/JoinRecords.h"
#include "sync/ReplyApplier.h"
#include "sync/SyncIdentity.h"
#include "sync/SyncSpaces.h"

namespace lintas::sync {

Result<ImportedBundle> BundleImport::apply(const QByteArray &file)
{
    LINTAS_TRY_ASSIGN(const protocol::ReadBundle read, protocol::ReadBundle::decode(file));
    const protocol::Bundle &bundle = read.bundle;
    const QString spaceId = ChangeCodec::idText(bundle.spaceId);
    const QString deviceId = ChangeCodec::idText(bundle.deviceId);
    const auto space = SyncSpaces(m_db).space(spaceId);
    if (!space) {
        if (space.code() != ErrorCode::NotFound)
            return space.error();
        return protocol::bundleRefusal(QStringLiteral("bundle_other_space"),
            QStringLiteral("This bundle belongs to an organisation this profile has not joined."));
    }
    LINTAS_TRY_ASSIGN(const auto member, SyncSpaces(m_db).member(spaceId, deviceId));
    if (!member || member->removed) {
        LINTAS_TRY_ASSIGN(const auto head, JoinRecords(m_db).head(spaceId));
        const bool newer = bundle.membershipIndex > (head ? head->index : 0);
        return protocol::bundleRefusal(QStringLiteral("bundle_unknown_device"),
            newer ? QStringLiteral("This bundle comes from a laptop this profile does not know yet. Sync with the "
                                   "server once so it learns the new member, then import the bundle again.")
                  : QStringLiteral("This bundle comes from a laptop that is not a member of the organisation."));
    }
    // Checked with the key the verified member list holds: a file changed on the way, or made by
    // anyone else, fails here and nothing of it is applied.
    if (!read.signatureValid(member->signKey))
        return protocol::bundleRefusal(QStringLiteral("bundle_damaged"),
            QStringLiteral("This bundle is damaged or was changed after it was made. Ask for it again."));

    LINTAS_TRY_ASSIGN(const SyncIdentity identity, SyncIdentity::loadOrCreate(m_db, m_random));
    ImportedBundle out;
    out.deviceId = deviceId;
    out.createdAt = bundle.createdAt;
    out.envelopes = static_cast<int>(bundle.envelopes.size());
    QVector<QByteArray> others;
    for (const QByteArray &bytes : bundle.envelopes) {
        // This device's own changes (its own bundle, or one relayed back) are here already. What
        // does not decode goes on, to be set aside as malformed like a pulled record.
        const auto envelope = protocol::Envelope::decode(bytes, bundle.spaceId);
        if (envelope && envelope->header.deviceId == identity.deviceIdBytes()) {
            ++out.ownSkipped;
            continue;
        }
        others.push_back(bytes);
    }

    // The clock and merge writer a sync round uses (SyncEngine), from what the profile keeps.
    LINTAS_TRY_ASSIGN(
        const store::SqlValue last, m_db.scalar(QStringLiteral("SELECT last_hlc FROM device_state WHERE id = 1")));
    LINTAS_TRY_ASSIGN(const store::SqlValue offset,
        m_db.scalar(QStringLiteral("SELECT clock_offset_ms FROM device_state WHERE id = 1")));
    HybridLogicalClock hlc(m_clock, Hlc::fromRaw(last.toLongLong()));
    hlc.setOffsetMs(offset.toLongLong());
    repo::ChangeWriter writer(m_db, m_clock, m_random);
    LINTAS_TRY(writer.load());
    ReplyApplier applier(m_db, hlc);
    applier.setMergeWriter(&writer);
    LINTAS_TRY_ASSIGN(const RoundResult r, applier.applyBundle(*space, others, hlc.physicalNowMs()));
    out.applied = r.applied;
    out.alreadyApplied = r.alreadyApplied;
    out.quarantined = r.quarantined;
    out.held = r.held;
    return out;
}

} // namespace lintas::sync
