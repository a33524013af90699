// HttpServer with a HandlerPool (decision D28): handlers run on worker threads while the event
// loop goes on with every other connection. Slow requests are held by a gate the test opens,
// never by sleeps the assertions depend on.
#include "HttpTestClient.h"
#include "support/Wait.h"

#include "http/AccessLog.h"
#include "http/HandlerPool.h"
#include "http/HttpServer.h"
#include "support/QtPrinters.h"

#include <catch2/catch.hpp>

#include <QBuffer>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace lintas::server;
using lintas::ManualClock;
using lintas::test::HttpTestClient;
using lintas::test::simpleGet;
using lintas::test::waitUntil;

namespace {

// Holds the requests for /slow on their worker until open() (or a generous deadline, so a
// broken server fails the test instead of hanging it).
class Gate {
public:
    // Returns false when the deadline passed with the gate still shut.
    bool pass()
    {
        ++m_waiting;
        std::unique_lock lock(m_mutex);
        const bool opened = m_wake.wait_for(lock, std::chrono::seconds(20), [this] { return m_open; });
        --m_waiting;
        return opened;
    }
    void open()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_open = true;
        }
        m_wake.notify_all();
    }
    int waiting() const { return m_waiting.load(); }

private:
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_open = false;
    std::atomic<int> m_waiting {0};
};

HttpResponse echo(const HttpRequest &request)
{
    return HttpResponse::withBody(200, "text/plain", request.method + ' ' + request.path);
}

// `workers` handlers that all run `handler`.
std::unique_ptr<HandlerPool> poolOf(int workers, const HttpHandler &handler)
{
    return std::make_unique<HandlerPool>(std::vector<HttpHandler>(static_cast<std::size_t>(workers), handler));
}

struct PoolFixture {
    PoolFixture(int workers, const HttpHandler &handler, HttpServerOptions options = {})
        : log(clock, &logBuffer), server(poolOf(workers, handler), &log)
    {
        REQUIRE(logBuffer.open(QIODevice::WriteOnly));
        REQUIRE(server.listen(options).ok());
    }

    ManualClock clock;
    QBuffer logBuffer;
    AccessLog log;
    HttpServer server;
};

} // namespace

TEST_CASE("server pool: a slow request on one connection does not hold up a fast one on another")
{
    Gate gate;
    std::atomic<bool> slowTimedOut {false};
    PoolFixture f(2, [&](const HttpRequest &request) {
        if (request.path == "/slow" && !gate.pass())
            slowTimedOut = true;
        return echo(request);
    });
    HttpTestClient slow;
    REQUIRE(slow.connectTo(f.server.port()));
    slow.send(simpleGet("/slow"));
    REQUIRE(waitUntil([&] { return gate.waiting() == 1; }));

    HttpTestClient fast;
    REQUIRE(fast.connectTo(f.server.port()));
    fast.send(simpleGet("/fast"));
    REQUIRE(fast.waitForResponses(1));
    CHECK(fast.responses[0].body == "GET /fast");
    // Answered while the slow one was still held: a server that handled requests one after
    // another would have answered only after the gate's deadline.
    CHECK(gate.waiting() == 1);
    CHECK(slow.responses.isEmpty());

    gate.open();
    REQUIRE(slow.waitForResponses(1));
    CHECK(slow.responses[0].body == "GET /slow");
    CHECK_FALSE(slowTimedOut);
}

TEST_CASE("server pool: pipelined replies on each keep-alive connection stay in order while workers run side by side")
{
    constexpr int kClients = 4;
    constexpr int kRequests = 25;
    std::atomic<int> running {0};
    std::atomic<int> mostAtOnce {0};
    std::atomic<int> perClient[kClients] = {};
    std::atomic<bool> twoFromOneClient {false};
    PoolFixture f(4, [&](const HttpRequest &request) {
        const int client = request.header("x-client").toInt();
        if (++perClient[client] > 1)
            twoFromOneClient = true;
        const int now = ++running;
        for (int seen = mostAtOnce.load(); now > seen && !mostAtOnce.compare_exchange_weak(seen, now);) { }
        // Later requests are quicker, so a reply that did not wait its turn would overtake.
        const int n = request.path.mid(3).toInt();
        std::this_thread::sleep_for(std::chrono::milliseconds((kRequests - n) % 5 + 1));
        --running;
        --perClient[client];
        return HttpResponse::withBody(200, "text/plain", request.path);
    });

    std::vector<std::unique_ptr<HttpTestClient>> clients;
    for (int c = 0; c < kClients; ++c) {
        clients.push_back(std::make_unique<HttpTestClient>());
        REQUIRE(clients.back()->connectTo(f.server.port()));
    }
    for (int c = 0; c < kClients; ++c) {
        QByteArray pipeline;
        for (int i = 0; i < kRequests; ++i)
            pipeline += simpleGet("/r/" + QByteArray::number(i), "X-Client: " + QByteArray::number(c) + "\r\n");
        clients[static_cast<std::size_t>(c)]->send(pipeline);
    }
    for (int c = 0; c < kClients; ++c) {
        HttpTestClient &client = *clients[static_cast<std::size_t>(c)];
        REQUIRE(client.waitForResponses(kRequests));
        for (int i = 0; i < kRequests; ++i)
            CHECK(client.responses[i].body == "/r/" + QByteArray::number(i));
    }
    CHECK_FALSE(twoFromOneClient); // one request per connection with the workers at a time
    CHECK(mostAtOnce.load() >= 2); // and yet the connections were served side by side
}

