#include "handoff/CaseBundle.h"

#include "repo/EntityDef.h"
#include "repo/EntityTable.h"
#include "repo/Workspace.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "transfer/DataExporter.h"
#include "transfer/EntityReferences.h"
#include "transfer/FieldValueJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace lintas::handoff {

namespace {

bool isDirectory(const repo::EntityDef &def)
{
    return def.name == QLatin1String("party") || def.name == QLatin1String("organisation");
}

class Collector {
public:
    Collector(store::Database &db, const QString &caseId) : m_db(db), m_caseId(caseId) { }

    // Adds a record and, through its reference fields, the records it refers to.
    Status take(const repo::EntityDef &def, const QString &id)
    {
        if (m_taken[def.name].contains(id))
            return {};
        repo::EntityTable table(m_db, def);
        LINTAS_TRY_ASSIGN(const auto fields, table.loadFields(id));
        if (!fields)
            return makeError(ErrorCode::NotFound, QStringLiteral("%1 %2").arg(def.name, id));
        LINTAS_TRY_ASSIGN(const auto sets, table.loadSets(id));
        m_taken[def.name].insert(id);
        m_records[def.name].insert(id, transfer::FieldValueJson::record(def, id, *fields, sets));
        if (!isDirectory(def))
            m_pending.push_back({&def, id});
        for (const transfer::EntityReference &ref : transfer::EntityReferences::of(def)) {
            const QVariant target = fields->value(ref.field);
            if (!target.isNull() && !target.toString().isEmpty())
                LINTAS_TRY(take(*ref.target, target.toString()));
        }
        return {};
    }

    // Takes the records below every record taken so far, until nothing new turns up.
    Status takeChildren()
    {
        while (!m_pending.isEmpty()) {
            const auto [parent, parentId] = m_pending.takeFirst();
            for (const repo::EntityDef *def : repo::allEntityDefs()) {
                if (def->name == QLatin1String("case"))
                    continue; // the client's other cases stay home
                for (const transfer::EntityReference &ref : transfer::EntityReferences::of(*def)) {
                    if (ref.target != parent)
                        continue;
                    QString sql = QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(def->table, ref.field);
                    if (def->field(QStringLiteral("deleted")))
                        sql += QStringLiteral(" AND coalesce(deleted, 0) = 0");
                    const bool hasCase = def->field(QStringLiteral("case_id")) != nullptr;
                    if (hasCase)
                        sql += QStringLiteral(" AND case_id = ?");
                    LINTAS_TRY_ASSIGN(const QStringList ids, childIds(sql, parentId, hasCase));
                    for (const QString &id : ids)
                        LINTAS_TRY(take(*def, id));
                }
            }
        }
        return {};
    }

    // The statement is finished before any child is taken (taking prepares statements of its own).
    Result<QStringList> childIds(const QString &sql, const QString &parentId, bool hasCase)
    {
        LINTAS_TRY_ASSIGN(auto st, m_db.prepare(sql));
        st.bind(1, parentId);
        if (hasCase)
            st.bind(2, m_caseId);
        return st.textColumn();
    }

    QJsonObject entities() const
    {
        QJsonObject out;
        for (auto it = m_records.cbegin(); it != m_records.cend(); ++it) {
            QJsonArray records;
            for (const QJsonObject &record : it.value()) // QMap: sorted by id
                records.append(record);
            out.insert(it.key(), records);
        }
        return out;
    }

private:
    struct Pending {
        const repo::EntityDef *def;
        QString id;
    };
    store::Database &m_db;
    QString m_caseId;
    QHash<QString, QSet<QString>> m_taken;
    QMap<QString, QMap<QString, QJsonObject>> m_records;
    QList<Pending> m_pending;
};

Result<bool> exists(store::Database &db, const repo::EntityDef &def, const QString &id)
{
    LINTAS_TRY_ASSIGN(auto st, db.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(def.table)));
    st.bind(1, id);
    return st.step();
}

} // namespace

Result<QByteArray> CaseBundle::collect(repo::Workspace &workspace, const QString &caseId)
{
    const repo::EntityDef *caseDef = repo::entityDefByName(QStringLiteral("case"));
    // One read transaction: the bundle is a consistent snapshot.
    LINTAS_TRY_ASSIGN(auto tx, workspace.database().begin());
    Collector collector(workspace.database(), caseId);
    LINTAS_TRY(collector.take(*caseDef, caseId));
    LINTAS_TRY(collector.takeChildren());
    LINTAS_TRY(tx.commit());
    QJsonObject root;
    root.insert(QStringLiteral("format"), transfer::DataExporter::formatName());
    root.insert(QStringLiteral("version"), transfer::DataExporter::formatVersion());
    root.insert(QStringLiteral("exportedAt"),
        QDateTime::fromMSecsSinceEpoch(workspace.clock().nowMs(), Qt::UTC).toString(Qt::ISODateWithMs));
    root.insert(QStringLiteral("deviceCode"), workspace.writer().deviceCode());
    root.insert(QStringLiteral("entities"), collector.entities());
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<QByteArray> CaseBundle::withoutExisting(repo::Workspace &workspace, const QByteArray &bundle)
{
    QJsonObject root = QJsonDocument::fromJson(bundle).object();
    const QJsonObject entities = root.value(QStringLiteral("entities")).toObject();
    QJsonObject kept;
    for (auto it = entities.constBegin(); it != entities.constEnd(); ++it) {
        const repo::EntityDef *def = repo::entityDefByName(it.key());
        if (!def) {
            kept.insert(it.key(), it.value()); // the import refuses it with its own message
            continue;
        }
        QJsonArray records;
        for (const QJsonValue &record : it.value().toArray()) {
            LINTAS_TRY_ASSIGN(const bool present,
                exists(workspace.database(), *def, record.toObject().value(QStringLiteral("id")).toString()));
            if (!present)
                records.append(record);
        }
        kept.insert(it.key(), records);
    }
    root.insert(QStringLiteral("entities"), kept);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace lintas::handoff
