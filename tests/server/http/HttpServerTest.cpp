#include "HttpTestClient.h"
#include "support/Wait.h"

#include "http/AccessLog.h"
#include "http/HttpServer.h"
#include "support/QtPrinters.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QTimer>

using namespace lintas::server;
using lintas::ManualClock;
using lintas::test::HttpTestClient;
using lintas::test::simpleGet;
using lintas::test::waitUntil;

namespace {

// Answers "<method> <path>?<query> <body size>" so tests see what the handler got.
HttpResponse echo(const HttpRequest &request)
{
    return HttpResponse::withBody(200, "text/plain",
        request.method + ' ' + request.path + '?' + request.query + ' ' + QByteArray::number(request.body.size()));
}

struct Fixture {
    explicit Fixture(HttpServerOptions options = {}, HttpHandler handler = echo)
        : log(clock, &logBuffer), server(std::move(handler), &log)
    {
        REQUIRE(logBuffer.open(QIODevice::WriteOnly));
        auto status = server.listen(options);
        REQUIRE(status.ok());
        REQUIRE(server.port() != 0);
    }

    ManualClock clock;
    QBuffer logBuffer;
    AccessLog log;
    HttpServer server;
};

} // namespace

TEST_CASE("server: a GET round trip over a real socket")
{
    Fixture f;
    HttpTestClient client;
    REQUIRE(client.connectTo(f.server.port()));
    client.send(simpleGet("/hello?x=1"));
    REQUIRE(client.waitForResponses(1));
    CHECK(client.responses[0].status == 200);
    CHECK(client.responses[0].body == "GET /hello?x=1 0");
    CHECK(client.responses[0].headers.value("content-type") == "text/plain");
    CHECK_FALSE(client.responses[0].headers.contains("connection"));

    // The access log got the request, without its query.
    REQUIRE(waitUntil([&] { return f.logBuffer.data().contains("\"event\":\"request\""); }));
    CHECK(f.logBuffer.data().contains("\"path\":\"/hello\""));
    CHECK_FALSE(f.logBuffer.data().contains("x=1"));
}

TEST_CASE("server: keep-alive serves sequential and pipelined requests on one connection")
{
    Fixture f;
    HttpTestClient client;
    REQUIRE(client.connectTo(f.server.port()));
    client.send("POST /one HTTP/1.1\r\nContent-Length: 5\r\n\r\nabcde");
    REQUIRE(client.waitForResponses(1));
    CHECK(client.responses[0].body == "POST /one? 5");
    CHECK(f.server.openConnections() == 1);

    // Three at once, the last one closing.
    client.send(simpleGet("/two") + "POST /three HTTP/1.1\r\nContent-Length: 2\r\n\r\nxy"
        + simpleGet("/four", "Connection: close\r\n"));
    REQUIRE(client.waitForResponses(4));
    CHECK(client.responses[1].body == "GET /two? 0");
    CHECK(client.responses[2].body == "POST /three? 2");
    CHECK(client.responses[3].body == "GET /four? 0");
    CHECK(client.responses[3].headers.value("connection") == "close");
    REQUIRE(client.waitForDisconnect());
    REQUIRE(waitUntil([&] { return f.server.openConnections() == 0; }));
}

TEST_CASE("server: HTTP/1.0 gets its reply and a closed connection")
{
    Fixture f;
    HttpTestClient client;
    REQUIRE(client.connectTo(f.server.port()));
    client.send("GET /old HTTP/1.0\r\n\r\n");
    REQUIRE(client.waitForResponses(1));
    CHECK(client.responses[0].headers.value("connection") == "close");
    CHECK(client.waitForDisconnect());
}

TEST_CASE("server: the handler's closeConnection ends keep-alive")
{
    Fixture f({}, [](const HttpRequest &) {
        HttpResponse response = HttpResponse::error(503, "busy");
        response.closeConnection = true;
        response.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("3")));
        return response;
    });
    HttpTestClient client;
    REQUIRE(client.connectTo(f.server.port()));
    client.send(simpleGet("/"));
    REQUIRE(client.waitForResponses(1));
    CHECK(client.responses[0].status == 503);
    CHECK(client.responses[0].headers.value("retry-after") == "3");
    CHECK(client.waitForDisconnect());
}

TEST_CASE("server: a malformed request gets 400 and the connection closes")
{
    Fixture f;
    HttpTestClient client;
    REQUIRE(client.connectTo(f.server.port()));
    client.send("GARBAGE\r\n\r\n");
    REQUIRE(client.waitForResponses(1));
    CHECK(client.responses[0].status == 400);
    CHECK(client.responses[0].body == "{\"error\":\"bad_request\"}");
    CHECK(client.responses[0].headers.value("connection") == "close");
    CHECK(client.waitForDisconnect());
    REQUIRE(waitUntil([&] { return f.server.openConnections() == 0; }));
}

