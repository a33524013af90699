#pragma once

#include "base/Result.h"
#include "repo/EntityDef.h"
#include "repo/EntityMapping.h"
#include "sync/Change.h"
#include "sync/HybridLogicalClock.h"

#include <QString>

#include <functional>
#include <optional>

namespace lintas {
class Clock;
class RandomSource;
} // namespace lintas
namespace lintas::store {
class Database;
}

namespace lintas::repo {

// The one write path. Every mutation of synced data goes through write()/append(), which in the
// caller's transaction: updates the row, updates per-field clocks, records set add/remove tags,
// appends an outbox record (new values, prev HLCs, next gap-free device_seq) and persists the HLC.
// Repositories are its only callers; the UI never writes.
class ChangeWriter {
public:
    ChangeWriter(store::Database &db, const Clock &clock, RandomSource &random);

    // Loads (or on first use creates) this device's identity and counters.
    Status load();
    QString deviceId() const { return m_deviceId; }
    QString deviceCode() const { return m_deviceCode; }
    sync::HybridLogicalClock &hlc() { return m_hlc; }
    const Clock &clock() const { return m_clock; }
    RandomSource &random() { return m_random; }
    // A new id for a row or a change: 32 lowercase hex characters like RandomSource::newId(), but
    // the first 12 are the creation time in milliseconds (as in UUIDv7) and only the last 20
    // (80 bits) are random. New rows then land at the end of every id-keyed index instead of on
    // a random page, which keeps bulk entry and imports fast on large profiles and pages full.
    QString newId();
    store::Database &database() { return m_db; }

    enum class Mode { Create, Update };
    // Writes the fields/sets that differ from what is stored. Returns the outbox record written,
    // or nullopt when nothing changed. `sets` lists the complete desired membership of each
    // set field it names; set fields it does not name are left alone. `merges` marks long-text
    // fields whose new value merges in an earlier write of this device that lost (Change::merges).
    Result<std::optional<sync::Change>> write(const EntityDef &def, const QString &id, const FieldMap &fields,
        const SetMap &sets, Mode mode, const QMap<QString, sync::Hlc> &merges = {});
    // Inserts an immutable row (append-only entities).
    Result<sync::Change> append(const EntityDef &def, const QString &id, const FieldMap &fields);
    // Sends a stored record again as it stands, without changing it: every field with the clock
    // and device of the write that set it (Change::carried), every live set element with its add
    // tag; an append-only row as its append. Receivers that hold the record see nothing new; one
    // that does not gets it whole. A case moving into a shared space goes there this way.
    Result<sync::Change> resend(const EntityDef &def, const QString &id);
    // Sends on a change of another laptop (or this one's own, into a second space) as it was made:
    // each field it wrote with its own clock and writer (Change::carried), its set operations with
    // their tags and clocks, an append as the append. Receivers apply it as if the writer had sent
    // it to them; the row here is not touched.
    Result<sync::Change> relay(const EntityDef &def, const sync::Change &original);

    // Where the outbox records of the next writes go, instead of the space of the record
    // (RecordSpace; empty: the organisation's). A case move sends its marker to the space the case
    // leaves; sync sends a line merge to the space the merged record came from. nullopt: as usual.
    void setRoute(std::optional<QString> spaceId) { m_route = std::move(spaceId); }

    // "<device code>-<n>" with n counting up per device; unique without asking a server.
    Result<QString> nextCaseReference();

    // Called after every row change inside the same transaction (search index, case-list keys),
    // with the change as recorded; `created` when the row is new.
    using AfterWrite = std::function<Status(const EntityDef &, const QString &id, const sync::Change &, bool created)>;
    void setAfterWrite(AfterWrite hook) { m_afterWrite = std::move(hook); }

private:
    Result<sync::Change> record(sync::Change change, const EntityDef &def);
    // The space a change of this record goes to; refused (rule "case_in_other_space") for a case
    // moved to a shared space this profile is not a member of.
    Result<QString> routeOf(const EntityDef &def, const sync::Change &change);
    // Sends a client-level record just written into the other spaces of her cases this laptop is
    // in as well (RecordSpace::mirrorsOf), unless the writes are routed by hand.
    Status mirror(const EntityDef &def, const sync::Change &written);

    store::Database &m_db;
    const Clock &m_clock;
    RandomSource &m_random;
    sync::HybridLogicalClock m_hlc;
    QString m_deviceId;
    QString m_deviceCode;
    AfterWrite m_afterWrite;
    std::optional<QString> m_route;
};

} // namespace lintas::repo
