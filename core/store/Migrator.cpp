#include "store/Migrator.h"

#include "store/Database.h"
#include "store/Transaction.h"

#include <algorithm>

namespace lintas::store {

Migrator::Migrator(std::vector<Migration> steps) : m_steps(std::move(steps))
{
    std::sort(
        m_steps.begin(), m_steps.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

int Migrator::latestVersion() const
{
    return m_steps.empty() ? 0 : m_steps.back().version;
}

Result<int> Migrator::migrate(Database &db, int targetVersion) const
{
    const int latest = latestVersion();
    if (targetVersion < 0)
        targetVersion = latest;
    const int current = db.userVersion();
    if (current < 0)
        return makeError(ErrorCode::Sql, QStringLiteral("cannot read user_version"));
    if (current > latest)
        return makeError(ErrorCode::SchemaTooNew,
            QStringLiteral("database schema %1 is newer than this Lintas (%2)").arg(current).arg(latest));
    int reached = current;
    for (const Migration &step : m_steps) {
        if (step.version <= current || step.version > targetVersion)
            continue;
        if (step.version != reached + 1)
            return makeError(ErrorCode::Internal, QStringLiteral("migration %1 missing").arg(reached + 1));
        auto tx = db.begin();
        if (!tx.ok())
            return tx.error();
        Status st = step.apply(db);
        if (!st.ok())
            return makeError(st.code(),
                QStringLiteral("migration %1 (%2): %3").arg(step.version).arg(step.description, st.error().detail));
        LINTAS_TRY(db.setUserVersion(step.version));
        LINTAS_TRY(tx->commit());
        reached = step.version;
    }
    return reached;
}

} // namespace lintas::store
