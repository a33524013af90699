#include "sync/ConflictRestore.h"

#include "base/Clock.h"
#include "repo/ChangeWriter.h"
#include "repo/EntityDef.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/ConflictLog.h"

namespace lintas::sync {

Status ConflictRestore::restore(repo::ChangeWriter &writer, qint64 conflictId)
{
    store::Database &db = writer.database();
    LINTAS_TRY_ASSIGN(auto tx, db.begin());
    ConflictLog log(db);
    LINTAS_TRY_ASSIGN(const Conflict conflict, log.get(conflictId));
    const repo::EntityDef *def = repo::entityDefByName(conflict.entity);
    if (!def)
        return makeError(
            ErrorCode::NotFound, QStringLiteral("conflict %1: unknown entity %2").arg(conflictId).arg(conflict.entity));
    const auto written = writer.write(
        *def, conflict.entityId, {{conflict.field, conflict.lostValue}}, {}, repo::ChangeWriter::Mode::Update);
    if (!written)
        return written.error();
    LINTAS_TRY(log.markRestored(conflictId, writer.clock().nowMs()));
    // Other entries whose lost value the field now holds again (several edits that missed one
    // delete) are settled too, as they are on the laptops this restore reaches.
    LINTAS_TRY(
        log.settle(conflict.entity, conflict.entityId, conflict.field, conflict.lostValue, writer.clock().nowMs()));
    return tx.commit();
}

} // namespace lintas::sync
