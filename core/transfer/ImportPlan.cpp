#include "transfer/ImportPlan.h"

#include "domain/CodeList.h"
#include "repo/Validation.h"
#include "store/Database.h"
#include "transfer/DataExporter.h"
#include "transfer/EntityReferences.h"
#include "transfer/FieldCodeLists.h"
#include "transfer/FieldValueJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

namespace lintas::transfer {

namespace {

Error invalid(const QString &field, const QString &detail)
{
    return makeError(ErrorCode::Validation, QStringLiteral("import: %1").arg(detail), field);
}

QString where(const repo::EntityDef &def, qsizetype index, const QString &id)
{
    if (id.isEmpty())
        return QStringLiteral("%1 #%2").arg(def.name).arg(index + 1);
    return QStringLiteral("%1 #%2 (id %3)").arg(def.name).arg(index + 1).arg(id);
}

// Record ids are written into SQL text nowhere, but they sort and compare as bytes in SQLite and
// as UTF-16 in Qt; keeping them ASCII makes both orders agree (the exporter relies on it).
bool isValidId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.:-]{1,128}$"));
    return re.match(id).hasMatch();
}

Status checkCode(const repo::EntityDef &def, const QString &field, const QString &code, const QString &at)
{
    const domain::CodeList *list = FieldCodeLists::forField(def, field);
    if (!list || code.isEmpty() || list->contains(code))
        return {};
    return invalid(field,
        QStringLiteral("%1: %2: unknown code '%3' (see `lintas-cli codes %4`)").arg(at, field, code, list->name()));
}

Result<PlannedRecord> parseRecord(const repo::EntityDef &def, const QJsonValue &value, qsizetype index)
{
    if (!value.isObject())
        return invalid(QString(), QStringLiteral("%1: must be an object").arg(where(def, index, {})));
    const QJsonObject object = value.toObject();
    PlannedRecord record;
    const QJsonValue idValue = object.value(QStringLiteral("id"));
    if (!idValue.isString() || !isValidId(idValue.toString()))
        return invalid(QStringLiteral("id"),
            QStringLiteral("%1: id must be 1–128 letters, digits or _.:-").arg(where(def, index, {})));
    record.id = idValue.toString();
    const QString at = where(def, index, record.id);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString &key = it.key();
        if (key == QStringLiteral("id") || key == QStringLiteral("updated_at"))
            continue; // updated_at is per-database bookkeeping; accepted and ignored
        if (key == QStringLiteral("preserved")) {
            auto preserved = sync::UnknownFields::fromJson(it.value());
            if (!preserved.ok())
                return invalid(key, QStringLiteral("%1: %2").arg(at, preserved.error().detail));
            record.preserved = *preserved;
            continue;
        }
        if (key == QStringLiteral("sets")) {
            if (!it.value().isObject())
                return invalid(key, QStringLiteral("%1: sets must be an object").arg(at));
            const QJsonObject sets = it.value().toObject();
            for (auto s = sets.constBegin(); s != sets.constEnd(); ++s) {
                if (!def.hasSetField(s.key()))
                    return invalid(s.key(), QStringLiteral("%1: %2 has no set field '%3'").arg(at, def.name, s.key()));
                if (!s.value().isArray())
                    return invalid(s.key(), QStringLiteral("%1: %2 must be a list of texts").arg(at, s.key()));
                QStringList elements;
                const QJsonArray array = s.value().toArray();
                for (qsizetype i = 0; i < array.size(); ++i) {
                    const QJsonValue e = array.at(i);
                    const QString element = e.toString().trimmed();
                    if (!e.isString() || element.isEmpty())
                        return invalid(
                            s.key(), QStringLiteral("%1: %2 must be a list of non-empty texts").arg(at, s.key()));
                    LINTAS_TRY(checkCode(def, s.key(), element, at));
                    elements << element;
                }
                record.sets.insert(s.key(), elements);
            }
            continue;
        }
        const repo::FieldDef *f = def.field(key);
        if (!f)
            return invalid(key, QStringLiteral("%1: %2 has no field '%3'").arg(at, def.name, key));
        auto converted = FieldValueJson::fromJson(f->type, it.value(), key);
        if (!converted.ok())
            return invalid(key, QStringLiteral("%1: %2").arg(at, converted.error().detail));
        if (f->type == repo::FieldType::Text && !converted->isNull()) {
            LINTAS_TRY(checkCode(def, key, converted->toString(), at));
            if (key == QStringLiteral("nik")) {
                auto nik = repo::validate::nik(converted->toString(), key);
                if (!nik.ok())
                    return invalid(key, QStringLiteral("%1: %2").arg(at, nik.error().detail));
            }
        }
        record.fields.insert(key, *converted);
    }
    return record;
}

} // namespace

