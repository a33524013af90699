#pragma once

#include "store/Migrator.h"

namespace lintas::repo {

// The numbered migrations of a profile database (cases, clients, sync bookkeeping).
// Version N of the schema is what Migrator::migrate(db, N) produces.
const store::Migrator &profileSchema();

} // namespace lintas::repo
