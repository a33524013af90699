#include "storage/PgServerStore.h"
#include "storage/ServerStore.h"
#include "storage/SqliteServerStore.h"

namespace lintas::server {

namespace {

bool isPostgresUrl(const QString &url)
{
    return url.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || url.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

template<typename Store>
Result<std::unique_ptr<ServerStore>> migrated(Result<std::unique_ptr<Store>> opened, const QString &where)
{
    if (!opened.ok())
        return makeError(opened.code(), QStringLiteral("open server store %1: %2").arg(where, opened.error().detail));
    std::unique_ptr<ServerStore> store = std::move(opened).value();
    const Status st = store->migrate();
    if (!st.ok())
        return makeError(st.code(), QStringLiteral("prepare server store %1: %2").arg(where, st.error().detail));
    return store;
}

// The URL as it may appear in an error: without the password.
QString withoutPassword(const QString &url)
{
    const int at = url.indexOf(QLatin1Char('@'));
    const int scheme = url.indexOf(QLatin1String("://"));
    if (at < 0 || scheme < 0 || at < scheme)
        return url;
    const int colon = url.indexOf(QLatin1Char(':'), scheme + 3);
    if (colon < 0 || colon > at)
        return url;
    return url.left(colon) + QLatin1String(":***") + url.mid(at);
}

} // namespace

Result<std::unique_ptr<ServerStore>> openServerStore(const QString &dataDir, const QString &databaseUrl)
{
    if (!databaseUrl.isEmpty()) {
        if (!isPostgresUrl(databaseUrl))
            return makeError(ErrorCode::InvalidArgument,
                QStringLiteral("database URL must start with postgresql:// or postgres:// (got '%1')")
                    .arg(withoutPassword(databaseUrl).left(60)));
        return migrated(PgServerStore::open(databaseUrl), withoutPassword(databaseUrl));
    }
    if (dataDir.isEmpty())
        return makeError(
            ErrorCode::InvalidArgument, QStringLiteral("neither a data directory nor a database URL was given"));
    return migrated(SqliteServerStore::open(dataDir), dataDir);
}

} // namespace lintas::server