qint64 ImportPlan::recordCount() const
{
    qint64 n = 0;
    for (const PlannedEntity &e : m_entities)
        n += e.records.size();
    return n;
}

Status ImportPlan::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(QString(),
            QStringLiteral("not a readable export file (JSON error at byte %1: %2)")
                .arg(parseError.offset)
                .arg(parseError.errorString()));
    if (!doc.isObject())
        return invalid(QString(), QStringLiteral("not an export file (expected a JSON object)"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != DataExporter::formatName())
        return invalid(QStringLiteral("format"),
            QStringLiteral("not a Lintas export (format must be \"%1\")").arg(DataExporter::formatName()));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != DataExporter::formatVersion()) {
        return invalid(QStringLiteral("version"),
            QStringLiteral("export format version %1 is not supported (this Lintas reads version %2)")
                .arg(version.isDouble() ? QString::number(version.toDouble()) : QStringLiteral("(missing)"))
                .arg(DataExporter::formatVersion()));
    }
    const QJsonValue entitiesValue = root.value(QStringLiteral("entities"));
    if (!entitiesValue.isObject())
        return invalid(QStringLiteral("entities"), QStringLiteral("\"entities\" must be an object"));
    const QJsonObject entities = entitiesValue.toObject();
    for (auto it = entities.constBegin(); it != entities.constEnd(); ++it) {
        if (!repo::entityDefByName(it.key()))
            return invalid(it.key(), QStringLiteral("unknown entity \"%1\"").arg(it.key()));
        if (!it.value().isArray())
            return invalid(it.key(), QStringLiteral("entities.%1 must be a list").arg(it.key()));
    }
    for (const repo::EntityDef *def : repo::allEntityDefs()) {
        if (!entities.contains(def->name))
            continue;
        PlannedEntity planned;
        planned.def = def;
        QSet<QString> &ids = m_idsByEntity[def->name];
        const QJsonArray records = entities.value(def->name).toArray();
        planned.records.reserve(records.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            auto record = parseRecord(*def, records.at(i), i);
            if (!record.ok())
                return record.error();
            if (ids.contains(record->id))
                return invalid(QStringLiteral("id"),
                    QStringLiteral("%1: the same id appears twice").arg(where(*def, i, record->id)));
            ids.insert(record->id);
            planned.records.push_back(std::move(record.value()));
        }
        m_entities.push_back(std::move(planned));
    }
    return {};
}

Status ImportPlan::checkReferences(store::Database &db) const
{
    for (const PlannedEntity &entity : m_entities) {
        const QVector<EntityReference> refs = EntityReferences::of(*entity.def);
        for (const EntityReference &ref : refs) {
            static const QSet<QString> none;
            const auto found = m_idsByEntity.constFind(ref.target->name);
            const QSet<QString> &inFile = found == m_idsByEntity.cend() ? none : *found;
            for (qsizetype i = 0; i < entity.records.size(); ++i) {
                const PlannedRecord &record = entity.records.at(i);
                const QVariant value = record.fields.value(ref.field);
                if (value.isNull() || inFile.contains(value.toString()))
                    continue;
                auto lookup = db.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(ref.target->table));
                if (!lookup.ok())
                    return lookup.error();
                lookup->bind(1, value.toString());
                auto row = lookup->step();
                if (!row.ok())
                    return row.error();
                if (!row.value()) {
                    return invalid(ref.field,
                        QStringLiteral("%1: %2 refers to %3 %4, which is neither in the file nor "
                                       "in this profile")
                            .arg(where(*entity.def, i, record.id), ref.field, ref.target->name, value.toString()));
                }
            }
        }
    }
    return {};
}

Result<ImportPlan> ImportPlan::build(const QByteArray &json, store::Database &db)
{
    ImportPlan plan;
    LINTAS_TRY(plan.parse(json));
    LINTAS_TRY(plan.checkReferences(db));
    return plan;
}

} // namespace lintas::transfer
