#include "store/Transaction.h"

#include "store/Database.h"

namespace lintas::store {

Transaction::Transaction(Transaction &&other) noexcept
    : m_db(other.m_db), m_savepoint(std::move(other.m_savepoint)), m_done(other.m_done)
{
    other.m_done = true;
    other.m_db = nullptr;
}

Transaction::~Transaction()
{
    if (!m_done)
        rollback();
}

Status Transaction::commit()
{
    if (m_done)
        return makeError(ErrorCode::Internal, QStringLiteral("transaction already finished"));
    const QString sql = isOutermost() ? QStringLiteral("COMMIT;") : QStringLiteral("RELEASE %1;").arg(m_savepoint);
    Status st = m_db->execScript(sql);
    if (!st.ok()) {
        rollback(); // e.g. SQLITE_FULL at commit: leave no half state behind
        return st;
    }
    m_done = true;
    --m_db->m_txDepth;
    return {};
}

void Transaction::rollback()
{
    if (m_done || !m_db)
        return;
    m_done = true;
    --m_db->m_txDepth;
    if (isOutermost())
        (void)m_db->execScript(QStringLiteral("ROLLBACK;"));
    else
        (void)m_db->execScript(QStringLiteral("ROLLBACK TO %1; RELEASE %1;").arg(m_savepoint));
}

} // namespace lintas::store
