#include "repo/ChangeWriter.h"

#include "base/Clock.h"
#include "base/RandomSource.h"
#include "repo/DeleteConflicts.h"
#include "repo/EntityTable.h"
#include "repo/RecordSpace.h"
#include "repo/TextVersions.h"
#include "repo/Validation.h"
#include "store/Database.h"

#include <QScopeGuard>
#include <QSet>
#include <algorithm>

namespace lintas::repo {

namespace {

// Crockford base32 without look-alikes, for short human-typed device codes.
const char kCodeAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

// As sync::OutboxRestamp::kAheadLimitMs: stamps further ahead are a wrong clock's.
constexpr qint64 kStampAheadLimitMs = 24LL * 60 * 60 * 1000;

} // namespace

ChangeWriter::ChangeWriter(store::Database &db, const Clock &clock, RandomSource &random)
    : m_db(db), m_clock(clock), m_random(random), m_hlc(clock)
{ }

Status ChangeWriter::load()
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT device_id, device_code, last_hlc FROM device_state WHERE id = 1"));
    if (!stmt.ok())
        return stmt.error();
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    if (row.value()) {
        m_deviceId = stmt->text(0);
        m_deviceCode = stmt->text(1);
        m_hlc.raiseTo(sync::Hlc::fromRaw(stmt->int64(2)));
        return {};
    }
    m_deviceId = m_random.newId();
    QString code;
    for (int i = 0; i < 4; ++i)
        code += QLatin1Char(kCodeAlphabet[m_random.uniform(32)]);
    m_deviceCode = code;
    auto ins = m_db.prepare(QStringLiteral("INSERT INTO device_state (id, device_id, device_code, last_hlc, next_seq, "
                                           "next_case_number) VALUES (1, ?, ?, 0, 1, 1)"));
    if (!ins.ok())
        return ins.error();
    ins->bind(1, m_deviceId).bind(2, m_deviceCode);
    return ins->exec();
}

