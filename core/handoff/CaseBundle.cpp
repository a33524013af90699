#include "handoff/CaseBundle.h"

#include "repo/EntityDef.h"
#include "repo/EntityTable.h"
#include "repo/Workspace.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "transfer/CaseRecords.h"
#include "transfer/CaseShare.h"
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

Result<bool> exists(store::Database &db, const repo::EntityDef &def, const QString &id)
{
    LINTAS_TRY_ASSIGN(auto st, db.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(def.table)));
    st.bind(1, id);
    return st.step();
}

} // namespace

Result<QByteArray> CaseBundle::collect(
    repo::Workspace &workspace, const QString &caseId, const transfer::CaseShareChoice &share)
{
    const repo::EntityDef *caseDef = repo::entityDefByName(QStringLiteral("case"));
    // One read transaction: the bundle is a consistent snapshot.
    LINTAS_TRY_ASSIGN(auto tx, workspace.database().begin());
    LINTAS_TRY_ASSIGN(const auto refs, transfer::CaseRecords::collect(workspace.database(), caseId));
    LINTAS_TRY_ASSIGN(const auto shared, transfer::CaseShare::filter(workspace.database(), refs, share));
    QJsonObject entities;
    for (const transfer::RecordRef &ref : shared.kept) {
        repo::EntityTable table(workspace.database(), *ref.def);
        LINTAS_TRY_ASSIGN(const auto fields, table.loadFields(ref.id));
        LINTAS_TRY_ASSIGN(const auto sets, table.loadSets(ref.id));
        QJsonObject record
            = transfer::FieldValueJson::record(*ref.def, ref.id, fields.value_or(repo::FieldMap()), sets);
        // Where the case lives is the sender's affair: the recipient keeps it in its own space.
        if (ref.def == caseDef) {
            record.remove(QStringLiteral("space_id"));
            record.remove(QStringLiteral("space_name"));
        }
        QJsonArray records = entities.value(ref.def->name).toArray();
        records.append(record);
        entities.insert(ref.def->name, records);
    }
    LINTAS_TRY(tx.commit());
    QJsonObject root;
    root.insert(QStringLiteral("format"), transfer::DataExporter::formatName());
    root.insert(QStringLiteral("version"), transfer::DataExporter::formatVersion());
    root.insert(QStringLiteral("exportedAt"),
        QDateTime::fromMSecsSinceEpoch(workspace.clock().nowMs(), Qt::UTC).toString(Qt::ISODateWithMs));
    root.insert(QStringLiteral("deviceCode"), workspace.writer().deviceCode());
    root.insert(QStringLiteral("entities"), entities);
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
