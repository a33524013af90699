#pragma once

#include "base/Result.h"
#include "store/SqlValue.h"

#include <functional>

#include <QByteArray>
#include <QString>
#include <QStringList>

struct sqlite3_stmt;

namespace lintas::store {

class Database;

// A prepared statement borrowed from the Database's cache. Destruction resets it and clears
// bindings so the next borrower starts clean. Bind indexes are 1-based like SQLite's.
class Statement {
public:
    Statement(Database *db, sqlite3_stmt *stmt, bool cached) : m_db(db), m_stmt(stmt), m_cached(cached) { }
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, bool value) { return bind(index, static_cast<qint64>(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); // null QString binds NULL
    Statement &bind(int index, const QByteArray &value); // null QByteArray binds NULL
    Statement &bind(int index, const char *value) = delete; // say QStringLiteral
    Statement &bindNull(int index);
    Statement &bindValue(int index, const SqlValue &value);

    // Advances one row. true = a row is available; false = done. Errors are Sql/Busy/Io.
    Result<bool> step();
    // Runs to completion, ignoring rows.
    Status exec();
    // Runs to completion, calling `onRow` with each row current (read it with text(), int64(), …).
    Status forEachRow(const std::function<void()> &onRow);
    // Runs to completion and returns the first column of every row as text.
    Result<QStringList> textColumn();

    int columnCount() const;
    bool isNull(int col) const;
    qint64 int64(int col) const;
    double real(int col) const;
    QString text(int col) const;
    QByteArray blob(int col) const;
    SqlValue value(int col) const;
    QString columnName(int col) const;

private:
    Database *m_db;
    sqlite3_stmt *m_stmt;
    bool m_cached; // false: a one-off statement because the cached one is already borrowed
};

} // namespace lintas::store
