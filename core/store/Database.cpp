#include "store/Database.h"

#include "crypto/SecretBytes.h"
#include "store/Transaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <sqlite3.h>

#include <cstring>

namespace lintas::store {

namespace {

ErrorCode codeFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return ErrorCode::DatabaseCorrupt;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorCode::Busy;
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return ErrorCode::Io;
    case SQLITE_CONSTRAINT:
        return ErrorCode::Validation;
    default:
        return ErrorCode::Sql;
    }
}

} // namespace

Error Database::errorFor(int rc, const QString &context) const
{
    const char *msg = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
    const ErrorCode code = codeFor(rc);
    if (code == ErrorCode::DatabaseCorrupt && m_onCorrupt)
        m_onCorrupt();
    return makeError(code, QStringLiteral("%1: %2 (rc=%3)").arg(context, QString::fromUtf8(msg)).arg(rc));
}

Database::~Database()
{
    for (sqlite3_stmt *stmt : std::as_const(m_cache))
        sqlite3_finalize(stmt);
    m_cache.clear();
    if (m_db)
        sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::open(
    const QString &path, const SecretBytes *rawKey, const OpenOptions &options)
{
    if (!options.create && !QFile::exists(path))
        return makeError(ErrorCode::DatabaseMissing, path);

    int flags = SQLITE_OPEN_FULLMUTEX;
    flags |= options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (options.create && !options.readOnly)
        flags |= SQLITE_OPEN_CREATE;

    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path));
    if (rc != SQLITE_OK)
        return db->errorFor(rc, QStringLiteral("open %1").arg(path));
    // Before the first read: another connection switching the file to WAL or writing holds a
    // lock for a moment, and the probe below must wait for it rather than fail (server processes
    // starting together on one file).
    sqlite3_busy_timeout(raw, options.busyTimeoutMs);

    if (rawKey) {
        if (rawKey->size() != 32)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("database key must be 32 bytes"));
        // "x'<64 hex>'" tells SQLCipher the key is raw: no PBKDF2 at open (we already ran Argon2id).
        const SecretBytes hex = rawKey->toHex();
        SecretBytes keySpec(hex.size() + 3);
        keySpec.data()[0] = 'x';
        keySpec.data()[1] = '\'';
        std::memcpy(keySpec.data() + 2, hex.data(), hex.size());
        keySpec.data()[hex.size() + 2] = '\'';
        const int krc = sqlite3_key(raw, keySpec.data(), static_cast<int>(keySpec.size()));
        if (krc != SQLITE_OK)
            return db->errorFor(krc, QStringLiteral("sqlite3_key"));
        db->m_key = std::make_shared<const SecretBytes>(SecretBytes::fromBytes(rawKey->data(), rawKey->size()));
        const CipherSettings cipher;
        LINTAS_TRY(db->execScript(QStringLiteral("PRAGMA cipher_page_size = %1; PRAGMA kdf_iter = %2; "
                                                 "PRAGMA cipher_use_hmac = %3;")
                                      .arg(cipher.pageSize)
                                      .arg(cipher.kdfIter)
                                      .arg(cipher.useHmac ? QStringLiteral("ON") : QStringLiteral("OFF"))));
    }

    // SQLite does not wait out every lock with the busy handler: switching a new file to WAL
    // while another connection does the same, or reading while it recovers the WAL index, can
    // answer "locked" at once. Two server processes starting together on one file did, about
    // one start in eight under load; so open retries for as long as the busy timeout allows.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        // The first real read decides whether the key fits and the file is a database at all.
        char *err = nullptr;
        const int probe = sqlite3_exec(raw, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, &err);
        sqlite3_free(err);
        Status ready = probe == SQLITE_OK ? db->applyConnectionSettings(options)
                                          : Status(db->errorFor(probe, QStringLiteral("read %1").arg(path)));
        if (ready.ok())
            return db;
        if (ready.code() != ErrorCode::Busy || waited.elapsed() >= options.busyTimeoutMs)
            return ready.error();
        QThread::msleep(20);
    }
}

