#pragma once

#include <QStringList>

namespace lintas::server {

// The SQLite schema as migration steps: step n (index n-1) brings a store from version n-1 to n.
// Append new steps; never edit a released one.
QStringList sqliteServerSchemaSteps();

} // namespace lintas::server
