#include "storage/PgConnection.h"

#include <QtEndian>

#include <libpq-fe.h>

namespace lintas::server::pg {

namespace {

// Type oids from pg_type: fixed since PostgreSQL's first releases.
constexpr Oid ByteaOid = 17;
constexpr Oid Int8Oid = 20;
constexpr Oid TextOid = 25;

ErrorCode codeForState(const QByteArray &state)
{
    if (state == "23505" || state == "23P01") // unique or exclusion violation
        return ErrorCode::AlreadyExists;
    if (state == "23503") // foreign key: the row referred to is missing
        return ErrorCode::NotFound;
    if (state.startsWith("23"))
        return ErrorCode::InvalidArgument;
    if (state == "40001" || state == "40P01" || state == "55P03" || state == "57014")
        return ErrorCode::Busy; // serialization failure, deadlock, lock timeout, statement timeout
    if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P") || state.startsWith("58"))
        return ErrorCode::Io; // connection, resources (disk full), shutdown, system errors
    return ErrorCode::Sql;
}

void dropNotice(void *, const char *) { }

} // namespace

void Params::add(unsigned int type, const QByteArray &value, int format)
{
    m_types.push_back(type);
    m_values.push_back(value);
    m_formats.push_back(format);
}

Params &Params::bytes(const QByteArray &value)
{
    add(ByteaOid, value, 1);
    return *this;
}

Params &Params::int64(qint64 value)
{
    QByteArray be(8, Qt::Uninitialized);
    qToBigEndian<qint64>(value, be.data());
    add(Int8Oid, be, 1);
    return *this;
}

Params &Params::text(const QString &value)
{
    add(TextOid, value.isNull() ? QByteArray() : value.toUtf8(), 1);
    return *this;
}

std::vector<const char *> Params::values() const
{
    std::vector<const char *> out;
    for (const QByteArray &v : m_values)
        out.push_back(v.isNull() ? nullptr : v.constData());
    return out;
}

std::vector<int> Params::lengths() const
{
    std::vector<int> out;
    for (const QByteArray &v : m_values)
        out.push_back(static_cast<int>(v.size()));
    return out;
}

Rows::Rows(PGresult *result) : m_result(result) { }

Rows::~Rows()
{
    if (m_result)
        PQclear(m_result);
}

Rows::Rows(Rows &&other) noexcept : m_result(other.m_result)
{
    other.m_result = nullptr;
}

int Rows::count() const
{
    return PQntuples(m_result);
}

bool Rows::isNull(int row, int col) const
{
    return PQgetisnull(m_result, row, col) != 0;
}

QByteArray Rows::bytes(int row, int col) const
{
    if (isNull(row, col))
        return {};
    const int n = PQgetlength(m_result, row, col);
    return n == 0 ? QByteArray("") : QByteArray(PQgetvalue(m_result, row, col), n);
}

qint64 Rows::int64(int row, int col) const
{
    if (isNull(row, col))
        return 0;
    const char *p = PQgetvalue(m_result, row, col);
    switch (PQgetlength(m_result, row, col)) {
    case 2:
        return qFromBigEndian<qint16>(p);
    case 4:
        return qFromBigEndian<qint32>(p);
    case 8:
        return qFromBigEndian<qint64>(p);
    default:
        return 0;
    }
}

QString Rows::text(int row, int col) const
{
    if (isNull(row, col))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result, row, col), PQgetlength(m_result, row, col));
}

qint64 Rows::affected() const
{
    return QByteArray(PQcmdTuples(m_result)).toLongLong();
}

QString Rows::commandStatus() const
{
    return QString::fromUtf8(PQcmdStatus(m_result));
}

Connection::~Connection()
{
    if (m_conn)
        PQfinish(m_conn);
}

Result<std::unique_ptr<Connection>> Connection::open(const QString &url)
{
    // The URL decides everything; the fallback only names us in pg_stat_activity when it does not.
    const QByteArray conninfo = url.toUtf8();
    const char *const keywords[] = {"dbname", "fallback_application_name", nullptr};
    const char *const values[] = {conninfo.constData(), "lintas-server", nullptr};
    PGconn *raw = PQconnectdbParams(keywords, values, 1);
    if (!raw)
        return makeError(ErrorCode::Io, QStringLiteral("PostgreSQL: out of memory"));
    std::unique_ptr<Connection> conn(new Connection(raw));
    if (PQstatus(raw) != CONNECTION_OK) {
        // libpq's message names host and port, never the password.
        return makeError(ErrorCode::Io,
            QStringLiteral("cannot connect to PostgreSQL: %1").arg(QString::fromUtf8(PQerrorMessage(raw)).trimmed()));
    }
    // CREATE … IF NOT EXISTS and friends send NOTICEs; libpq would print them on stderr.
    PQsetNoticeProcessor(raw, &dropNotice, nullptr);
    return conn;
}

