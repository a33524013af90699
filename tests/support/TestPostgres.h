#pragma once

#include "base/Result.h"
#include "storage/ServerStore.h"
#include "support/TempDir.h"

#include <QString>

#include <memory>

namespace lintas::test {

// A throwaway PostgreSQL cluster for server tests. The CTest fixture starts it and writes its
// URL to <build>/test-postgres/url; suites whose folder holds a `.postgres-too` file run a second
// time with LINTAS_TEST_BACKEND=postgresql, and then use it instead of SQLite.
class TestPostgres {
public:
    // True when this run tests the PostgreSQL backend (LINTAS_TEST_BACKEND=postgresql).
    static bool wanted();
    // The cluster's URL from the fixture's file; empty when there is none.
    static QString clusterUrl();
    // CREATEs a uniquely named database on the cluster and returns its URL. Dropped when the
    // test process exits (best effort; the fixture deletes the whole cluster anyway).
    static Result<QString> freshDatabase();
};

// Where a store under test lives: a data directory (SQLite) or a database URL (PostgreSQL).
struct StoreLocation {
    QString dataDir;
    QString databaseUrl;
};

// A location for a new, empty store of the backend under test: a folder in `dir` for SQLite,
// a fresh database for PostgreSQL.
Result<StoreLocation> freshStoreLocation(const TempDir &dir);
// Opens (and migrates) the store at `where`; again for the same location = the same data.
Result<std::unique_ptr<server::ServerStore>> openStoreAt(const StoreLocation &where);
// A fresh, migrated store of the backend under test.
Result<std::unique_ptr<server::ServerStore>> openTestStore(TempDir &dir);
// "sqlite" or "postgresql", for test output.
QString testBackendName();

} // namespace lintas::test
