#include "sync/UnknownFields.h"

#include "repo/DerivedTables.h"
#include "repo/EntityDef.h"
#include "repo/EntityTable.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace lintas::sync {

namespace {

const QString kAdd = QStringLiteral("add");
const QString kRemove = QStringLiteral("remove");

QString tagsText(const QStringList &tags)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

QStringList tagsFromText(const QString &text)
{
    QStringList tags;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        tags << v.toString();
    return tags;
}

const repo::EntityDef *findDef(const QVector<const repo::EntityDef *> &defs, const QString &name)
{
    for (const repo::EntityDef *def : defs) {
        if (def->name == name)
            return def;
    }
    return nullptr;
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

Result<int> UnknownFields::foldKnown(store::Database &db, const QVector<const repo::EntityDef *> &defs)
{
    LINTAS_TRY_ASSIGN(const store::SqlValue waiting,
        db.scalar(
            QStringLiteral("SELECT (SELECT count(*) FROM unknown_fields) + (SELECT count(*) FROM unknown_set_ops)")));
    if (waiting.toInt() == 0)
        return 0;
    LINTAS_TRY_ASSIGN(auto tx, db.begin());

    struct Row {
        QString entity, entityId, field, kind, element, tags;
        QVariant value;
        Hlc hlc;
        QString device;
    };
    QVector<Row> fields;
    QVector<Row> setOps;
    {
        LINTAS_TRY_ASSIGN(auto st,
            db.prepare(QStringLiteral("SELECT entity, entity_id, field, value, hlc, device FROM unknown_fields "
                                      "ORDER BY entity, entity_id, field")));
        LINTAS_TRY(st.forEachRow([&] {
            Row r;
            r.entity = st.text(0);
            r.entityId = st.text(1);
            r.field = st.text(2);
            r.value = st.value(3);
            r.hlc = Hlc::fromRaw(st.int64(4));
            r.device = st.text(5);
            fields.push_back(r);
        }));
    }
    {
        LINTAS_TRY_ASSIGN(auto st,
            db.prepare(QStringLiteral("SELECT entity, entity_id, field, kind, element, tags, hlc FROM unknown_set_ops "
                                      "ORDER BY entity, entity_id, hlc")));
        LINTAS_TRY(st.forEachRow([&] {
            Row r;
            r.entity = st.text(0);
            r.entityId = st.text(1);
            r.field = st.text(2);
            r.kind = st.text(3);
            r.element = st.text(4);
            r.tags = st.text(5);
            r.hlc = Hlc::fromRaw(st.int64(6));
            setOps.push_back(r);
        }));
    }

    // Per record, what was folded: the derived tables judge a change by the fields it carries.
    QHash<QString, Change> folded;
    QVector<QString> order;
    auto touched = [&](const repo::EntityDef &def, const QString &id) -> Change & {
        const QString key = def.name + QLatin1Char('/') + id;
        if (!folded.contains(key)) {
            Change c;
            c.entity = def.name;
            c.entityId = id;
            c.op = Change::upsertOp();
            folded.insert(key, c);
            order.push_back(key);
        }
        return folded[key];
    };

    for (const Row &r : fields) {
        const repo::EntityDef *def = findDef(defs, r.entity);
        const repo::FieldDef *f = def ? def->field(r.field) : nullptr;
        if (!f)
            continue; // still unknown
        repo::EntityTable table(db, *def);
        LINTAS_TRY_ASSIGN(const auto current, table.fieldClock(r.entityId, r.field));
        if (!current || writtenAfter(r.hlc, r.device, current->hlc, current->device)) {
            const QVariant value = repo::canonicalValue(f->type, r.value);
            LINTAS_TRY(table.ensureRow(r.entityId, r.hlc.ms()));
            LINTAS_TRY(table.updateRow(r.entityId, {{f->name, value}}, r.hlc.ms()));
            LINTAS_TRY(table.setFieldClock(r.entityId, f->name, {r.hlc, r.device}));
            touched(*def, r.entityId).fields.insert(f->name, value);
        }
        LINTAS_TRY_ASSIGN(auto dropField,
            db.prepare(QStringLiteral("DELETE FROM unknown_fields WHERE entity = ? AND entity_id = ? AND field = ?")));
        dropField.bind(1, r.entity).bind(2, r.entityId).bind(3, r.field);
        LINTAS_TRY(dropField.exec());
    }
    for (const Row &r : setOps) {
        const repo::EntityDef *def = findDef(defs, r.entity);
        if (!def || !def->hasSetField(r.field))
            continue;
        repo::EntityTable table(db, *def);
        const QStringList tags = tagsFromText(r.tags);
        Change &c = touched(*def, r.entityId);
        if (r.kind == kAdd) {
            LINTAS_TRY(table.addMember(r.entityId, r.field, r.element, tags.value(0)));
            c.adds.push_back({r.field, r.element, tags.value(0)});
        } else {
            LINTAS_TRY(table.removeTags(r.entityId, r.field, r.element, tags, r.hlc));
            c.removes.push_back({r.field, r.element, tags});
        }
        LINTAS_TRY_ASSIGN(auto dropOp,
            db.prepare(QStringLiteral("DELETE FROM unknown_set_ops WHERE entity = ? AND entity_id = ? AND field = ? "
                                      "AND kind = ? AND element = ? AND tags = ? AND hlc = ?")));
        dropOp.bind(1, r.entity).bind(2, r.entityId).bind(3, r.field).bind(4, r.kind).bind(5, r.element);
        dropOp.bind(6, r.tags).bind(7, r.hlc.toInt64());
        LINTAS_TRY(dropOp.exec());
    }
    for (const QString &key : order) {
        const Change &c = folded.value(key);
        const repo::EntityDef *def = findDef(defs, c.entity);
        LINTAS_TRY(repo::DerivedTables::refresh(db, *def, c.entityId, c, false));
    }
    LINTAS_TRY(tx.commit());
    return int(order.size());
}

} // namespace lintas::sync
