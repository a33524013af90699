#include "http/AccessLog.h"

#include "support/QtPrinters.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>

using lintas::ManualClock;
using lintas::server::AccessLog;

namespace {

QList<QJsonObject> lines(const QByteArray &log)
{
    QList<QJsonObject> out;
    for (const QByteArray &line : log.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        REQUIRE(error.error == QJsonParseError::NoError);
        out.append(doc.object());
    }
    return out;
}

} // namespace

TEST_CASE("access log: a request is one JSON line with the fixed fields and no query")
{
    ManualClock clock(1'790'000'000'123);
    QBuffer out;
    REQUIRE(out.open(QIODevice::WriteOnly));
    AccessLog log(clock, &out);

    AccessLog::Request entry;
    entry.method = "POST";
    entry.path = "/v1/spaces/s1/records?token=SECRET";
    entry.status = 201;
    entry.requestBytes = 1234;
    entry.responseBytes = 56;
    entry.durationMs = 7;
    entry.peer = QHostAddress(QStringLiteral("10.0.0.9"));
    log.request(entry);

    REQUIRE(out.data().endsWith('\n'));
    CHECK(out.data().count('\n') == 1);
    CHECK_FALSE(out.data().contains("SECRET"));
    CHECK(out.data().startsWith("{\"time\":\"2026-09-21T"));
    const QList<QJsonObject> parsed = lines(out.data());
    REQUIRE(parsed.size() == 1);
    const QJsonObject &line = parsed.first();
    CHECK(line.value(QStringLiteral("time")).toString() == QStringLiteral("2026-09-21T14:13:20.123Z"));
    CHECK(line.value(QStringLiteral("level")).toString() == QStringLiteral("info"));
    CHECK(line.value(QStringLiteral("event")).toString() == QStringLiteral("request"));
    CHECK(line.value(QStringLiteral("method")).toString() == QStringLiteral("POST"));
    CHECK(line.value(QStringLiteral("path")).toString() == QStringLiteral("/v1/spaces/s1/records"));
    CHECK(line.value(QStringLiteral("status")).toInt() == 201);
    CHECK(line.value(QStringLiteral("request_bytes")).toInt() == 1234);
    CHECK(line.value(QStringLiteral("response_bytes")).toInt() == 56);
    CHECK(line.value(QStringLiteral("duration_ms")).toInt() == 7);
    CHECK(line.value(QStringLiteral("peer")).toString() == QStringLiteral("10.0.0.9"));
    CHECK(line.size() == 10);
}

TEST_CASE("access log: server errors are logged at error level, events carry their fields")
{
    ManualClock clock;
    QBuffer out;
    REQUIRE(out.open(QIODevice::WriteOnly));
    AccessLog log(clock, &out);

    AccessLog::Request entry;
    entry.method = "GET";
    entry.path = "/x";
    entry.status = 503;
    log.request(entry);
    clock.advanceMs(1000);
    log.event(AccessLog::Level::Warning, QStringLiteral("tls_error"),
        {{QStringLiteral("peer"), QStringLiteral("127.0.0.1")}, {QStringLiteral("level"), QStringLiteral("x")}});

    const QList<QJsonObject> parsed = lines(out.data());
    REQUIRE(parsed.size() == 2);
    CHECK(parsed[0].value(QStringLiteral("level")).toString() == QStringLiteral("error"));
    CHECK(parsed[1].value(QStringLiteral("event")).toString() == QStringLiteral("tls_error"));
    CHECK(parsed[1].value(QStringLiteral("level")).toString() == QStringLiteral("warning")); // not overridden
    CHECK(parsed[1].value(QStringLiteral("peer")).toString() == QStringLiteral("127.0.0.1"));
    CHECK(parsed[0].value(QStringLiteral("time")).toString() != parsed[1].value(QStringLiteral("time")).toString());
}

TEST_CASE("access log: a huge or odd path stays one bounded, valid line")
{
    ManualClock clock;
    QBuffer out;
    REQUIRE(out.open(QIODevice::WriteOnly));
    AccessLog log(clock, &out);
    AccessLog::Request entry;
    entry.method = "GET";
    entry.path = "/\"quoted\"\n" + QByteArray(20'000, 'a');
    entry.status = 404;
    log.request(entry);
    CHECK(out.data().count('\n') == 1);
    CHECK(out.data().size() < 2'000);
    CHECK(lines(out.data()).size() == 1);
}
