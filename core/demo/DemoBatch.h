#pragma once

#include "base/Result.h"
#include "store/Transaction.h"

#include <functional>
#include <optional>

namespace lintas::store {
class Database;
}

namespace lintas::demo {

// Groups the generator's writes into transactions of ~2,000 records: one fsync per batch instead
// of per record (the difference between minutes and hours for the large preset), while a
// cancelled or failed run keeps every batch committed before it. Repository calls made inside
// become savepoints of the batch transaction.
class DemoBatch {
public:
    using Progress = std::function<bool(int done, int total)>;

    DemoBatch(store::Database &db, int totalItems, Progress progress, int batchSize = 2000);
    ~DemoBatch();
    DemoBatch(const DemoBatch &) = delete;
    DemoBatch &operator=(const DemoBatch &) = delete;

    Status begin();
    // After every record written; `items` is how many of the progress total it completes
    // (0 for dependent records such as phones or payments). Commits and reports at batch ends;
    // Cancelled when the progress callback says stop.
    Status wrote(int items = 0);
    // Commits the last batch and reports completion.
    Status finish();

    qint64 records() const { return m_records; }
    int itemsDone() const { return m_done; }

private:
    Status commit();

    store::Database &m_db;
    int m_total;
    Progress m_progress;
    int m_batchSize;
    int m_inBatch = 0;
    int m_done = 0;
    qint64 m_records = 0;
    std::optional<store::Transaction> m_tx;
};

} // namespace lintas::demo