TEST_CASE("server pool: a 413 after a request still with a worker comes after that request's reply")
{
    Gate gate;
    HttpServerOptions options;
    options.maxBodyBytes = 1024;
    PoolFixture f(
        2,
        [&](const HttpRequest &request) {
            gate.pass();
            return echo(request);
        },
        options);
    HttpTestClient client;
    REQUIRE(client.connectTo(f.server.port()));
    client.send(simpleGet("/first") + "POST /big HTTP/1.1\r\nContent-Length: 100000000\r\n\r\n");
    REQUIRE(waitUntil([&] { return gate.waiting() == 1; }));
    gate.open();
    REQUIRE(client.waitForResponses(2));
    CHECK(client.responses[0].status == 200);
    CHECK(client.responses[0].body == "GET /first");
    CHECK(client.responses[1].status == 413);
    CHECK(client.responses[1].headers.value("connection") == "close");
}

TEST_CASE("server pool: stop() waits for requests with the workers, answers them, then closes")
{
    Gate gate;
    PoolFixture f(2, [&](const HttpRequest &request) {
        gate.pass();
        return echo(request);
    });
    bool stopped = false;
    QObject::connect(&f.server, &HttpServer::stopped, &f.server, [&] { stopped = true; });
    HttpTestClient idle;
    REQUIRE(idle.connectTo(f.server.port()));
    HttpTestClient busy;
    REQUIRE(busy.connectTo(f.server.port()));
    busy.send(simpleGet("/push"));
    REQUIRE(waitUntil([&] { return gate.waiting() == 1; }));

    f.server.stop();
    CHECK(idle.waitForDisconnect());
    lintas::test::spinEventLoop();
    CHECK_FALSE(stopped);
    CHECK_FALSE(busy.isDisconnected());

    gate.open();
    REQUIRE(busy.waitForResponses(1));
    CHECK(busy.responses[0].body == "GET /push");
    CHECK(busy.responses[0].headers.value("connection") == "close");
    CHECK(busy.waitForDisconnect());
    CHECK(waitUntil([&] { return stopped; }));
    CHECK(f.server.openConnections() == 0);
}

TEST_CASE("server pool: a client that leaves while a worker has its request is let go once the worker is done")
{
    Gate gate;
    std::atomic<int> handled {0};
    PoolFixture f(1, [&](const HttpRequest &request) {
        gate.pass();
        ++handled;
        return echo(request);
    });
    {
        HttpTestClient leaving;
        REQUIRE(leaving.connectTo(f.server.port()));
        leaving.send(simpleGet("/gone"));
        REQUIRE(waitUntil([&] { return gate.waiting() == 1; }));
        leaving.socket().abort();
    }
    lintas::test::spinEventLoop();
    CHECK(f.server.openConnections() == 1); // kept until the worker hands the reply back
    gate.open();
    CHECK(waitUntil([&] { return f.server.openConnections() == 0; }));
    CHECK(handled == 1);

    // The worker is free again for the next client.
    HttpTestClient next;
    REQUIRE(next.connectTo(f.server.port()));
    next.send(simpleGet("/next"));
    REQUIRE(next.waitForResponses(1));
    CHECK(next.responses[0].body == "GET /next");
}

TEST_CASE("server pool: destroying the server lets the workers finish first")
{
    Gate gate;
    std::atomic<int> handled {0};
    auto server = std::make_unique<HttpServer>(poolOf(2, [&](const HttpRequest &request) {
        gate.pass();
        ++handled;
        return echo(request);
    }));
    REQUIRE(server->listen({}).ok());
    HttpTestClient client;
    REQUIRE(client.connectTo(server->port()));
    client.send(simpleGet("/a"));
    REQUIRE(waitUntil([&] { return gate.waiting() == 1; }));
    std::thread opener([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        gate.open();
    });
    server.reset(); // joins the worker, then drops the reply it queued for the connection
    opener.join();
    CHECK(handled == 1);
    CHECK(client.waitForDisconnect());
}
