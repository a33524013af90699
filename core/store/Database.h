#pragma once

#include "base/Result.h"
#include "store/Statement.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace lintas {
class SecretBytes;
}

namespace lintas::store {

class Transaction;

struct OpenOptions {
    bool readOnly = false;
    bool create = true;
    // Full fsync of the WAL on every commit: a power cut (common where our users live) must not
    // lose a save the user saw succeed. Benchmarks may relax it to measure the CPU path alone.
    bool fullSync = true;
    int busyTimeoutMs = 5000;
};

// The SQLCipher cipher settings Lintas pins explicitly, so a file written by SQLCipher 3.4
// (Debian 12) opens unchanged under SQLCipher 4.x (which sets these via cipher_compatibility=3
// or the same pragmas). With a raw key the PBKDF2 step is skipped, so kdf_iter has no effect on
// the file; it is pinned anyway so that nothing depends on a build's default. Page size and
// the per-page HMAC are what make files portable.
struct CipherSettings {
    int pageSize = 4096;
    int kdfIter = 64000;
    bool useHmac = true;
};

// RAII owner of one SQLCipher connection, with a prepared-statement cache.
// Opened in SQLite's serialized mode, so a connection may be opened on a worker thread and then
// used from the GUI thread (the desktop app unlocks off the GUI thread); still, use it from one
// thread at a time — statements and transactions are per connection, not per thread.
class Database {
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (and with `create`, creates) `path`. With `rawKey` (32 bytes) the file is encrypted by
    // SQLCipher with that key; without, it is a plain SQLite file (server storage, tests).
    // A file that does not decrypt/parse gives ErrorCode::DatabaseCorrupt; nothing is modified.
    static Result<std::unique_ptr<Database>> open(
        const QString &path, const SecretBytes *rawKey, const OpenOptions &options = {});
    // A second, read-only connection to this file with this key, for reading on a worker thread
    // while this one writes (WAL lets both go on). Safe to call from any thread while this
    // connection lives: it reads only what open() set.
    Result<std::unique_ptr<Database>> openReader() const;

    // Borrow a cached prepared statement for `sql` (must be a single statement).
    Result<Statement> prepare(const QString &sql);
    // Runs one or more statements without results (DDL, pragmas).
    Status execScript(const QString &sql);
    // Convenience: first column of the first row, or a null value when there is no row.
    Result<SqlValue> scalar(const QString &sql);

    Result<Transaction> begin();

    int userVersion();
    Status setUserVersion(int version);
    // PRAGMA integrity_check (thorough) or quick_check; ok() when the database reports "ok".
    Status checkIntegrity(bool thorough = true);

    // Makes the statement running on this connection fail soon with an error. The one call that
    // may come from another thread than the connection's user.
    void interrupt();

    qint64 lastInsertRowId() const;
    int changes() const;
    // Rows written through this connection since it opened: unchanged means nothing was saved.
    qint64 totalChanges() const;
    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    // Translates an SQLite result code into a Lintas error with context.
    Error errorFor(int rc, const QString &context) const;
    // Called whenever an error maps to DatabaseCorrupt (a page failed its HMAC or its b-tree
    // check), from whichever query met it: the owner records that the file needs checking.
    void setCorruptionHandler(std::function<void()> handler) { m_onCorrupt = std::move(handler); }

private:
    friend class Transaction;
    friend class Statement;
    void giveBack(sqlite3_stmt *stmt, bool cached);
    Database(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) { }
    Status applyConnectionSettings(const OpenOptions &options);

    sqlite3 *m_db = nullptr;
    QString m_path;
    // Kept for openReader() only; SQLCipher holds the same key for this connection anyway.
    std::shared_ptr<const SecretBytes> m_key;
    QHash<QString, sqlite3_stmt *> m_cache;
    QSet<sqlite3_stmt *> m_borrowed;
    int m_txDepth = 0;
    int m_savepointSerial = 0;
    std::function<void()> m_onCorrupt;
};

} // namespace lintas::store
