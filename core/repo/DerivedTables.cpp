#include "repo/DerivedTables.h"

#include "repo/CaseListKeys.h"
#include "repo/ClientMatchKeys.h"
#include "search/SearchIndex.h"

namespace lintas::repo {

Status DerivedTables::refresh(
    store::Database &db, const EntityDef &def, const QString &id, const sync::Change &change, bool created)
{
    if (search::SearchIndex::affectedBy(def, change, created))
        LINTAS_TRY(search::SearchIndex::reindex(db, def, id));
    if (CaseListKeys::affectedBy(def, change, created))
        LINTAS_TRY(CaseListKeys::refreshAfterWrite(db, def, id));
    if (ClientMatchKeys::affectedBy(def, change, created))
        LINTAS_TRY(ClientMatchKeys::refreshAfterWrite(db, def, id));
    return {};
}

} // namespace lintas::repo
