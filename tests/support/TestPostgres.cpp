#include "support/TestPostgres.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QStringList>
#include <QUrl>

#include <libpq-fe.h>

#include <mutex>

namespace lintas::test {

namespace {

struct PgConn {
    PGconn *conn = nullptr;
    ~PgConn()
    {
        if (conn)
            PQfinish(conn);
    }
};

Status runOn(const QString &url, const QString &sql)
{
    PgConn c {PQconnectdb(url.toUtf8().constData())};
    if (PQstatus(c.conn) != CONNECTION_OK)
        return makeError(
            ErrorCode::Io, QStringLiteral("test cluster: %1").arg(QString::fromUtf8(PQerrorMessage(c.conn)).trimmed()));
    PGresult *res = PQexec(c.conn, sql.toUtf8().constData());
    const bool ok = PQresultStatus(res) == PGRES_COMMAND_OK || PQresultStatus(res) == PGRES_TUPLES_OK;
    const QString message = QString::fromUtf8(PQresultErrorMessage(res)).trimmed();
    PQclear(res);
    if (!ok)
        return makeError(ErrorCode::Sql, QStringLiteral("test cluster: %1: %2").arg(sql, message));
    return {};
}

// Databases this process created, dropped at exit (FORCE closes connections a failed test leaked).
struct CreatedDatabases {
    std::mutex mutex;
    QString cluster;
    QStringList names;
    ~CreatedDatabases()
    {
        for (const QString &name : std::as_const(names))
            (void)runOn(cluster, QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(name));
    }
};

CreatedDatabases &created()
{
    static CreatedDatabases instance;
    return instance;
}

} // namespace

bool TestPostgres::wanted()
{
    return qEnvironmentVariable("LINTAS_TEST_BACKEND").compare(QLatin1String("postgresql"), Qt::CaseInsensitive) == 0;
}

QString TestPostgres::clusterUrl()
{
    QFile file(QStringLiteral(LINTAS_BUILD_DIR "/test-postgres/url"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

Result<QString> TestPostgres::freshDatabase()
{
    const QString cluster = clusterUrl();
    if (cluster.isEmpty())
        return makeError(ErrorCode::NotFound,
            QStringLiteral("no test PostgreSQL cluster: %1 is missing (run the suite through ctest)")
                .arg(QStringLiteral(LINTAS_BUILD_DIR "/test-postgres/url")));
    CreatedDatabases &registry = created();
    std::lock_guard lock(registry.mutex);
    const QString name = QStringLiteral("lintas_test_%1_%2_%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(registry.names.size() + 1)
                             .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    LINTAS_TRY(runOn(cluster, QStringLiteral("CREATE DATABASE \"%1\"").arg(name)));
    registry.cluster = cluster;
    registry.names.append(name);
    QUrl url(cluster);
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

} // namespace lintas::test
