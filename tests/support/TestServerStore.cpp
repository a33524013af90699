// The store-opening half of TestPostgres.h, apart from the cluster helpers so that a suite
// without lintas-server-lib can still use those.
#include "support/TestPostgres.h"

namespace lintas::test {

Result<StoreLocation> freshStoreLocation(const TempDir &dir)
{
    if (!TestPostgres::wanted())
        return StoreLocation {dir.file(QStringLiteral("server-data")), QString()};
    LINTAS_TRY_ASSIGN(const QString url, TestPostgres::freshDatabase());
    return StoreLocation {QString(), url};
}

Result<std::unique_ptr<server::ServerStore>> openStoreAt(const StoreLocation &where)
{
    return server::openServerStore(where.dataDir, where.databaseUrl);
}

Result<std::unique_ptr<server::ServerStore>> openTestStore(TempDir &dir)
{
    LINTAS_TRY_ASSIGN(const StoreLocation where, freshStoreLocation(dir));
    return openStoreAt(where);
}

QString testBackendName()
{
    return TestPostgres::wanted() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

} // namespace lintas::test
