#include "Peers.h"
#include "support/FaultProxy.h"
#include "support/QtPrinters.h"

#include <catch2/catch.hpp>

using namespace lintas;
using namespace lintas::test;

namespace {

QByteArray pattern(int size, char seed = 'a')
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char(seed + i % 23);
    return bytes;
}

} // namespace

TEST_CASE("the fault proxy forwards both ways unchanged and counts the bytes", "[faultproxy]")
{
    EchoServer server;
    FaultProxy proxy(QStringLiteral("127.0.0.1"), server.port());
    REQUIRE(proxy.startInThread().ok());
    REQUIRE(proxy.port() != 0);

    const QByteArray data = pattern(300 * 1024);
    TestClient client(proxy.port());
    client.send(data);
    REQUIRE(waitUntil([&] { return client.received().size() >= data.size(); }));
    CHECK((client.received() == data)); // (no 300 KiB dump on failure)
    CHECK((server.received(0) == data));

    FaultProxyCounters total = proxy.total();
    CHECK(total.bytesUp == data.size());
    CHECK(total.bytesDown == data.size());
    CHECK(total.connectionsAccepted == 1);
    CHECK(total.connectionsCut == 0);
    CHECK(total.requests >= 1);
    CHECK(proxy.openConnections() == 1);

    proxy.resetCounters();
    CHECK(proxy.sinceReset().bytesUp == 0);
    CHECK(proxy.sinceReset().connectionsAccepted == 0);
    client.send("tail");
    REQUIRE(waitUntil([&] { return client.received().endsWith("tail"); }));
    CHECK(proxy.sinceReset().bytesUp == 4);
    CHECK(proxy.sinceReset().bytesDown == 4);
    CHECK(proxy.total().bytesUp == data.size() + 4);

    client.socket().disconnectFromHost();
    REQUIRE(waitUntil([&] { return server.ended(0) && proxy.openConnections() == 0; }));
    CHECK(proxy.total().connectionsCut == 0); // an orderly close is no fault
}

TEST_CASE("the fault proxy also runs on the caller's event loop", "[faultproxy]")
{
    EchoServer server;
    FaultProxy proxy(QStringLiteral("127.0.0.1"), server.port());
    REQUIRE(proxy.start().ok());
    TestClient client(proxy.port());
    client.send("ping");
    REQUIRE(waitUntil([&] { return client.received() == "ping"; }));
    proxy.setPlan({.down = {.cutAfterBytes = 6}}); // counted from the connection's start
    client.send("pong");
    REQUIRE(waitUntil([&] { return client.ended(); }));
    CHECK(client.received() == "pingpo");
    CHECK(proxy.total().connectionsCut == 1);
}

TEST_CASE("the fault proxy cuts a connection after N bytes from the client", "[faultproxy]")
{
    EchoServer server(false);
    FaultProxy proxy(QStringLiteral("127.0.0.1"), server.port());
    REQUIRE(proxy.startInThread().ok());
    proxy.setPlan({.up = {.cutAfterBytes = 1000}, .maxByteCuts = 1});

    TestClient first(proxy.port());
    first.send(pattern(5000));
    REQUIRE(waitUntil([&] { return first.ended() && server.ended(0); }));
    CHECK((server.received(0) == pattern(5000).left(1000)));
    CHECK(proxy.total().connectionsCut == 1);
    CHECK(proxy.total().bytesUp == 1000);

    // maxByteCuts = 1: the limit has disarmed itself.
    TestClient second(proxy.port());
    second.send(pattern(5000, 'b'));
    REQUIRE(waitUntil([&] { return server.received(1).size() == 5000; }));
    CHECK(second.isConnected());
    CHECK(proxy.total().connectionsCut == 1);
}

TEST_CASE("the fault proxy cuts a connection after N bytes to the client", "[faultproxy]")
{
    EchoServer server;
    FaultProxy proxy(QStringLiteral("127.0.0.1"), server.port());
    REQUIRE(proxy.startInThread().ok());
    proxy.setPlan({.down = {.cutAfterBytes = 1500}});

    for (int round = 0; round < 2; ++round) { // every connection while the plan holds
        TestClient client(proxy.port());
        client.send(pattern(4000));
        REQUIRE(waitUntil([&] { return client.ended(); }));
        CHECK(client.received().size() == 1500);
        CHECK((client.received() == pattern(4000).left(1500)));
    }
    CHECK(proxy.total().connectionsCut == 2);
    CHECK(proxy.total().bytesDown == 3000);
}

