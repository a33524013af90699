#include <QFile>

#include <libpq-fe.h>

#include <catch2/catch.hpp>

#include <memory>
#include <string>

// The harness behind every suite that also runs against PostgreSQL (a .postgres-too file in its
// folder): the CTest fixture "postgres" starts a throwaway cluster and the suite's second
// registration runs with LINTAS_TEST_BACKEND=postgresql. In the SQLite registration there is
// nothing to check.
TEST_CASE("the test PostgreSQL cluster answers when a suite runs against it", "[postgres]")
{
    if (qgetenv("LINTAS_TEST_BACKEND") != "postgresql") {
        SUCCEED("SQLite run: no PostgreSQL wanted");
        return;
    }
    QFile urlFile(QStringLiteral(LINTAS_BUILD_DIR "/test-postgres/url"));
    REQUIRE(urlFile.open(QIODevice::ReadOnly)); // the fixture "postgres: start" wrote it
    const QByteArray url = urlFile.readAll().trimmed();
    CAPTURE(url.toStdString());
    REQUIRE(url.startsWith("postgresql://"));
    REQUIRE(url.contains("@127.0.0.1:"));

    const std::unique_ptr<PGconn, decltype(&PQfinish)> connection(PQconnectdb(url.constData()), &PQfinish);
    REQUIRE(connection);
    INFO(PQerrorMessage(connection.get()));
    REQUIRE(PQstatus(connection.get()) == CONNECTION_OK);
    CHECK(PQserverVersion(connection.get()) >= 150000);

    const std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(connection.get(), "SELECT 1"), &PQclear);
    REQUIRE(PQresultStatus(result.get()) == PGRES_TUPLES_OK);
    REQUIRE(PQntuples(result.get()) == 1);
    CHECK(std::string(PQgetvalue(result.get(), 0, 0)) == "1");
}