TEST_CASE("server: a chunked upload gets 411 while the client is still sending")
{
    bool handlerCalled = false;
    Fixture f({}, [&](const HttpRequest &request) {
        handlerCalled = true;
        return echo(request);
    });
    HttpTestClient client;
    REQUIRE(client.connectTo(f.server.port()));
    client.send("POST /up HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n0123456789abcdef\r\n");
    REQUIRE(client.waitForResponses(1));
    CHECK(client.responses[0].status == 411);
    client.send("0\r\n\r\n"); // the rest of the body is drained, not answered
    CHECK(client.waitForDisconnect());
    CHECK(client.responses.size() == 1);
    CHECK_FALSE(handlerCalled);
}

TEST_CASE("server: oversized headers get 431")
{
    HttpServerOptions options;
    options.maxHeaderBytes = 1024;
    Fixture f(options);
    HttpTestClient client;
    REQUIRE(client.connectTo(f.server.port()));
    client.send("GET / HTTP/1.1\r\nX-Padding: " + QByteArray(4096, 'p') + "\r\n\r\n");
    REQUIRE(client.waitForResponses(1));
    CHECK(client.responses[0].status == 431);
    CHECK(client.waitForDisconnect());
}

TEST_CASE("server: Expect 100-continue gets an interim reply before the body")
{
    Fixture f;
    HttpTestClient client;
    REQUIRE(client.connectTo(f.server.port()));
    client.send("PUT /x HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n");
    REQUIRE(waitUntil([&] { return !client.received.isEmpty() || client.isDisconnected(); }));
    CHECK(client.received == "HTTP/1.1 100 Continue\r\n\r\n");
    client.send("abc");
    REQUIRE(client.waitForResponses(1));
    CHECK(client.responses[0].body == "PUT /x? 3");
}

TEST_CASE("server: a silent connection and a half-sent request are closed after the idle timeout")
{
    HttpServerOptions options;
    options.idleTimeoutMs = 200;
    Fixture f(options);

    HttpTestClient silent;
    REQUIRE(silent.connectTo(f.server.port()));
    HttpTestClient slow;
    REQUIRE(slow.connectTo(f.server.port()));
    slow.send("GET /slow HTTP/1.1\r\nHost: 127.0"); // never finished

    CHECK(silent.waitForDisconnect());
    CHECK(slow.waitForDisconnect());
    CHECK(slow.responses.isEmpty());
    REQUIRE(waitUntil([&] { return f.server.openConnections() == 0; }));
}

TEST_CASE("server: connections past maxConnections are closed, the others keep working")
{
    HttpServerOptions options;
    options.maxConnections = 2;
    Fixture f(options);
    HttpTestClient a;
    HttpTestClient b;
    REQUIRE(a.connectTo(f.server.port()));
    REQUIRE(b.connectTo(f.server.port()));
    REQUIRE(waitUntil([&] { return f.server.openConnections() == 2; }));

    HttpTestClient refused;
    refused.socket().connectToHost(QHostAddress::LocalHost, f.server.port());
    CHECK(refused.waitForDisconnect());
    CHECK(f.server.openConnections() == 2);
    CHECK(f.logBuffer.data().contains("connection_refused"));

    a.send(simpleGet("/a"));
    b.send(simpleGet("/b"));
    REQUIRE(a.waitForResponses(1));
    REQUIRE(b.waitForResponses(1));
    CHECK(a.responses[0].body == "GET /a? 0");
    CHECK(b.responses[0].body == "GET /b? 0");
}

TEST_CASE("server: stop() with nothing open still emits stopped()")
{
    Fixture f;
    bool stopped = false;
    QObject::connect(&f.server, &HttpServer::stopped, &f.server, [&] { stopped = true; });
    f.server.stop();
    CHECK(waitUntil([&] { return stopped; }));
    HttpTestClient late;
    CHECK_FALSE(late.connectTo(f.server.port()));
}

TEST_CASE("server: stop() inside a handler still delivers that reply, then closes")
{
    HttpServer *serverPtr = nullptr;
    Fixture f({}, [&](const HttpRequest &request) {
        serverPtr->stop();
        return echo(request);
    });
    serverPtr = &f.server;
    bool stopped = false;
    QObject::connect(&f.server, &HttpServer::stopped, &f.server, [&] { stopped = true; });

    HttpTestClient idle; // an idle keep-alive connection is simply closed
    REQUIRE(idle.connectTo(f.server.port()));
    HttpTestClient client;
    REQUIRE(client.connectTo(f.server.port()));
    client.send("POST /last HTTP/1.1\r\nContent-Length: 4\r\n\r\nbody");
    REQUIRE(client.waitForResponses(1));
    CHECK(client.responses[0].body == "POST /last? 4");
    CHECK(client.responses[0].headers.value("connection") == "close");
    CHECK(client.waitForDisconnect());
    CHECK(idle.waitForDisconnect());
    CHECK(waitUntil([&] { return stopped; }));
    CHECK(f.server.openConnections() == 0);
}