Error Connection::errorFor(PGresult *result, const QString &context) const
{
    const QByteArray state = result ? QByteArray(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QByteArray();
    const QString message = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(m_conn)).trimmed();
    const ErrorCode code = PQstatus(m_conn) == CONNECTION_BAD ? ErrorCode::Io : codeForState(state);
    return makeError(code, QStringLiteral("%1: %2 (%3)").arg(context.left(200), message, QString::fromLatin1(state)));
}

Result<QByteArray> Connection::prepared(const QByteArray &sql, const std::vector<unsigned int> &types)
{
    // Bounded: a statement text built per call (a multi-row INSERT's row count) must not make the
    // cache, and the server's memory for it, grow without end.
    constexpr int MaxPrepared = 256;
    QByteArray key = sql;
    for (unsigned int type : types)
        key += ':' + QByteArray::number(type);
    if (const auto it = m_prepared.constFind(key); it != m_prepared.constEnd())
        return *it;
    if (m_prepared.size() >= MaxPrepared)
        return QByteArray();
    const QByteArray name = "l" + QByteArray::number(m_prepared.size() + 1);
    PGresult *result
        = PQprepare(m_conn, name.constData(), sql.constData(), static_cast<int>(types.size()), types.data());
    Rows done(result);
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK)
        return errorFor(result, QString::fromUtf8(sql));
    m_prepared.insert(key, name);
    return name;
}

Result<Rows> Connection::execOnce(const QString &sql, const Params &params)
{
    const QByteArray utf8 = sql.toUtf8();
    const std::vector<unsigned int> types = params.types();
    const std::vector<const char *> values = params.values();
    const std::vector<int> lengths = params.lengths();
    const std::vector<int> formats = params.formats();
    QByteArray name;
    if (params.count() > 0) {
        // Parameterless statements (BEGIN, SAVEPOINT spN, schema) are not worth a name each.
        LINTAS_TRY_ASSIGN(name, prepared(utf8, types));
    }
    PGresult *result = name.isEmpty()
        ? PQexecParams(
            m_conn, utf8.constData(), params.count(), types.data(), values.data(), lengths.data(), formats.data(), 1)
        : PQexecPrepared(m_conn, name.constData(), params.count(), values.data(), lengths.data(), formats.data(), 1);
    Rows rows(result);
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        return errorFor(result, sql);
    return rows;
}

Result<Rows> Connection::exec(const QString &sql, const Params &params)
{
    auto rows = execOnce(sql, params);
    if (rows.ok() || m_depth > 0 || PQstatus(m_conn) != CONNECTION_BAD)
        return rows;
    PQreset(m_conn);
    m_prepared.clear(); // a new session knows none of them
    if (PQstatus(m_conn) != CONNECTION_OK)
        return rows.error();
    return execOnce(sql, params);
}

Status Connection::execScript(const QString &sql)
{
    if (m_depth == 0)
        return makeError(ErrorCode::Internal, QStringLiteral("a script runs inside a transaction"));
    PGresult *result = PQexec(m_conn, sql.toUtf8().constData());
    Rows rows(result);
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        return errorFor(result, sql);
    return {};
}

Status Connection::command(const QString &sql)
{
    auto rows = exec(sql);
    if (!rows.ok())
        return rows.error();
    return {};
}

Result<Transaction> Connection::begin()
{
    if (m_depth == 0) {
        LINTAS_TRY(command(QStringLiteral("BEGIN"))); // reconnects once when the link dropped
        ++m_depth;
        return Transaction(this, QString());
    }
    const QString name = QStringLiteral("sp%1").arg(++m_savepointSerial);
    LINTAS_TRY(command(QStringLiteral("SAVEPOINT %1").arg(name)));
    ++m_depth;
    return Transaction(this, name);
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_conn(other.m_conn), m_savepoint(std::move(other.m_savepoint)), m_done(other.m_done)
{
    other.m_done = true;
    other.m_conn = nullptr;
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
    const bool outermost = m_savepoint.isEmpty();
    auto rows
        = m_conn->exec(outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE SAVEPOINT %1").arg(m_savepoint));
    if (!rows.ok()) {
        rollback();
        return rows.error();
    }
    m_done = true;
    --m_conn->m_depth;
    // COMMIT of a transaction a failed statement aborted answers ROLLBACK rather than an error.
    if (outermost && rows->commandStatus() != QLatin1String("COMMIT"))
        return makeError(ErrorCode::Sql, QStringLiteral("transaction was rolled back by the server"));
    return {};
}

void Transaction::rollback()
{
    if (m_done || !m_conn)
        return;
    m_done = true;
    --m_conn->m_depth;
    if (m_savepoint.isEmpty())
        (void)m_conn->execOnce(QStringLiteral("ROLLBACK"), {});
    else if (m_conn->execOnce(QStringLiteral("ROLLBACK TO SAVEPOINT %1").arg(m_savepoint), {}).ok())
        (void)m_conn->execOnce(QStringLiteral("RELEASE SAVEPOINT %1").arg(m_savepoint), {});
}

} // namespace lintas::server::pg
