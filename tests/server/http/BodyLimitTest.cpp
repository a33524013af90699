#include "HttpTestClient.h"
#include "support/Wait.h"

#include "http/AccessLog.h"
#include "http/HttpServer.h"
#include "support/QtPrinters.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFile>

using namespace lintas::server;
using lintas::ManualClock;
using lintas::test::HttpTestClient;
using lintas::test::waitUntil;

namespace {

// A field of /proc/self/status in KiB ("VmRSS", "VmHWM"); -1 if unreadable.
qint64 procStatusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets VmHWM (the peak resident size) to the current size; Linux 4.0+.
bool resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

struct Fixture {
    explicit Fixture(HttpServerOptions options)
        : log(clock, &logBuffer),
          server(
              [this](const HttpRequest &request) {
                  ++handled;
                  return HttpResponse::withBody(200, "text/plain", QByteArray::number(request.body.size()));
              },
              &log)
    {
        REQUIRE(logBuffer.open(QIODevice::WriteOnly));
        REQUIRE(server.listen(options).ok());
    }

    ManualClock clock;
    QBuffer logBuffer;
    AccessLog log;
    int handled = 0;
    HttpServer server;
};

} // namespace

TEST_CASE("body limit: a body within maxBodyBytes reaches the handler whole")
{
    HttpServerOptions options;
    options.maxBodyBytes = 6 * 1024 * 1024;
    Fixture f(options);
    HttpTestClient client;
    REQUIRE(client.connectTo(f.server.port()));
    const QByteArray body(options.maxBodyBytes, 'b');
    client.send("POST /blob HTTP/1.1\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    REQUIRE(client.waitForResponses(1));
    CHECK(client.responses[0].status == 200);
    CHECK(client.responses[0].body == QByteArray::number(body.size()));
}

TEST_CASE("body limit: a 200 MB upload gets 413 at once and is discarded, not buffered")
{
    constexpr qint64 kBodyBytes = 200LL * 1024 * 1024;
    constexpr qint64 kChunkBytes = 1024 * 1024;
    HttpServerOptions options; // maxBodyBytes: the default 8 MiB
    options.lingerMs = 10 * 60 * 1000; // never the reason the connection ends in this test
    Fixture f(options);

    HttpTestClient client;
    REQUIRE(client.connectTo(f.server.port()));
    lintas::test::spinEventLoop();
    const bool peakResettable = resetPeakRss();
    const qint64 rssBeforeKb = procStatusKb("VmRSS");
    REQUIRE(rssBeforeKb > 0);
    qint64 rssMaxKb = rssBeforeKb;

    client.send("POST /v1/upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + QByteArray::number(kBodyBytes)
        + "\r\n\r\n");
    // Streamed from one reused chunk: the test itself never holds the body either.
    const QByteArray chunk(kChunkBytes, 'u');
    qint64 sent = 0;
    while (sent < kBodyBytes) {
        REQUIRE(waitUntil([&] { return client.socket().bytesToWrite() < 2 * kChunkBytes || client.isDisconnected(); }));
        if (client.isDisconnected())
            break;
        client.send(chunk);
        sent += kChunkBytes;
        if ((sent / kChunkBytes) % 8 == 0)
            rssMaxKb = qMax(rssMaxKb, procStatusKb("VmRSS"));
    }
    CHECK(sent == kBodyBytes); // the server read (and dropped) everything, it did not cut the client off

    REQUIRE(client.waitForResponses(1));
    CHECK(client.responses[0].status == 413);
    CHECK(client.responses[0].body == "{\"error\":\"body_too_large\"}");
    CHECK(client.responses[0].headers.value("connection") == "close");
    CHECK(client.waitForDisconnect());
    CHECK(f.handled == 0);
    REQUIRE(waitUntil([&] { return f.server.openConnections() == 0; }));

    rssMaxKb = qMax(rssMaxKb, procStatusKb("VmRSS"));
    const qint64 growthLimitKb = 16 * 1024;
    INFO("RSS before " << rssBeforeKb << " KiB, highest sampled " << rssMaxKb << " KiB");
    CHECK(rssMaxKb - rssBeforeKb < growthLimitKb);
    if (peakResettable) {
        const qint64 peakKb = procStatusKb("VmHWM");
        INFO("peak RSS since the upload began " << peakKb << " KiB");
        CHECK(peakKb - rssBeforeKb < growthLimitKb);
    }
    CHECK(f.logBuffer.data().contains("\"status\":413"));
    CHECK(f.logBuffer.data().contains("\"path\":\"/v1/upload\""));
}

TEST_CASE("body limit: a refused upload that is never sent does not hold the connection")
{
    HttpServerOptions options;
    options.maxBodyBytes = 1024;
    options.lingerMs = 200;
    Fixture f(options);
    HttpTestClient client;
    REQUIRE(client.connectTo(f.server.port()));
    // Declares a big body, then waits for a verdict (as curl does with Expect: 100-continue).
    client.send("POST /up HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 1000000\r\n\r\n");
    REQUIRE(client.waitForResponses(1));
    CHECK(client.responses[0].status == 413);
    CHECK_FALSE(client.received.contains("100 Continue"));
    CHECK(client.waitForDisconnect()); // the linger time ends the wait for the body
    CHECK(f.handled == 0);
}