TEST_CASE("server: stop() waits until a large reply the client reads slowly is written")
{
    const QByteArray big(32 * 1024 * 1024, 'z'); // more than the kernel buffers on loopback
    Fixture f({}, [&](const HttpRequest &) { return HttpResponse::withBody(200, "application/octet-stream", big); });
    bool stopped = false;
    QObject::connect(&f.server, &HttpServer::stopped, &f.server, [&] { stopped = true; });

    HttpTestClient client;
    REQUIRE(client.connectTo(f.server.port()));
    client.socket().setReadBufferSize(4096);
    client.setPaused(true); // a slow reader
    client.send(simpleGet("/big"));
    REQUIRE(waitUntil([&] { return f.logBuffer.data().contains("\"path\":\"/big\""); })); // reply queued

    f.server.stop();
    lintas::test::spinEventLoop();
    CHECK(f.server.openConnections() == 1); // still writing: the reply cannot be all out yet
    CHECK_FALSE(stopped);

    client.socket().setReadBufferSize(0);
    client.setPaused(false);
    REQUIRE(client.waitForResponses(1));
    CHECK(client.responses[0].body.size() == big.size());
    CHECK(client.responses[0].body == big);
    CHECK(waitUntil([&] { return stopped; }));
    CHECK(client.waitForDisconnect());
}

TEST_CASE("server: headers trickled byte by byte do not keep a connection past the idle timeout")
{
    HttpServerOptions options;
    options.idleTimeoutMs = 300;
    Fixture f(options);
    HttpTestClient client;
    REQUIRE(client.connectTo(f.server.port()));
    client.send("GET / HTTP/1.1\r\n");

    // One more header byte every 50 ms, for as long as the server lets the connection live: without
    // a deadline for the whole header block this would go on until the wait's own deadline.
    QTimer trickle;
    QObject::connect(&trickle, &QTimer::timeout, &trickle, [&] { client.send("x"); });
    trickle.start(50);
    CHECK(client.waitForDisconnect());
    trickle.stop();
    CHECK(client.responses.isEmpty());
}

TEST_CASE("server: stop() lets a request whose body is still arriving finish, then closes")
{
    Fixture f;
    bool stopped = false;
    QObject::connect(&f.server, &HttpServer::stopped, &f.server, [&] { stopped = true; });
    HttpTestClient client;
    REQUIRE(client.connectTo(f.server.port()));
    // The interim reply proves the server has the headers and is waiting for the body.
    client.send("POST /half HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n");
    REQUIRE(waitUntil([&] { return client.received.contains("100 Continue") || client.isDisconnected(); }));
    client.send("ab");

    f.server.stop();
    lintas::test::spinEventLoop();
    CHECK_FALSE(stopped);
    CHECK_FALSE(client.isDisconnected());

    client.send("cd");
    REQUIRE(client.waitForResponses(1));
    CHECK(client.responses[0].body == "POST /half? 4");
    CHECK(client.responses[0].headers.value("connection") == "close");
    CHECK(client.waitForDisconnect());
    CHECK(waitUntil([&] { return stopped; }));
}

TEST_CASE("server: pipelined requests wait while their replies back up at a client that does not read")
{
    const QByteArray reply(1024 * 1024, 'r');
    int handled = 0;
    Fixture f({}, [&](const HttpRequest &) {
        ++handled;
        return HttpResponse::withBody(200, "application/octet-stream", reply);
    });
    HttpTestClient client;
    REQUIRE(client.connectTo(f.server.port()));
    client.socket().setReadBufferSize(4096);
    client.setPaused(true);
    QByteArray pipeline;
    constexpr int kRequests = 100;
    for (int i = 0; i < kRequests; ++i)
        pipeline += simpleGet("/r");
    client.send(pipeline);
    REQUIRE(waitUntil([&] { return handled > 0; }));
    lintas::test::spinEventLoop(50);
    // 100 MiB of replies cannot fit in socket buffers: the server must have stopped reading.
    CHECK(handled < kRequests);

    client.socket().setReadBufferSize(0);
    client.setPaused(false);
    REQUIRE(client.waitForResponses(kRequests));
    CHECK(handled == kRequests);
    CHECK(client.responses.last().body.size() == reply.size());
}

TEST_CASE("server: destroying the server closes its connections")
{
    ManualClock clock;
    auto server = std::make_unique<HttpServer>(echo);
    REQUIRE(server->listen({}).ok());
    HttpTestClient idle;
    REQUIRE(idle.connectTo(server->port()));
    HttpTestClient halfway;
    REQUIRE(halfway.connectTo(server->port()));
    halfway.send("POST /x HTTP/1.1\r\nContent-Length: 10\r\n\r\n12345");
    REQUIRE(waitUntil([&] { return server->openConnections() == 2; }));
    server.reset();
    CHECK(idle.waitForDisconnect());
    CHECK(halfway.waitForDisconnect());
}
