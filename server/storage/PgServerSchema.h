#pragma once

#include <QStringList>

namespace lintas::server {

// The PostgreSQL schema as migration steps: step n (index n-1) brings a database from version
// n-1 to n. Append new steps; never edit a released one.
QStringList pgServerSchemaSteps();

// Key of the advisory lock migrate() holds, so server processes starting together on one
// database do not race to create the same tables.
constexpr long long PgMigrationLockKey = 0x6c696e746173; // "lintas"

} // namespace lintas::server
