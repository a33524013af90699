#pragma once

#include <QString>

#include <memory>
#include <mutex>

namespace lintas::server {

// The lock that in-process writers to one SQLite file take, before BEGIN IMMEDIATE, so they
// queue here rather than in SQLite's busy handler: that one polls the file lock with sleeps of
// up to 100 ms, and a burst of pushes from many devices would wait in sleeps, not in line.
// Writers in other processes still meet SQLite's own lock and busy timeout. Recursive, so a
// nested transaction on one connection takes it again.
using SqliteWriterLock = std::recursive_mutex;

// The one lock for `file` (any path that names it) while anyone holds it.
std::shared_ptr<SqliteWriterLock> sqliteWriterLock(const QString &file);

} // namespace lintas::server
