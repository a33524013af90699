#pragma once

#include "base/Result.h"

#include <QString>

#include <functional>
#include <vector>

namespace lintas::store {

class Database;

struct Migration {
    int version; // the user_version this step produces; steps are 1, 2, 3, … without gaps
    QString description; // for logs
    std::function<Status(Database &)> apply;
};

// Brings a database to the newest schema. Each step runs in its own transaction with
// PRAGMA user_version bumped inside it, so a crash leaves the file at a whole version.
// A database newer than the newest known step is refused (ErrorCode::SchemaTooNew).
class Migrator {
public:
    explicit Migrator(std::vector<Migration> steps);
    int latestVersion() const;
    // Applies steps up to `targetVersion` (default: latest). Returns the version reached.
    Result<int> migrate(Database &db, int targetVersion = -1) const;

private:
    std::vector<Migration> m_steps;
};

} // namespace lintas::store
