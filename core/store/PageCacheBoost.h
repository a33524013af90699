#pragma once

#include <QtGlobal>

#include <optional>

namespace lintas::store {

class Database;

// A larger page cache for one long job on a connection (generating demo data, applying a pull),
// and the connection's own setting back afterwards. Random ids scatter writes over every index;
// a page pushed out of a small cache in the middle of a transaction is encrypted, written, then
// read back and decrypted again by SQLCipher. Measured on a pull of 5,000 changes: most of
// applying it was page encryption with the default cache.
class PageCacheBoost {
public:
    PageCacheBoost(Database &db, int mib);
    ~PageCacheBoost();
    PageCacheBoost(const PageCacheBoost &) = delete;
    PageCacheBoost &operator=(const PageCacheBoost &) = delete;

private:
    Database &m_db;
    std::optional<qint64> m_previous;
};

} // namespace lintas::store
