#pragma once

#include "base/Result.h"

#include <QString>

namespace lintas::store {

class Database;

// RAII transaction. The outermost one is BEGIN IMMEDIATE (so writers queue instead of failing on
// upgrade); nested ones are SAVEPOINTs, so a repository call can run alone or inside a batch.
// Not committed = rolled back on destruction.
class Transaction {
public:
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    Status commit();
    void rollback();
    bool isOutermost() const { return m_savepoint.isEmpty(); }

private:
    friend class Database;
    Transaction(Database *db, QString savepoint) : m_db(db), m_savepoint(std::move(savepoint)) { }
    Database *m_db = nullptr;
    QString m_savepoint; // empty for the outermost transaction
    bool m_done = false;
};

} // namespace lintas::store
