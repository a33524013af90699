#include "sync/ChangeApplier.h"

#include "repo/DeleteConflicts.h"
#include "repo/DerivedTables.h"
#include "repo/EntityDef.h"
#include "repo/EntityTable.h"
#include "repo/TextVersions.h"
#include "store/Database.h"
#include "sync/ConflictLog.h"
#include "sync/HybridLogicalClock.h"
#include "sync/LineMerge.h"
#include "sync/UnknownFields.h"

namespace lintas::sync {

namespace {

const QString kDeleted = QStringLiteral("deleted");

bool sameValue(const QString &entity, const QString &field, const QVariant &a, const QVariant &b)
{
    const repo::EntityDef *def = repo::entityDefByName(entity);
    const repo::FieldDef *fieldDef = def ? def->field(field) : nullptr;
    const QVariant x = fieldDef ? repo::canonicalValue(fieldDef->type, a) : a;
    const QVariant y = fieldDef ? repo::canonicalValue(fieldDef->type, b) : b;
    if (x.isNull() || y.isNull())
        return x.isNull() && y.isNull();
    return x.toString() == y.toString();
}

} // namespace

Status ChangeApplier::noteConflict(repo::EntityTable &table, const Change &change, const QString &field,
    const QVariant &incoming, const repo::FieldClock &local, bool incomingWins)
{
    if (local.hlc == change.hlc && local.device == change.deviceId)
        return {}; // this very write, seen again
    // The writer saw exactly our value before changing it: an ordinary edit, not a conflict.
    const auto prev = change.prev.constFind(field);
    if (prev != change.prev.cend() && *prev == local.hlc)
        return {};
    QVariant localValue;
    LINTAS_TRY_ASSIGN(const auto row, table.loadFields(change.entityId));
    if (row)
        localValue = row->value(field);
    // Both wrote the same value (two laptops seeding the same directory entry, two people
    // correcting the same typo): nothing was lost, so there is nothing to show.
    if (sameValue(change.entity, field, incoming, localValue))
        return {};
    Conflict c;
    c.entity = change.entity;
    c.entityId = change.entityId;
    c.field = field;
    c.detectedAt = m_hlc.physicalNowMs();
    if (m_batch)
        m_batch->openConflicts = true;
    if (incomingWins) {
        c.keptValue = incoming;
        c.keptHlc = change.hlc;
        c.keptDevice = change.deviceId;
        c.lostValue = localValue;
        c.lostHlc = local.hlc;
        c.lostDevice = local.device;
    } else {
        c.keptValue = localValue;
        c.keptHlc = local.hlc;
        c.keptDevice = local.device;
        c.lostValue = incoming;
        c.lostHlc = change.hlc;
        c.lostDevice = change.deviceId;
    }
    return ConflictLog(m_db).record(c);
}

Result<bool> ChangeApplier::keepText(repo::EntityTable &table, const Change &change, const QString &field,
    const QVariant &incoming, const repo::FieldClock *local, bool incomingWins)
{
    repo::TextVersions versions(m_db);
    const auto prev = change.prev.constFind(field);
    const Hlc incomingPrev = prev != change.prev.cend() ? *prev : Hlc();
    LINTAS_TRY(
        versions.record(change.entity, change.entityId, field, {change.hlc, change.deviceId, incomingPrev}, incoming));
    if (!local)
        return false;
    const bool concurrent
        = incomingPrev != local->hlc && !(local->hlc == change.hlc && local->device == change.deviceId);
    // A plain successor: the text it replaces was kept when it was written or arrived, so the
    // pull path reads no row here.
    if (!concurrent)
        return false;
    QVariant localValue;
    LINTAS_TRY_ASSIGN(const auto row, table.loadFields(change.entityId));
    if (row)
        localValue = row->value(field);
    // Kept here too for a text this laptop held before it kept versions.
    LINTAS_TRY(
        versions.record(change.entity, change.entityId, field, {local->hlc, local->device, std::nullopt}, localValue));
    // Only the laptop whose write lost merges it, so a loss is merged once, not by every
    // laptop that sees both; everyone else notes it until that merge arrives (settleMerged).
    const bool ownLoss = m_batch && m_batch->merges && !m_batch->selfDevice.isEmpty()
        && local->device == m_batch->selfDevice && change.deviceId != m_batch->selfDevice;
    if (!incomingWins || !ownLoss)
        return false;
    LINTAS_TRY_ASSIGN(
        const auto base, versions.commonBase(change.entity, change.entityId, field, local->hlc, incomingPrev));
    if (!base)
        return false;
    const auto merged = mergeLines(*base, localValue.toString(), incoming.toString());
    if (!merged)
        return false;
    if (*merged != incoming.toString())
        m_batch->merges->push_back({change.entity, change.entityId, field, *merged, local->hlc});
    return true;
}

Status ChangeApplier::apply(const Change &change)
{
    const repo::EntityDef *def = repo::entityDefByName(change.entity);
    if (!def)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("unknown entity %1").arg(change.entity));
    repo::EntityTable table(m_db, *def);
    table.setFailInPlace(m_batch != nullptr);
    m_hlc.observe(change.hlc);

