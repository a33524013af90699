#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <vector>

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

namespace lintas::server::pg {

// Parameters for one statement ($1, $2, … in order). Blobs and integers travel in binary, so
// bytea needs no escaping and nothing is ever pasted into SQL text.
class Params {
public:
    Params &bytes(const QByteArray &value); // bytea; a null QByteArray is SQL NULL
    Params &int64(qint64 value); // int8
    Params &text(const QString &value); // text; a null QString is SQL NULL

    int count() const { return static_cast<int>(m_values.size()); }
    std::vector<unsigned int> types() const { return m_types; }
    std::vector<const char *> values() const;
    std::vector<int> lengths() const;
    std::vector<int> formats() const { return m_formats; }

private:
    void add(unsigned int type, const QByteArray &value, int format);
    std::vector<QByteArray> m_values;
    std::vector<unsigned int> m_types;
    std::vector<int> m_formats;
};

// A finished statement's rows (binary format: int8 columns, bytea, text).
class Rows {
public:
    explicit Rows(PGresult *result);
    ~Rows();
    Rows(Rows &&other) noexcept;
    Rows &operator=(Rows &&) = delete;
    Rows(const Rows &) = delete;
    Rows &operator=(const Rows &) = delete;

    int count() const;
    bool isNull(int row, int col) const;
    QByteArray bytes(int row, int col) const; // null QByteArray for SQL NULL
    qint64 int64(int row, int col) const; // int2/int4/int8 columns
    QString text(int row, int col) const;
    qint64 affected() const; // rows an INSERT/UPDATE/DELETE touched
    QString commandStatus() const;

private:
    PGresult *m_result = nullptr;
};

class Connection;

// RAII transaction: the outermost one is BEGIN … COMMIT, nested ones are SAVEPOINTs, so a store
// call runs alone or inside inTransaction(). Not committed = rolled back on destruction.
class Transaction {
public:
    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    Status commit();
    void rollback();

private:
    friend class Connection;
    Transaction(Connection *conn, QString savepoint) : m_conn(conn), m_savepoint(std::move(savepoint)) { }
    Connection *m_conn = nullptr;
    QString m_savepoint; // empty for the outermost transaction
    bool m_done = false;
};

// One libpq connection. Statements with parameters are prepared once per connection and then
// only executed (PostgreSQL plans them once instead of at every call). When the server dropped it between calls
// (restart, idle timeout, failover), the next statement issued outside a transaction reconnects once and runs again:
// such a statement is a read or a BEGIN, so running it twice cannot do anything twice.
class Connection {
public:
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    static Result<std::unique_ptr<Connection>> open(const QString &url);

    Result<Rows> exec(const QString &sql, const Params &params = {});
    // Several statements without parameters (schema). Inside a transaction only.
    Status execScript(const QString &sql);
    Result<Transaction> begin();
    int depth() const { return m_depth; }

private:
    friend class Transaction;
    explicit Connection(PGconn *conn) : m_conn(conn) { }
    Result<Rows> execOnce(const QString &sql, const Params &params);
    Error errorFor(PGresult *result, const QString &context) const;
    Status command(const QString &sql); // a parameterless command inside a transaction

    PGconn *m_conn = nullptr;
    // The prepared statement for (sql, parameter types), prepared on first use; empty when it
    // could not be, or when the cache is full (then it runs unprepared).
    Result<QByteArray> prepared(const QByteArray &sql, const std::vector<unsigned int> &types);

    int m_depth = 0;
    int m_savepointSerial = 0;
    QHash<QByteArray, QByteArray> m_prepared; // sql + types → statement name; gone with a reconnect
};

} // namespace lintas::server::pg
