#include "Peers.h"
#include "support/FaultProxy.h"
#include "support/QtPrinters.h"

#include <QElapsedTimer>

#include <catch2/catch.hpp>

using namespace lintas;
using namespace lintas::test;

namespace {

// The throttle's promise: over any interval from when the sender began, no more than
// rate × interval + one burst got through. An upper bound only: a slow machine keeps it too.
qint64 throttleBound(const LinkDirection &link, const QElapsedTimer &since)
{
    const qint64 burst = link.burstBytes > 0 ? link.burstBytes : std::max<qint64>(link.bytesPerSecond / 20, 256);
    return link.bytesPerSecond * since.elapsed() / 1000 + burst + link.bytesPerSecond / 1000; // + 1 ms of rounding
}

} // namespace

TEST_CASE("the fault proxy holds each direction for its latency", "[faultproxy]")
{
    EchoServer server;
    FaultProxy proxy(QStringLiteral("127.0.0.1"), server.port());
    REQUIRE(proxy.startInThread().ok());
    TestClient client(proxy.port());
    REQUIRE(waitUntil([&] { return client.isConnected(); }));

    proxy.setPlan({.up = {.latencyMs = 150}, .down = {.latencyMs = 250}});
    QElapsedTimer roundTrip;
    roundTrip.start();
    client.send("hello");
    REQUIRE(waitUntil([&] { return server.received(0) == "hello"; }));
    const qint64 upMs = roundTrip.elapsed();
    REQUIRE(waitUntil([&] { return client.received() == "hello"; }));
    // Lower bounds: the proxy may not deliver early; how late a loaded machine is is not checked.
    CHECK(upMs >= 150);
    CHECK(roundTrip.elapsed() >= 400);
}

TEST_CASE("the fault proxy throttle bounds throughput each way", "[faultproxy]")
{
    const bool down = GENERATE(true, false);
    CAPTURE(down);
    EchoServer server(down);
    FaultProxy proxy(QStringLiteral("127.0.0.1"), server.port());
    REQUIRE(proxy.startInThread().ok());
    const LinkDirection link {.bytesPerSecond = 40 * 1024, .burstBytes = 4096};
    proxy.setPlan(down ? FaultPlan {.down = link} : FaultPlan {.up = link});

    TestClient client(proxy.port());
    REQUIRE(waitUntil([&] { return client.isConnected(); }));
    const QByteArray data(48 * 1024, 'x');
    QElapsedTimer since; // started before a byte was sent, so every delivery falls inside it
    since.start();
    client.send(data);
    const auto delivered = [&] { return down ? qint64(client.received().size()) : server.totalReceived(); };
    qint64 worstSlack = std::numeric_limits<qint64>::max();
    int samples = 0;
    REQUIRE(waitUntil([&] {
        const qint64 bound = throttleBound(link, since); // read the clock first: bytes only grow
        const qint64 got = delivered();
        const qint64 counted = down ? proxy.total().bytesDown : proxy.total().bytesUp;
        worstSlack = std::min({worstSlack, bound - got, bound - counted});
        ++samples;
        return got == data.size();
    }));
    CHECK(samples > 10);
    CHECK(worstSlack >= 0);
    // Everything arrived, and at no point faster than the link allows.
    CHECK(since.elapsed() >= (data.size() - link.burstBytes) * 1000 / link.bytesPerSecond);
}

TEST_CASE("the fault proxy resets every connection on a period", "[faultproxy]")
{
    EchoServer server;
    FaultProxy proxy(QStringLiteral("127.0.0.1"), server.port());
    REQUIRE(proxy.startInThread().ok());
    proxy.setPlan({.resetEveryMs = 100});

    TestClient first(proxy.port());
    REQUIRE(waitUntil([&] { return first.ended(); }));
    TestClient second(proxy.port());
    REQUIRE(waitUntil([&] { return second.ended(); }));
    CHECK(proxy.total().connectionsCut >= 2);

    proxy.setPlan({});
    const qint64 cuts = proxy.total().connectionsCut;
    TestClient stays(proxy.port());
    stays.send("still here");
    REQUIRE(waitUntil([&] { return stays.received() == "still here"; }));
    runEventsFor(350); // several former periods
    CHECK(stays.isConnected());
    CHECK(proxy.total().connectionsCut == cuts);
}

TEST_CASE("the fault proxy applies a new plan to connections already open", "[faultproxy]")
{
    EchoServer server;
    FaultProxy proxy(QStringLiteral("127.0.0.1"), server.port());
    REQUIRE(proxy.startInThread().ok());
    TestClient client(proxy.port());
    client.send("free");
    REQUIRE(waitUntil([&] { return client.received() == "free"; }));

    // Throttle switched on mid-connection: the bound holds from the switch on.
    const LinkDirection slow {.bytesPerSecond = 16 * 1024, .burstBytes = 1024};
    proxy.setPlan({.down = slow});
    proxy.resetCounters();
    QElapsedTimer since;
    since.start();
    client.send(QByteArray(12 * 1024, 'y'));
    qint64 worstSlack = std::numeric_limits<qint64>::max();
    REQUIRE(waitUntil([&] {
        const qint64 bound = throttleBound(slow, since);
        worstSlack = std::min(worstSlack, bound - proxy.sinceReset().bytesDown);
        return proxy.sinceReset().bytesDown >= 6 * 1024;
    }));
    CHECK(worstSlack >= 0);

    // Lifted mid-transfer: the rest arrives; then a byte limit set now cuts this same connection
    // (it has carried more than 100 bytes up already, so the next byte trips it).
    proxy.setPlan({});
    REQUIRE(waitUntil([&] { return client.received().size() == 4 + 12 * 1024; }));
    proxy.setPlan({.up = {.cutAfterBytes = 100}});
    client.send("z");
    REQUIRE(waitUntil([&] { return client.ended(); }));
    CHECK(proxy.total().connectionsCut == 1);
    CHECK(proxy.plan().up.cutAfterBytes == 100);
}

TEST_CASE("the threaded fault proxy serves a client that blocks its thread", "[faultproxy]")
{
    EchoServer server;
    FaultProxy proxy(QStringLiteral("127.0.0.1"), server.port());
    REQUIRE(proxy.startInThread().ok());
    proxy.setPlan(FaultPlan::slowLossyLink());

    // Blocking calls only: no event loop runs on this thread while the proxy works.
    QTcpSocket socket;
    QElapsedTimer roundTrip;
    roundTrip.start();
    socket.connectToHost(QStringLiteral("127.0.0.1"), proxy.port());
    REQUIRE(socket.waitForConnected(20'000));
    const QByteArray data(4 * 1024, 'q');
    socket.write(data);
    QByteArray got;
    while (got.size() < data.size() && socket.waitForReadyRead(20'000))
        got += socket.readAll();
    CHECK(got.size() == data.size());
    CHECK((got == data));
    CHECK(proxy.total().bytesDown == data.size());
    CHECK(roundTrip.elapsed() >= 1000); // 500 ms each way, at least
}
