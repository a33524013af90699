#include "demo/DemoBatch.h"

#include "store/Database.h"

namespace lintas::demo {

DemoBatch::DemoBatch(store::Database &db, int totalItems, Progress progress, int batchSize)
    : m_db(db), m_total(totalItems), m_progress(std::move(progress)), m_batchSize(batchSize)
{ }

DemoBatch::~DemoBatch() = default; // an unfinished batch rolls back with its transaction

Status DemoBatch::begin()
{
    auto tx = m_db.begin();
    if (!tx.ok())
        return tx.error();
    m_tx.emplace(std::move(tx.value()));
    m_inBatch = 0;
    return {};
}

Status DemoBatch::commit()
{
    if (!m_tx)
        return {};
    Status st = m_tx->commit();
    m_tx.reset();
    return st;
}

Status DemoBatch::wrote(int items)
{
    ++m_records;
    m_done += items;
    if (++m_inBatch < m_batchSize)
        return {};
    LINTAS_TRY(commit());
    if (m_progress && !m_progress(m_done, m_total))
        return makeError(ErrorCode::Cancelled,
            QStringLiteral("demo data generation cancelled after %1 of %2 items").arg(m_done).arg(m_total));
    return begin();
}

Status DemoBatch::finish()
{
    LINTAS_TRY(commit());
    if (m_progress)
        m_progress(m_total, m_total);
    return {};
}

} // namespace lintas::demo