Result<std::optional<sync::Change>> ChangeWriter::write(const EntityDef &def, const QString &id, const FieldMap &fields,
    const SetMap &sets, Mode mode, const QMap<QString, sync::Hlc> &merges)
{
    if (def.appendOnly)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 is append-only").arg(def.name));
    EntityTable table(m_db, def);
    auto current = table.loadFields(id);
    if (!current.ok())
        return current.error();
    const bool exists = current->has_value();
    if (mode == Mode::Create && exists)
        return makeError(ErrorCode::AlreadyExists, QStringLiteral("%1 %2").arg(def.name, id));
    if (mode == Mode::Update && !exists)
        return makeError(ErrorCode::NotFound, QStringLiteral("%1 %2").arg(def.name, id));

    sync::Change change;
    change.entity = def.name;
    change.entityId = id;
    change.op = sync::Change::upsertOp();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const FieldDef *f = def.field(it.key());
        if (!f)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 has no field %2").arg(def.name, it.key()));
        const QVariant value = canonicalValue(f->type, it.value());
        const QVariant old = exists ? (**current).value(f->name) : QVariant();
        if (value.isNull() && old.isNull())
            continue;
        if (!value.isNull() && !old.isNull() && value == old)
            continue;
        change.fields.insert(f->name, value);
    }

    QMap<QString, QMap<QString, QStringList>> liveBySet;
    for (auto it = sets.cbegin(); it != sets.cend(); ++it) {
        if (!def.hasSetField(it.key()))
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 has no set %2").arg(def.name, it.key()));
        auto live = table.liveTags(id, it.key());
        if (!live.ok())
            return live.error();
        QSet<QString> desired;
        for (const QString &e : it.value()) {
            const QString element = e.trimmed();
            if (!element.isEmpty())
                desired.insert(element);
        }
        QStringList sortedDesired(desired.begin(), desired.end());
        sortedDesired.sort();
        for (const QString &element : sortedDesired) {
            if (!live->contains(element))
                change.adds.push_back({it.key(), element, QString()});
        }
        for (auto lt = live->cbegin(); lt != live->cend(); ++lt) {
            if (!desired.contains(lt.key()))
                change.removes.push_back({it.key(), lt.key(), lt.value()});
        }
    }

    if (change.fields.isEmpty() && change.adds.isEmpty() && change.removes.isEmpty() && exists)
        return std::optional<sync::Change>();

    // Each changed field's previous HLC travels with the record: a receiver whose clock for the
    // field equals it knows this edit is a plain successor, not a concurrent one.
    // Long texts also keep the version they replace: the base of a later line merge.
    QMap<QString, FieldClock> replaced;
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
        auto prev = table.fieldClock(id, it.key());
        if (!prev.ok())
            return prev.error();
        if (prev->has_value()) {
            change.prev.insert(it.key(), (*prev)->hlc);
            replaced.insert(it.key(), **prev);
        }
        if (merges.contains(it.key()))
            change.merges.insert(it.key(), merges.value(it.key()));
    }
    if (DeleteConflicts::deletes(change))
        LINTAS_TRY(DeleteConflicts::addSeenClocks(table, def, change));
    auto recorded = record(std::move(change), def);
    if (!recorded.ok())
        return recorded.error();
    const sync::Change &c = recorded.value();
    for (const FieldDef &f : def.fields) {
        if (!f.mergesLines || !c.fields.contains(f.name))
            continue;
        TextVersions versions(m_db);
        const auto old = replaced.constFind(f.name);
        if (old != replaced.cend())
            LINTAS_TRY(versions.record(def.name, id, f.name, {old->hlc, old->device, std::nullopt},
                exists ? (**current).value(f.name) : QVariant()));
        const sync::Hlc prev = old != replaced.cend() ? old->hlc : sync::Hlc();
        LINTAS_TRY(versions.record(def.name, id, f.name, {c.hlc, m_deviceId, prev}, c.fields.value(f.name)));
    }

    for (auto it = c.fields.cbegin(); it != c.fields.cend(); ++it)
        LINTAS_TRY(table.setFieldClock(id, it.key(), {c.hlc, m_deviceId}));
    if (exists)
        LINTAS_TRY(table.updateRow(id, c.fields, c.hlc.ms()));
    else
        LINTAS_TRY(table.insertRow(id, c.fields, c.hlc.ms()));
    for (const sync::SetAdd &add : c.adds)
        LINTAS_TRY(table.addMember(id, add.field, add.element, add.tag));
    for (const sync::SetRemove &rem : c.removes)
        LINTAS_TRY(table.removeTags(id, rem.field, rem.element, rem.tags, c.hlc));
    // A local write is the latest thing this laptop has seen, so it holds the sets' clocks.
    for (const QString &set : DeleteConflicts::touchedSets(def, c))
        LINTAS_TRY(table.setFieldClock(id, set, {c.hlc, m_deviceId}));
    // A delete, an undelete, or (not from the UI) an edit of a deleted row: see DeleteConflicts.
    const QString deletedField = QStringLiteral("deleted");
    DeleteConflicts::RowDeletion row;
    if (c.fields.contains(deletedField)) {
        row.deleted = DeleteConflicts::deletes(c);
        row.clock = {c.hlc, m_deviceId};
    } else if (exists && (**current).value(deletedField).toLongLong()) {
        row.deleted = true;
        LINTAS_TRY_ASSIGN(const auto clock, table.fieldClock(id, deletedField));
        row.clock = clock.value_or(FieldClock {});
    }
    LINTAS_TRY(DeleteConflicts(m_db).afterChange(def, c, row, m_clock.nowMs()));
    if (m_afterWrite)
        LINTAS_TRY(m_afterWrite(def, id, c, !exists));
    LINTAS_TRY(mirror(def, c));
    return std::optional<sync::Change>(c);
}

