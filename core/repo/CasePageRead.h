#pragma once

#include "base/Result.h"
#include "repo/CaseQuery.h"

#include <QVector>

namespace lintas::store {
class Database;
}

namespace lintas::repo {

// Runs one case-list page (CaseRepository::pageQuery()) on `db`: the rows with their case types.
// Any connection to the profile will do, the main one or a reader on a worker thread.
Result<QVector<CaseListRow>> readCasePage(store::Database &db, const CasePageQuery &query);

} // namespace lintas::repo
