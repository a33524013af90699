#include "transfer/DataImporter.h"

#include "repo/EntityTable.h"
#include "repo/Workspace.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/UnknownFields.h"
#include "transfer/ImportPlan.h"

namespace lintas::transfer {

namespace {

constexpr qint64 kProgressEvery = 2000;

} // namespace

qint64 ImportSummary::created() const
{
    qint64 n = 0;
    for (const ImportCounts &c : byEntity)
        n += c.created;
    return n;
}

qint64 ImportSummary::updated() const
{
    qint64 n = 0;
    for (const ImportCounts &c : byEntity)
        n += c.updated;
    return n;
}

qint64 ImportSummary::unchanged() const
{
    qint64 n = 0;
    for (const ImportCounts &c : byEntity)
        n += c.unchanged;
    return n;
}

DataImporter::DataImporter(repo::Workspace &workspace) : m_workspace(workspace) { }

Result<ImportSummary> DataImporter::importJson(const QByteArray &json, const Progress &progress)
{
    store::Database &db = m_workspace.database();
    repo::ChangeWriter &writer = m_workspace.writer();
    // BEGIN IMMEDIATE before reading: the references checked below cannot vanish before the write.
    auto tx = db.begin();
    if (!tx.ok())
        return tx.error();
    auto plan = ImportPlan::build(json, db);
    if (!plan.ok())
        return plan.error();

    ImportSummary summary;
    const qint64 total = plan->recordCount();
    qint64 done = 0;
    for (const PlannedEntity &entity : plan->entities()) {
        const repo::EntityDef &def = *entity.def;
        ImportCounts &counts = summary.byEntity[def.name];
        repo::EntityTable table(db, def);
        for (const PlannedRecord &record : entity.records) {
            auto existing = table.loadFields(record.id);
            if (!existing.ok())
                return existing.error();
            const bool exists = existing->has_value();
            std::optional<sync::Change> written;
            if (def.appendOnly) {
                // Append-only records never change once written; an existing one is the same record.
                if (exists) {
                    ++counts.unchanged;
                } else {
                    auto appended = writer.append(def, record.id, record.fields);
                    if (!appended.ok())
                        return appended.error();
                    written = *appended;
                    ++counts.created;
                }
            } else {
                const auto mode = exists ? repo::ChangeWriter::Mode::Update : repo::ChangeWriter::Mode::Create;
                auto changed = writer.write(def, record.id, record.fields, record.sets, mode);
                if (!changed.ok())
                    return changed.error();
                written = *changed;
                if (!exists)
                    ++counts.created;
                else if (written)
                    ++counts.updated;
                else
                    ++counts.unchanged;
            }
            if (!record.preserved.isEmpty()) {
                sync::UnknownFields kept(db);
                LINTAS_TRY(kept.restore(def.name, record.id, record.preserved));
                // What goes to the other laptops for this record carries them on, or a laptop
                // restored from an export would be the only one to keep them.
                if (written)
                    LINTAS_TRY(kept.carryInOutbox(*written));
            }
            ++done;
            if (progress && done % kProgressEvery == 0 && !progress(done, total))
                return makeError(ErrorCode::Cancelled, QStringLiteral("import cancelled; nothing was imported"));
        }
    }
    LINTAS_TRY(tx->commit());
    if (progress)
        progress(total, total);
    return summary;
}

} // namespace lintas::transfer
