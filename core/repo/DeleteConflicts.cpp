#include "repo/DeleteConflicts.h"

#include "repo/ConflictLog.h"
#include "repo/EntityDef.h"
#include "repo/EntityTable.h"
#include "store/Database.h"

#include <QHash>
#include <QSet>

namespace lintas::repo {

namespace {

const QString kDeleted = QStringLiteral("deleted");
// In a delete's `p`: the fields and sets it does not list were never written on its laptop.
const QString kUnlistedUnwritten = QStringLiteral("*");

struct Writer {
    sync::Hlc hlc;
    QString device;
    bool operator==(const Writer &) const = default;
};

size_t qHash(const Writer &w, size_t seed = 0)
{
    return ::qHash(w.hlc.raw, seed) ^ ::qHash(w.device, seed);
}

// Whether the delete (deleteHlc, deleteDevice), having seen `seen` (field → HLC), had seen the
// write `w` of `field`.
bool sawWrite(const Writer &w, const QString &field, sync::Hlc deleteHlc, const QString &deleteDevice,
    const QHash<QString, sync::Hlc> &seen)
{
    if (w.hlc == deleteHlc && w.device == deleteDevice)
        return true; // the delete itself
    // A laptop's clock passes every clock it has seen, so a later write was not seen.
    if (sync::writtenAfter(w.hlc, w.device, deleteHlc, deleteDevice))
        return false;
    const auto it = seen.constFind(field);
    // A delete from before Lintas sent the full list: an earlier write counts as seen.
    if (it == seen.cend())
        return true;
    // The deleting laptop held this write or a later one (which had replaced it anyway).
    return w.hlc <= *it;
}

} // namespace

bool DeleteConflicts::deletes(const sync::Change &change)
{
    const auto it = change.fields.constFind(kDeleted);
    return it != change.fields.cend() && !it->isNull() && it->toLongLong() != 0;
}

Status DeleteConflicts::addSeenClocks(EntityTable &table, const EntityDef &def, sync::Change &change)
{
    LINTAS_TRY_ASSIGN(const auto clocks, table.fieldClocks(change.entityId));
    QStringList names;
    for (const FieldDef &f : def.fields)
        names << f.name;
    names << def.setFields;
    // Only what was written: most of a record's fields and sets never are. The marker says that
    // whatever is not listed was never written here (an older delete, without it, listed only
    // the fields it changed, or every field and no set).
    for (const QString &name : std::as_const(names)) {
        const auto it = clocks.constFind(name);
        if (!change.prev.contains(name) && it != clocks.cend() && !it->hlc.isNull())
            change.prev.insert(name, it->hlc);
    }
    change.prev.insert(kUnlistedUnwritten, sync::Hlc {});
    return {};
}

QStringList DeleteConflicts::touchedSets(const EntityDef &def, const sync::Change &change)
{
    QStringList out;
    const auto note = [&](const QString &field) {
        if (def.hasSetField(field) && !out.contains(field))
            out << field;
    };
    for (const sync::SetAdd &add : change.adds)
        note(add.field);
    for (const sync::SetRemove &rem : change.removes)
        note(rem.field);
    return out;
}

Result<bool> DeleteConflicts::afterChange(
    const EntityDef &def, const sync::Change &change, const RowDeletion &row, qint64 nowMs)
{
    if (change.op != sync::Change::upsertOp() || !def.field(kDeleted))
        return false;
    const bool writesDeleted = change.fields.contains(kDeleted);
    // A change to a live row that leaves `deleted` alone: nothing hidden, nothing to settle.
    if (!writesDeleted && !row.deleted)
        return false;
    const sync::Hlc deleteHlc = row.clock.hlc;
    const QString &deleteDevice = row.clock.device;
    // What the delete that wins had seen; nothing once the row is back.
    const bool wins = deleteHlc == change.hlc && deleteDevice == change.deviceId;
    if (writesDeleted && (!row.deleted || wins))
        LINTAS_TRY(rememberSeen(def, change.entityId, row.deleted ? &change : nullptr));
    if (!row.deleted) {
        // Brought back (a restore here or elsewhere, a refused mass deletion): what the
        // deletion hid is visible again, on this laptop as on the others.
        LINTAS_TRY(ConflictLog(m_db).settle(def.name, change.entityId, kDeleted, qint64(0), nowMs));
        return false;
    }
    return refresh(def, change.entityId, deleteHlc, deleteDevice, nowMs);
}

Status DeleteConflicts::rememberSeen(const EntityDef &def, const QString &id, const sync::Change *winner)
{
    LINTAS_TRY_ASSIGN(
        auto clear, m_db.prepare(QStringLiteral("DELETE FROM delete_seen WHERE entity = ? AND entity_id = ?")));
    clear.bind(1, def.name).bind(2, id);
    LINTAS_TRY(clear.exec());
    if (!winner)
        return {};
    const sync::Change &change = *winner;
    for (auto it = change.prev.cbegin(); it != change.prev.cend(); ++it) {
        LINTAS_TRY_ASSIGN(auto ins,
            m_db.prepare(
                QStringLiteral("INSERT INTO delete_seen (entity, entity_id, field, hlc) VALUES (?, ?, ?, ?)")));
        ins.bind(1, def.name).bind(2, change.entityId).bind(3, it.key()).bind(4, it.value().toInt64());
        LINTAS_TRY(ins.exec());
    }
    return {};
}

Result<bool> DeleteConflicts::refresh(
    const EntityDef &def, const QString &id, sync::Hlc deleteHlc, const QString &deleteDevice, qint64 nowMs)
{
    QHash<QString, sync::Hlc> seen;
    {
        LINTAS_TRY_ASSIGN(auto st,
            m_db.prepare(QStringLiteral("SELECT field, hlc FROM delete_seen WHERE entity = ? AND entity_id = ?")));
        st.bind(1, def.name).bind(2, id);
        LINTAS_TRY(st.forEachRow([&] { seen.insert(st.text(0), sync::Hlc::fromRaw(st.int64(1))); }));
    }
    // A delete with the marker lists every field and set it had seen written (addSeenClocks).
    if (seen.contains(kUnlistedUnwritten)) {
        for (const FieldDef &f : def.fields)
            seen.insert(f.name, seen.value(f.name));
        for (const QString &set : def.setFields)
            seen.insert(set, seen.value(set));
    }
    QSet<Writer> unseen;
    {
        LINTAS_TRY_ASSIGN(auto st,
            m_db.prepare(QStringLiteral("SELECT field, hlc, device FROM field_clock WHERE entity = ? AND entity_id = ? "
                                        "AND field <> 'deleted'")));
        st.bind(1, def.name).bind(2, id);
        LINTAS_TRY(st.forEachRow([&] {
            const Writer w {sync::Hlc::fromRaw(st.int64(1)), st.text(2)};
            if (!sawWrite(w, st.text(0), deleteHlc, deleteDevice, seen))
                unseen.insert(w);
        }));
    }
    QSet<Writer> listed;
    {
        LINTAS_TRY_ASSIGN(auto st,
            m_db.prepare(QStringLiteral(
                "SELECT lost_hlc, lost_device FROM delete_conflicts WHERE entity = ? AND entity_id = ?")));
        st.bind(1, def.name).bind(2, id);
        LINTAS_TRY(st.forEachRow([&] { listed.insert({sync::Hlc::fromRaw(st.int64(0)), st.text(1)}); }));
    }

    bool added = false;
    ConflictLog log(m_db);
    for (const Writer &w : unseen) {
        if (listed.contains(w))
            continue;
        Conflict c;
        c.entity = def.name;
        c.entityId = id;
        c.field = kDeleted;
        c.keptValue = qint64(1);
        c.keptHlc = deleteHlc;
        c.keptDevice = deleteDevice;
        c.lostValue = qint64(0);
        c.lostHlc = w.hlc;
        c.lostDevice = w.device;
        c.detectedAt = nowMs;
        LINTAS_TRY(log.record(c));
        // An entry already there under the same key (a concurrent restore that lost to this
        // delete, or one settled before) stays as it is, and is not this class's to remove.
        if (m_db.changes() == 0)
            continue;
        added = true;
        LINTAS_TRY_ASSIGN(auto ins,
            m_db.prepare(QStringLiteral(
                "INSERT INTO delete_conflicts (entity, entity_id, lost_hlc, lost_device) VALUES (?, ?, ?, ?)")));
        ins.bind(1, def.name).bind(2, id).bind(3, w.hlc.toInt64()).bind(4, w.device);
        LINTAS_TRY(ins.exec());
    }
    // An edit replaced on every field by a later one, or seen by a later delete that now wins,
    // is no longer one the delete missed: its open entry goes, as on a laptop that never had it.
    for (const Writer &w : listed) {
        if (unseen.contains(w))
            continue;
        LINTAS_TRY_ASSIGN(auto del,
            m_db.prepare(
                QStringLiteral("DELETE FROM conflicts WHERE entity = ? AND entity_id = ? AND field = 'deleted' "
                               "AND lost_hlc = ? AND lost_device = ? AND restored_at IS NULL")));
        del.bind(1, def.name).bind(2, id).bind(3, w.hlc.toInt64()).bind(4, w.device);
        LINTAS_TRY(del.exec());
        LINTAS_TRY_ASSIGN(auto forget,
            m_db.prepare(QStringLiteral("DELETE FROM delete_conflicts WHERE entity = ? AND entity_id = ? AND "
                                        "lost_hlc = ? AND lost_device = ?")));
        forget.bind(1, def.name).bind(2, id).bind(3, w.hlc.toInt64()).bind(4, w.device);
        LINTAS_TRY(forget.exec());
    }
    // The open entries name the delete that wins now, as on every other laptop.
    LINTAS_TRY_ASSIGN(auto kept,
        m_db.prepare(QStringLiteral(
            "UPDATE conflicts SET kept_hlc = ?, kept_device = ? WHERE entity = ? AND entity_id = ? AND field = "
            "'deleted' AND restored_at IS NULL AND (kept_hlc <> ? OR kept_device <> ?) AND EXISTS (SELECT 1 FROM "
            "delete_conflicts d WHERE d.entity = conflicts.entity AND d.entity_id = conflicts.entity_id AND "
            "d.lost_hlc = conflicts.lost_hlc AND d.lost_device = conflicts.lost_device)")));
    kept.bind(1, deleteHlc.toInt64()).bind(2, deleteDevice).bind(3, def.name).bind(4, id);
    kept.bind(5, deleteHlc.toInt64()).bind(6, deleteDevice);
    LINTAS_TRY(kept.exec());
    return added;
}

} // namespace lintas::repo