Result<sync::Change> ChangeWriter::append(const EntityDef &def, const QString &id, const FieldMap &fields)
{
    if (!def.appendOnly)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 is not append-only").arg(def.name));
    EntityTable table(m_db, def);
    auto current = table.loadFields(id);
    if (!current.ok())
        return current.error();
    if (current->has_value())
        return makeError(ErrorCode::AlreadyExists, QStringLiteral("%1 %2").arg(def.name, id));
    sync::Change change;
    change.entity = def.name;
    change.entityId = id;
    change.op = sync::Change::appendOp();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const FieldDef *f = def.field(it.key());
        if (!f)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 has no field %2").arg(def.name, it.key()));
        const QVariant value = canonicalValue(f->type, it.value());
        if (!value.isNull())
            change.fields.insert(f->name, value);
    }
    auto recorded = record(std::move(change), def);
    if (!recorded.ok())
        return recorded.error();
    LINTAS_TRY(table.insertRow(id, recorded->fields, recorded->hlc.ms()));
    if (m_afterWrite)
        LINTAS_TRY(m_afterWrite(def, id, *recorded, true));
    LINTAS_TRY(mirror(def, *recorded));
    return recorded;
}

Status ChangeWriter::mirror(const EntityDef &def, const sync::Change &written)
{
    if (m_route)
        return {};
    LINTAS_TRY_ASSIGN(const QStringList mirrors, RecordSpace::mirrorsOf(m_db, def, written.entityId));
    if (mirrors.isEmpty())
        return {};
    LINTAS_TRY_ASSIGN(auto st, m_db.prepare(QStringLiteral("SELECT space_id FROM sync_spaces")));
    LINTAS_TRY_ASSIGN(const QStringList joined, st.textColumn());
    const auto unroute = qScopeGuard([this] { m_route.reset(); });
    for (const QString &space : mirrors) {
        // A space this laptop is not in gets it from a colleague in both (sync::ReplyApplier forwards).
        if (!joined.contains(space))
            continue;
        m_route = space;
        LINTAS_TRY(relay(def, written));
    }
    return {};
}

Result<sync::Change> ChangeWriter::relay(const EntityDef &def, const sync::Change &original)
{
    sync::Change change;
    change.entity = def.name;
    change.entityId = original.entityId;
    change.op = original.op;
    if (original.op == sync::Change::appendOp()) {
        change.fields = original.fields;
        return record(std::move(change), def);
    }
    change.carried = original.carried;
    for (auto it = original.fields.cbegin(); it != original.fields.cend(); ++it)
        change.carried.insert(it.key(), {it.value(), original.hlc, original.deviceId});
    change.adds = original.adds;
    change.carriedRemoves = original.carriedRemoves;
    for (const sync::SetRemove &rem : original.removes)
        change.carriedRemoves.push_back({rem, original.hlc});
    return record(std::move(change), def);
}

Result<sync::Change> ChangeWriter::resend(const EntityDef &def, const QString &id)
{
    EntityTable table(m_db, def);
    LINTAS_TRY_ASSIGN(const auto row, table.loadFields(id));
    if (!row)
        return makeError(ErrorCode::NotFound, QStringLiteral("%1 %2").arg(def.name, id));
    sync::Change change;
    change.entity = def.name;
    change.entityId = id;
    if (def.appendOnly) {
        change.op = sync::Change::appendOp();
        for (auto it = row->cbegin(); it != row->cend(); ++it)
            if (!it.value().isNull() && def.field(it.key()))
                change.fields.insert(it.key(), it.value());
    } else {
        change.op = sync::Change::upsertOp();
        LINTAS_TRY_ASSIGN(const auto clocks, table.fieldClocks(id));
        for (const FieldDef &f : def.fields) {
            const auto clock = clocks.constFind(f.name);
            if (clock != clocks.cend())
                change.carried.insert(f.name, {row->value(f.name), clock->hlc, clock->device});
        }
        for (const QString &set : def.setFields) {
            LINTAS_TRY_ASSIGN(const auto live, table.liveTags(id, set));
            for (auto it = live.cbegin(); it != live.cend(); ++it)
                for (const QString &tag : it.value())
                    change.adds.push_back({set, it.key(), tag});
        }
    }
    return record(std::move(change), def);
}

Result<QString> ChangeWriter::routeOf(const EntityDef &def, const sync::Change &change)
{
    if (m_route)
        return *m_route;
    LINTAS_TRY_ASSIGN(const QString space, RecordSpace::of(m_db, def, change.entityId, change.fields));
    if (space.isEmpty())
        return space;
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral("SELECT (SELECT count(*) FROM sync_spaces WHERE space_id = ?), "
                                    "(SELECT count(*) FROM sync_spaces)")));
    st.bind(1, space);
    LINTAS_TRY_ASSIGN(const bool row, st.step());
    if (row && st.int64(0) > 0)
        return space;
    // A profile that has joined nothing yet (a restored export) keeps the change for its first space.
    if (st.int64(1) == 0)
        return QString();
    return validate::failure(QStringLiteral("case_in_other_space"),
        QStringLiteral("the case was moved to a shared space this profile is not a member of"), QString());
}

