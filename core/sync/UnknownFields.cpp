#include "sync/UnknownFields.h"

#include "repo/EntityDef.h"
#include "repo/EntityTable.h"
#include "repo/NewerFields.h"
#include "store/Database.h"

#include <QJsonArray>

#include <algorithm>

namespace lintas::sync {

namespace {

const QString kAdd = QStringLiteral("add");
const QString kRemove = QStringLiteral("remove");

QString tagsText(const QStringList &tags)
{
    return repo::NewerFields::tagsText(tags);
}

QStringList tagsFromText(const QString &text)
{
    return repo::NewerFields::tagsFromText(text);
}

} // namespace

Status UnknownFields::keep(const repo::EntityDef &def, const Change &change)
{
    for (auto it = change.fields.cbegin(); it != change.fields.cend(); ++it) {
        if (!def.field(it.key()))
            LINTAS_TRY(keepField(def.name, change.entityId, it.key(), {it.value(), change.hlc, change.deviceId}));
    }
    for (const SetAdd &add : change.adds) {
        if (!def.hasSetField(add.field))
            // An add is known by its tag alone; its clock plays no part (as in set_members).
            LINTAS_TRY(keepSetOp(def.name, change.entityId, kAdd, add.field, add.element, {add.tag}, Hlc {}));
    }
    for (const SetRemove &rem : change.removes) {
        if (!def.hasSetField(rem.field))
            LINTAS_TRY(keepSetOp(def.name, change.entityId, kRemove, rem.field, rem.element, rem.tags, change.hlc));
    }
    for (auto it = change.carried.cbegin(); it != change.carried.cend(); ++it) {
        // Sent on from a laptop that does not know it; this one may (it is newer than the sender).
        if (const repo::FieldDef *f = def.field(it.key())) {
            LINTAS_TRY(repo::NewerFields::putField(m_db, def, *f, change.entityId, it->value, it->hlc, it->device));
        } else {
            LINTAS_TRY(keepField(def.name, change.entityId, it.key(), *it));
        }
    }
    for (const CarriedRemove &rem : change.carriedRemoves) {
        const SetRemove &r = rem.remove;
        if (def.hasSetField(r.field)) {
            LINTAS_TRY(repo::EntityTable(m_db, def).removeTags(change.entityId, r.field, r.element, r.tags, rem.hlc));
        } else {
            LINTAS_TRY(keepSetOp(def.name, change.entityId, kRemove, r.field, r.element, r.tags, rem.hlc));
        }
    }
    return {};
}

Status UnknownFields::carryInOutbox(Change written)
{
    LINTAS_TRY_ASSIGN(const Preserved kept, forRecord(written.entity, written.entityId));
    if (kept.isEmpty())
        return {};
    written.carried = kept.fields;
    for (const SetAdd &add : kept.adds) {
        const bool there = std::any_of(written.adds.cbegin(), written.adds.cend(),
            [&](const SetAdd &a) { return a.tag == add.tag && a.field == add.field && a.element == add.element; });
        if (!there)
            written.adds.push_back(add);
    }
    written.carriedRemoves.clear();
    for (int i = 0; i < kept.removes.size(); ++i)
        written.carriedRemoves.push_back({kept.removes.at(i), kept.removeHlcs.value(i)});
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral("UPDATE outbox SET payload = ? WHERE device_seq = ? AND envelope IS NULL")));
    st.bind(1, QString::fromUtf8(written.payloadJson())).bind(2, written.deviceSeq);
    LINTAS_TRY(st.exec());
    if (m_db.changes() != 1)
        return makeError(ErrorCode::Internal,
            QStringLiteral("outbox entry %1 is not there to carry kept fields").arg(written.deviceSeq));
    return {};
}

Status UnknownFields::keepField(
    const QString &entity, const QString &entityId, const QString &field, const Field &value)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(
            QStringLiteral("SELECT hlc, device FROM unknown_fields WHERE entity = ? AND entity_id = ? AND field = ?")));
    st.bind(1, entity).bind(2, entityId).bind(3, field);
    LINTAS_TRY_ASSIGN(const bool found, st.step());
    if (found && !writtenAfter(value.hlc, value.device, Hlc::fromRaw(st.int64(0)), st.text(1)))
        return {}; // an older write, or this one again
    LINTAS_TRY_ASSIGN(auto put,
        m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO unknown_fields (entity, entity_id, field, value, hlc, "
                                    "device) VALUES (?, ?, ?, ?, ?, ?)")));
    put.bind(1, entity).bind(2, entityId).bind(3, field).bindValue(4, value.value);
    put.bind(5, value.hlc.toInt64()).bind(6, value.device);
    return put.exec();
}

Status UnknownFields::keepSetOp(const QString &entity, const QString &entityId, const QString &kind,
    const QString &field, const QString &element, const QStringList &tags, Hlc hlc)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO unknown_set_ops (entity, entity_id, field, kind, element, "
                                    "tags, hlc) VALUES (?, ?, ?, ?, ?, ?, ?)")));
    st.bind(1, entity).bind(2, entityId).bind(3, field).bind(4, kind).bind(5, element).bind(6, tagsText(tags));
    st.bind(7, hlc.toInt64());
    return st.exec();
}