    // The row's `deleted` flag and clock once the change is stored, from what the upsert reads anyway.
    repo::DeleteConflicts::RowDeletion deletion;
    repo::FieldMap values;
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
        const repo::FieldDef *f = def->field(it.key());
        if (!f)
            continue; // a field from a newer Lintas; preserved by the sync layer, not stored here
        values.insert(f->name, repo::canonicalValue(f->type, it.value()));
    }

    if (change.op == Change::appendOp()) {
        if (!def->appendOnly)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("append to mutable %1").arg(def->name));
        auto current = table.loadFields(change.entityId);
        if (!current.ok())
            return current.error();
        if (!current->has_value())
            LINTAS_TRY(table.insertRow(change.entityId, values, change.hlc.ms()));
    } else if (change.op == Change::upsertOp()) {
        if (def->appendOnly)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("upsert to append-only %1").arg(def->name));
        LINTAS_TRY(table.ensureRow(change.entityId, change.hlc.ms()));
        // A row that did not exist has no field clocks: nothing to read, nothing to compare.
        const bool newRow = m_db.changes() > 0;
        QHash<QString, repo::FieldClock> clocks;
        bool wasDeleted = false;
        if (!newRow) {
            LINTAS_TRY_ASSIGN(clocks, table.fieldClocks(change.entityId, &wasDeleted));
        }
        deletion = {wasDeleted, clocks.value(kDeleted)};
        const bool settle = !m_batch || m_batch->openConflicts;
        repo::FieldMap winners;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const auto local = clocks.constFind(it.key());
            const bool known = local != clocks.cend();
            const bool incomingWins = !known || writtenAfter(change.hlc, change.deviceId, local->hlc, local->device);
            bool merged = false;
            if (def->field(it.key())->mergesLines) {
                LINTAS_TRY_ASSIGN(
                    merged, keepText(table, change, it.key(), it.value(), known ? &*local : nullptr, incomingWins));
            }
            if (known && !merged)
                LINTAS_TRY(noteConflict(table, change, it.key(), it.value(), *local, incomingWins));
            if (!incomingWins)
                continue;
            winners.insert(it.key(), it.value());
            const repo::FieldClock clock {change.hlc, change.deviceId};
            if (it.key() == kDeleted)
                deletion = {!it.value().isNull() && it.value().toLongLong() != 0, clock};
            LINTAS_TRY(known ? table.setFieldClock(change.entityId, it.key(), clock)
                             : table.insertFieldClock(change.entityId, it.key(), clock));
            // Someone put a losing value back (one-click restore): this device's entry for that
            // loss is settled too.
            if (settle)
                LINTAS_TRY(ConflictLog(m_db).settle(
                    change.entity, change.entityId, it.key(), it.value(), m_hlc.physicalNowMs()));
        }
        LINTAS_TRY(table.updateRow(change.entityId, winners, change.hlc.ms()));
        for (auto m = change.merges.cbegin(); m != change.merges.cend(); ++m)
            LINTAS_TRY(ConflictLog(m_db).settleMerged(
                change.entity, change.entityId, m.key(), *m, change.deviceId, m_hlc.physicalNowMs()));
        for (const SetAdd &add : change.adds) {
            if (def->hasSetField(add.field))
                LINTAS_TRY(table.addMember(change.entityId, add.field, add.element, add.tag));
        }
        for (const SetRemove &rem : change.removes) {
            if (def->hasSetField(rem.field))
                LINTAS_TRY(table.removeTags(change.entityId, rem.field, rem.element, rem.tags, change.hlc));
        }
        // Each set's clock is its latest operation, whatever order they arrive in (DeleteConflicts).
        for (const QString &set : repo::DeleteConflicts::touchedSets(*def, change)) {
            const auto local = clocks.constFind(set);
            const repo::FieldClock clock {change.hlc, change.deviceId};
            if (local == clocks.cend())
                LINTAS_TRY(table.insertFieldClock(change.entityId, set, clock));
            else if (writtenAfter(change.hlc, change.deviceId, local->hlc, local->device))
                LINTAS_TRY(table.setFieldClock(change.entityId, set, clock));
        }
    } else {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("unknown op %1").arg(change.op));
    }
    LINTAS_TRY(UnknownFields(m_db).keep(*def, change));
    // An edit of a deleted row, or a delete of an edited one: see DeleteConflicts.
    LINTAS_TRY_ASSIGN(
        const bool unseenEdits, repo::DeleteConflicts(m_db).afterChange(*def, change, deletion, m_hlc.physicalNowMs()));
    if (unseenEdits && m_batch)
        m_batch->openConflicts = true;
    // The derived tables (search index, case-list keys, duplicate-client keys) follow applied
    // changes exactly as they follow local writes, including what a change carried for a newer
    // version that this one knows (UnknownFields::keep wrote it into the row).
    const Change *derivedFrom = &change;
    Change withCarried;
    if (!change.carried.isEmpty() || !change.carriedRemoves.isEmpty()) {
        withCarried = change;
        for (auto it = change.carried.cbegin(); it != change.carried.cend(); ++it)
            if (def->field(it.key()))
                withCarried.fields.insert(it.key(), it->value);
        for (const CarriedRemove &rem : change.carriedRemoves)
            if (def->hasSetField(rem.remove.field))
                withCarried.removes.push_back(rem.remove);
        derivedFrom = &withCarried;
    }
    if (m_batch && m_batch->derived)
        m_batch->derived->note(*def, change.entityId, *derivedFrom, false);
    else
        LINTAS_TRY(repo::DerivedTables::refresh(m_db, *def, change.entityId, *derivedFrom, false));
    if (m_afterApply)
        return m_afterApply(*def, change.entityId);
    return {};
}

} // namespace lintas::sync