Result<sync::Change> ChangeWriter::record(sync::Change change, const EntityDef &def)
{
    LINTAS_TRY_ASSIGN(const QString space, routeOf(def, change));
    // Counters are read inside the transaction, so a rolled-back write leaves no gap in device_seq.
    // The HLC and the clock correction are read here too: sync applies remote changes and
    // corrects the clock on its own connection, and a local edit must order after what it applied.
    auto st = m_db.prepare(QStringLiteral("SELECT next_seq, last_hlc, clock_offset_ms FROM device_state WHERE id = 1"));
    if (!st.ok())
        return st.error();
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::Internal, QStringLiteral("device_state missing: ChangeWriter::load() not called"));
    const qint64 seq = st->int64(0);
    // Sync may have lowered the persisted HLC after re-stamping changes made under a clock far
    // ahead (sync/OutboxRestamp.h); this writer's memory may still hold such a stamp, which no
    // longer exists anywhere. What it observed within a day of corrected time still counts.
    sync::HybridLogicalClock stamp(m_clock, sync::Hlc::fromRaw(st->int64(1)));
    stamp.setOffsetMs(st->int64(2));
    m_hlc.setOffsetMs(st->int64(2));
    if (m_hlc.last().ms() <= stamp.physicalNowMs() + kStampAheadLimitMs)
        stamp.raiseTo(m_hlc.last());

    change.changeId = newId();
    change.deviceId = m_deviceId;
    change.deviceSeq = seq;
    change.hlc = stamp.tick();
    m_hlc.raiseTo(change.hlc);
    for (sync::SetAdd &add : change.adds)
        if (add.tag.isEmpty()) // a resent add keeps the tag it was made with
            add.tag = change.changeId;

    auto ins = m_db.prepare(
        QStringLiteral("INSERT INTO outbox (device_seq, change_id, hlc, entity, entity_id, op, payload, created_at, "
                       "space_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!ins.ok())
        return ins.error();
    ins->bind(1, seq)
        .bind(2, change.changeId)
        .bind(3, change.hlc.toInt64())
        .bind(4, change.entity)
        .bind(5, change.entityId)
        .bind(6, change.op)
        .bind(7, QString::fromUtf8(change.payloadJson()))
        .bind(8, m_clock.nowMs())
        .bind(9, space.isEmpty() ? QString() : space);
    LINTAS_TRY(ins->exec());

    auto upd = m_db.prepare(QStringLiteral("UPDATE device_state SET next_seq = ?, last_hlc = ? WHERE id = 1"));
    if (!upd.ok())
        return upd.error();
    upd->bind(1, seq + 1).bind(2, change.hlc.toInt64());
    LINTAS_TRY(upd->exec());
    return change;
}

Result<QString> ChangeWriter::nextCaseReference()
{
    auto st = m_db.prepare(QStringLiteral("SELECT next_case_number FROM device_state WHERE id = 1"));
    if (!st.ok())
        return st.error();
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::Internal, QStringLiteral("device_state missing"));
    const qint64 n = st->int64(0);
    auto upd = m_db.prepare(QStringLiteral("UPDATE device_state SET next_case_number = ? WHERE id = 1"));
    if (!upd.ok())
        return upd.error();
    upd->bind(1, n + 1);
    LINTAS_TRY(upd->exec());
    return QStringLiteral("%1-%2").arg(m_deviceCode).arg(n, 4, 10, QLatin1Char('0'));
}

QString ChangeWriter::newId()
{
    const quint64 ms = quint64(std::max<qint64>(m_clock.nowMs(), 0)) & 0xFFFF'FFFF'FFFFull;
    return QStringLiteral("%1").arg(ms, 12, 16, QLatin1Char('0')) + m_random.newId().left(20);
}

} // namespace lintas::repo
