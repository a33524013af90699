#include "sync/SyncOverview.h"

#include "store/Database.h"
#include "sync/ConflictLog.h"
#include "sync/HeldDeletions.h"
#include "sync/JoinRecords.h"
#include "sync/OutboxSealer.h"
#include "sync/SyncIdentity.h"

namespace lintas::sync {

namespace {

Result<QVector<QuarantineGroup>> quarantineGroups(store::Database &db)
{
    // The newest record's detail per reason: a correlated subquery, as SQLite 3.15 has no
    // window functions.
    LINTAS_TRY_ASSIGN(auto st,
        db.prepare(QStringLiteral(
            "SELECT q.reason, count(*), max(q.received_at), "
            "(SELECT detail FROM sync_quarantine d WHERE d.reason = q.reason ORDER BY d.received_at DESC, d.id DESC "
            "LIMIT 1) FROM sync_quarantine q WHERE q.reason <> 'mass_delete' GROUP BY q.reason ORDER BY count(*) DESC, "
            "q.reason")));
    QVector<QuarantineGroup> groups;
    LINTAS_TRY(st.forEachRow([&] {
        groups.push_back({st.text(0), static_cast<int>(st.int64(1)), st.int64(2), st.text(3)});
    }));
    return groups;
}

Result<qint64> clockOffset(store::Database &db)
{
    LINTAS_TRY_ASSIGN(
        const store::SqlValue v, db.scalar(QStringLiteral("SELECT clock_offset_ms FROM device_state WHERE id = 1")));
    return v.toLongLong();
}

} // namespace

Result<SyncOverview> SyncOverviewReader::read(store::Database &db, RandomSource &random)
{
    SyncOverview o;
    LINTAS_TRY_ASSIGN(o.space, SyncSpaces(db).current());
    LINTAS_TRY_ASSIGN(o.waiting, OutboxSealer::countWaiting(db));
    LINTAS_TRY_ASSIGN(o.openConflicts, ConflictLog(db).openCount());
    LINTAS_TRY_ASSIGN(o.quarantine, quarantineGroups(db));
    for (const QuarantineGroup &g : std::as_const(o.quarantine))
        o.quarantined += g.count;
    LINTAS_TRY_ASSIGN(o.heldDeletions, HeldDeletions::count(db));
    LINTAS_TRY_ASSIGN(o.clockOffsetMs, clockOffset(db));
    LINTAS_TRY_ASSIGN(const SyncIdentity identity, SyncIdentity::loadOrCreate(db, random));
    o.deviceId = identity.deviceId();
    o.fingerprint = identity.fingerprint();
    LINTAS_TRY_ASSIGN(o.spaces, SyncSpaces(db).all());
    for (const SpaceInfo &s : std::as_const(o.spaces)) {
        LINTAS_TRY_ASSIGN(auto members, SyncSpaces(db).members(s.spaceId));
        o.spaceMembers.insert(s.spaceId, members);
    }
    if (o.space)
        o.members = o.spaceMembers.value(o.space->spaceId);
    LINTAS_TRY_ASSIGN(const auto joining, JoinRecords(db).invites(QStringLiteral("joining")));
    // A laptop already in its organisation that waits for a shared space is not "joining" the
    // organisation: the join screen stays for profiles with no space.
    o.joinPending = !o.space && !joining.isEmpty();
    if (!joining.isEmpty())
        o.joiningSpace = joining.first().spaceName;
    return o;
}

} // namespace lintas::sync