TEST_CASE("the fault proxy drops the reply to the Nth request after the server got it", "[faultproxy]")
{
    EchoServer server;
    FaultProxy proxy(QStringLiteral("127.0.0.1"), server.port());
    REQUIRE(proxy.startInThread().ok());
    proxy.setPlan({.dropReplyTo = 2});

    TestClient client(proxy.port());
    client.send("one\n");
    REQUIRE(waitUntil([&] { return client.received() == "one\n"; }));
    client.send("two\n");
    REQUIRE(waitUntil([&] { return client.ended(); }));
    // The server got (and "committed") the request and answered; the client never learnt.
    CHECK(server.received(0) == "one\ntwo\n");
    CHECK(client.received() == "one\n");
    CHECK(proxy.total().connectionsCut == 1);
    CHECK(proxy.total().requests == 2);

    TestClient retry(proxy.port());
    retry.send("two\n");
    REQUIRE(waitUntil([&] { return retry.received() == "two\n"; }));
    CHECK(server.received(1) == "two\n");
}

TEST_CASE("the fault proxy drops every reply until the plan is cleared", "[faultproxy]")
{
    EchoServer server;
    FaultProxy proxy(QStringLiteral("127.0.0.1"), server.port());
    REQUIRE(proxy.startInThread().ok());
    proxy.setPlan({.dropEveryReply = true});

    for (int i = 0; i < 3; ++i) {
        TestClient client(proxy.port());
        client.send("commit\n");
        REQUIRE(waitUntil([&] { return client.ended(); }));
        CHECK(client.received().isEmpty());
        CHECK(server.received(i) == "commit\n");
    }
    CHECK(proxy.total().connectionsCut == 3);

    proxy.setPlan({});
    TestClient client(proxy.port());
    client.send("commit\n");
    REQUIRE(waitUntil([&] { return client.received() == "commit\n"; }));
    CHECK(client.isConnected());
}

TEST_CASE("the fault proxy refuses connections while the link is down", "[faultproxy]")
{
    EchoServer server;
    FaultProxy proxy(QStringLiteral("127.0.0.1"), server.port());
    proxy.setPlan({.refuseConnections = true}); // down from the start
    REQUIRE(proxy.startInThread().ok());

    TestClient refused(proxy.port());
    refused.send("anyone?");
    REQUIRE(waitUntil([&] { return refused.ended(); }));
    CHECK(refused.received().isEmpty());
    CHECK(proxy.total().connectionsRefused >= 1); // Qt's client may try again on its own
    CHECK(proxy.total().connectionsAccepted == 0);
    CHECK(server.connections() == 0);

    proxy.setPlan({});
    TestClient accepted(proxy.port());
    accepted.send("back");
    REQUIRE(waitUntil([&] { return accepted.received() == "back"; }));
    CHECK(proxy.total().connectionsAccepted == 1);
}

TEST_CASE("the fault proxy cuts open connections on demand and passes on a server's reset", "[faultproxy]")
{
    EchoServer server;
    FaultProxy proxy(QStringLiteral("127.0.0.1"), server.port());
    REQUIRE(proxy.startInThread().ok());

    TestClient a(proxy.port());
    TestClient b(proxy.port());
    a.send("a");
    b.send("b");
    REQUIRE(waitUntil([&] { return a.received() == "a" && b.received() == "b"; }));
    CHECK(proxy.openConnections() == 2);
    proxy.cutAllConnections();
    REQUIRE(waitUntil([&] { return a.ended() && b.ended() && server.ended(0) && server.ended(1); }));
    CHECK(proxy.total().connectionsCut == 2);
    CHECK(proxy.openConnections() == 0);

    // Nothing listens at the target: the client's connection is reset, not left hanging.
    FaultProxy nowhere(QStringLiteral("127.0.0.1"), proxy.port()); // a port about to be closed
    proxy.stop();
    REQUIRE(nowhere.startInThread().ok());
    TestClient orphan(nowhere.port());
    REQUIRE(waitUntil([&] { return orphan.ended(); }));
    CHECK(nowhere.total().connectionsCut == 0);

    // A server restarted on another port: new connections follow it.
    REQUIRE(nowhere.setTarget(QStringLiteral("127.0.0.1"), server.port()).ok());
    TestClient follows(nowhere.port());
    follows.send("found");
    REQUIRE(waitUntil([&] { return follows.received() == "found"; }));
}

TEST_CASE("the fault proxy forwards to loopback only", "[faultproxy]")
{
    FaultProxy outside(QStringLiteral("192.0.2.1"), 80); // TEST-NET-1: never contacted
    CHECK(outside.startInThread().code() == ErrorCode::InvalidArgument);
    FaultProxy inside(QStringLiteral("localhost"), 1);
    REQUIRE(inside.start().ok());
    CHECK(inside.setTarget(QStringLiteral("192.0.2.1"), 80).code() == ErrorCode::InvalidArgument);
    CHECK(inside.setTarget(QStringLiteral("::1"), 80).ok());
}