Result<std::unique_ptr<Database>> Database::openReader() const
{
    return open(m_path, m_key.get(), {.readOnly = true, .create = false});
}

Status Database::applyConnectionSettings(const OpenOptions &options)
{
    sqlite3_busy_timeout(m_db, options.busyTimeoutMs);
    // temp_store=MEMORY: sorts and temp tables never reach disk, where they would be plaintext.
    QString script = QStringLiteral("PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; "
                                    "PRAGMA temp_store = MEMORY;");
    if (!options.readOnly) {
        script += QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = %1;")
                      .arg(options.fullSync ? QStringLiteral("FULL") : QStringLiteral("NORMAL"));
    }
    return execScript(script);
}

Result<Statement> Database::prepare(const QString &sql)
{
    auto it = m_cache.constFind(sql);
    if (it != m_cache.constEnd() && !m_borrowed.contains(it.value())) {
        m_borrowed.insert(it.value());
        return Statement(this, it.value(), true);
    }
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return errorFor(rc, QStringLiteral("prepare %1").arg(sql));
    if (it != m_cache.constEnd())
        return Statement(this, stmt, false); // cached copy is in use (nested query): one-off
    m_cache.insert(sql, stmt);
    m_borrowed.insert(stmt);
    return Statement(this, stmt, true);
}

void Database::giveBack(sqlite3_stmt *stmt, bool cached)
{
    if (!cached) {
        sqlite3_finalize(stmt);
        return;
    }
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    m_borrowed.remove(stmt);
}

Status Database::execScript(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, utf8.constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        Error e = errorFor(rc, sql.left(200));
        if (err)
            e.detail += QStringLiteral(" — ") + QString::fromUtf8(err);
        sqlite3_free(err);
        return e;
    }
    return {};
}

Result<SqlValue> Database::scalar(const QString &sql)
{
    auto stmt = prepare(sql);
    if (!stmt.ok())
        return stmt.error();
    auto row = stmt->step();
    if (!row.ok())
        return row.error();
    return row.value() ? stmt->value(0) : SqlValue();
}

Result<Transaction> Database::begin()
{
    if (m_txDepth == 0) {
        LINTAS_TRY(execScript(QStringLiteral("BEGIN IMMEDIATE;")));
        ++m_txDepth;
        return Transaction(this, QString());
    }
    const QString name = QStringLiteral("sp%1").arg(++m_savepointSerial);
    LINTAS_TRY(execScript(QStringLiteral("SAVEPOINT %1;").arg(name)));
    ++m_txDepth;
    return Transaction(this, name);
}

int Database::userVersion()
{
    auto v = scalar(QStringLiteral("PRAGMA user_version;"));
    return v.ok() ? v->toInt() : -1;
}

Status Database::setUserVersion(int version)
{
    return execScript(QStringLiteral("PRAGMA user_version = %1;").arg(version));
}

Status Database::checkIntegrity(bool thorough)
{
    auto stmt = prepare(thorough ? QStringLiteral("PRAGMA integrity_check;") : QStringLiteral("PRAGMA quick_check;"));
    if (!stmt.ok())
        return stmt.error();
    QStringList problems;
    for (;;) {
        auto row = stmt->step();
        if (!row.ok())
            return row.error();
        if (!row.value())
            break;
        const QString line = stmt->text(0);
        if (line != QStringLiteral("ok"))
            problems << line;
    }
    if (!problems.isEmpty())
        return makeError(ErrorCode::DatabaseCorrupt, problems.join(QLatin1Char('\n')).left(2000));
    return {};
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

void Database::interrupt()
{
    sqlite3_interrupt(m_db);
}

qint64 Database::totalChanges() const
{
    return sqlite3_total_changes(m_db);
}

} // namespace lintas::store