Result<UnknownFields::Preserved> UnknownFields::forRecord(const QString &entity, const QString &entityId)
{
    Preserved out;
    {
        LINTAS_TRY_ASSIGN(auto st,
            m_db.prepare(QStringLiteral("SELECT field, value, hlc, device FROM unknown_fields WHERE entity = ? AND "
                                        "entity_id = ? ORDER BY field")));
        st.bind(1, entity).bind(2, entityId);
        LINTAS_TRY(st.forEachRow([&] {
            out.fields.insert(st.text(0), {st.value(1), Hlc::fromRaw(st.int64(2)), st.text(3)});
        }));
    }
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral("SELECT field, kind, element, tags, hlc FROM unknown_set_ops WHERE entity = ? AND "
                                    "entity_id = ? ORDER BY hlc, field, kind, element, tags")));
    st.bind(1, entity).bind(2, entityId);
    LINTAS_TRY(st.forEachRow([&] {
        const QStringList tags = tagsFromText(st.text(3));
        if (st.text(1) == kAdd) {
            out.adds.push_back({st.text(0), st.text(2), tags.value(0)});
        } else {
            out.removes.push_back({st.text(0), st.text(2), tags});
            out.removeHlcs.push_back(Hlc::fromRaw(st.int64(4)));
        }
    }));
    return out;
}

Result<bool> UnknownFields::anyFor(const QString &entity)
{
    LINTAS_TRY_ASSIGN(auto st,
        m_db.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM unknown_fields WHERE entity = ?) OR EXISTS "
                                    "(SELECT 1 FROM unknown_set_ops WHERE entity = ?)")));
    st.bind(1, entity).bind(2, entity);
    LINTAS_TRY_ASSIGN(const bool row, st.step());
    return row && st.int64(0) != 0;
}

QJsonObject UnknownFields::toJson(const Preserved &preserved)
{
    QJsonObject out;
    if (!preserved.fields.isEmpty()) {
        QJsonObject fields;
        for (auto it = preserved.fields.cbegin(); it != preserved.fields.cend(); ++it)
            fields.insert(it.key(),
                QJsonObject {{QStringLiteral("value"), QJsonValue::fromVariant(it->value)},
                    {QStringLiteral("hlc"), it->hlc.toString()}, {QStringLiteral("device"), it->device}});
        out.insert(QStringLiteral("fields"), fields);
    }
    if (!preserved.adds.isEmpty()) {
        QJsonArray adds;
        for (const SetAdd &add : preserved.adds)
            adds.append(QJsonArray {add.field, add.element, add.tag});
        out.insert(QStringLiteral("adds"), adds);
    }
    if (!preserved.removes.isEmpty()) {
        QJsonArray removes;
        for (int i = 0; i < preserved.removes.size(); ++i) {
            const SetRemove &rem = preserved.removes.at(i);
            removes.append(QJsonArray {rem.field, rem.element, QJsonArray::fromStringList(rem.tags),
                preserved.removeHlcs.value(i).toString()});
        }
        out.insert(QStringLiteral("removes"), removes);
    }
    return out;
}

Result<UnknownFields::Preserved> UnknownFields::fromJson(const QJsonValue &json)
{
    const auto bad = [](const QString &what) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("preserved: %1").arg(what));
    };
    if (!json.isObject())
        return bad(QStringLiteral("must be an object"));
    const QJsonObject root = json.toObject();
    Preserved out;
    const QJsonObject fields = root.value(QStringLiteral("fields")).toObject();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QJsonObject f = it.value().toObject();
        bool ok = false;
        const Hlc hlc = Hlc::parse(f.value(QStringLiteral("hlc")).toString(), &ok);
        const QString device = f.value(QStringLiteral("device")).toString();
        if (!ok || device.isEmpty())
            return bad(QStringLiteral("field %1 needs hlc and device").arg(it.key()));
        out.fields.insert(it.key(), {f.value(QStringLiteral("value")).toVariant(), hlc, device});
    }
    for (const QJsonValue &v : root.value(QStringLiteral("adds")).toArray()) {
        const QJsonArray a = v.toArray();
        if (a.size() != 3)
            return bad(QStringLiteral("an add is [field, element, tag]"));
        out.adds.push_back({a.at(0).toString(), a.at(1).toString(), a.at(2).toString()});
    }
    for (const QJsonValue &v : root.value(QStringLiteral("removes")).toArray()) {
        const QJsonArray a = v.toArray();
        if (a.size() != 4)
            return bad(QStringLiteral("a remove is [field, element, [tags], hlc]"));
        QStringList tags;
        for (const QJsonValue &t : a.at(2).toArray())
            tags << t.toString();
        out.removes.push_back({a.at(0).toString(), a.at(1).toString(), tags});
        out.removeHlcs.push_back(Hlc::parse(a.at(3).toString()));
    }
    return out;
}

Status UnknownFields::restore(const QString &entity, const QString &entityId, const Preserved &preserved)
{
    for (auto it = preserved.fields.cbegin(); it != preserved.fields.cend(); ++it)
        LINTAS_TRY(keepField(entity, entityId, it.key(), *it));
    for (const SetAdd &add : preserved.adds)
        LINTAS_TRY(keepSetOp(entity, entityId, kAdd, add.field, add.element, {add.tag}, Hlc {}));
    for (int i = 0; i < preserved.removes.size(); ++i) {
        const SetRemove &rem = preserved.removes.at(i);
        LINTAS_TRY(
            keepSetOp(entity, entityId, kRemove, rem.field, rem.element, rem.tags, preserved.removeHlcs.value(i)));
    }
    return {};
}

} // namespace lintas::sync
