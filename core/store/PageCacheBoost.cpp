#include "store/PageCacheBoost.h"

#include "store/Database.h"

namespace lintas::store {

PageCacheBoost::PageCacheBoost(Database &db, int mib) : m_db(db)
{
    // Best effort: a cache that cannot grow only makes the job slower.
    auto current = db.scalar(QStringLiteral("PRAGMA cache_size;"));
    if (current.ok() && db.execScript(QStringLiteral("PRAGMA cache_size = -%1;").arg(qint64(mib) * 1024)).ok())
        m_previous = current->toLongLong();
}

PageCacheBoost::~PageCacheBoost()
{
    if (m_previous)
        (void)m_db.execScript(QStringLiteral("PRAGMA cache_size = %1;").arg(*m_previous));
}

} // namespace lintas::store
