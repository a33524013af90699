// Many devices at once against the real lintas-server binary, the way lintas-bench-sync drives it:
// each client on its own thread with blocking sockets, the test's thread waiting for them all and
// running no event loop meanwhile. The server logs a line per request; before its log went to a
// file, nobody drained the pipe while this thread waited, the server blocked writing its log after
// about 330 requests and every client after that waited in silence ("no answer for 30 s").
#include "HttpTestClient.h"
#include "support/ServerProcess.h"

#include <catch2/catch.hpp>

#include <QTcpSocket>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

using namespace lintas::test;

namespace {

// `rounds` times two pipelined requests on one kept connection; how many 200s came back.
int keepAliveClient(quint16 port, int rounds)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5'000))
        return 0;
    int answered = 0;
    QByteArray buffer;
    for (int round = 0; round < rounds; ++round) {
        socket.write(simpleGet("/healthz") + simpleGet("/healthz"));
        for (int got = 0; got < 2;) {
            if (!socket.waitForReadyRead(5'000))
                return answered; // silence: the server is stuck
            buffer += socket.readAll();
            for (const RawHttpResponse &r : takeHttpResponses(buffer)) {
                ++got;
                answered += r.status == 200 ? 1 : 0;
            }
        }
    }
    return answered;
}

} // namespace

TEST_CASE("server process: 40 keep-alive clients on threads, pipelining, are all answered while the test waits")
{
    TempDir dir;
    const auto where = freshStoreLocation(dir);
    REQUIRE(where.ok());
    ServerProcess server(*where);
    constexpr int kClients = 40;
    constexpr int kRounds = 12; // 960 requests: three times what a full pipe held
    std::vector<int> answered(kClients, 0);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int c = 0; c < kClients; ++c) {
        threads.emplace_back(QThread::create([&answered, c, port = server.port()] {
            answered[static_cast<std::size_t>(c)] = keepAliveClient(port, kRounds);
        }));
        threads.back()->start();
    }
    for (auto &t : threads)
        t->wait();
    for (int c = 0; c < kClients; ++c) {
        INFO("client " << c);
        CHECK(answered[static_cast<std::size_t>(c)] == 2 * kRounds);
    }
}

TEST_CASE("server process: SIGTERM while clients keep asking answers what it took in whole, then exits 0")
{
    // The workers may hold requests when the signal comes: those are answered, with
    // "Connection: close", before the server exits; nothing reaches a client cut short.
    TempDir dir;
    const auto where = freshStoreLocation(dir);
    REQUIRE(where.ok());
    ServerProcess server(*where);
    constexpr int kClients = 8;
    std::vector<QByteArray> leftover(kClients);
    std::vector<int> answered(kClients, 0);
    std::vector<int> closing(kClients, 0);
    std::atomic<int> started {0};
    std::vector<std::unique_ptr<QThread>> threads;
    for (int c = 0; c < kClients; ++c) {
        threads.emplace_back(QThread::create([&, c, port = server.port()] {
            QTcpSocket socket;
            socket.connectToHost(QStringLiteral("127.0.0.1"), port);
            if (!socket.waitForConnected(5'000))
                return;
            QByteArray buffer;
            ++started;
            // Asks without pause until the server closes the connection.
            while (socket.state() == QAbstractSocket::ConnectedState) {
                socket.write(simpleGet("/healthz") + simpleGet("/healthz"));
                socket.waitForBytesWritten(1'000);
                if (!socket.waitForReadyRead(10'000))
                    break;
                buffer += socket.readAll();
                for (const RawHttpResponse &r : takeHttpResponses(buffer)) {
                    answered[static_cast<std::size_t>(c)] += r.status == 200 ? 1 : 0;
                    closing[static_cast<std::size_t>(c)] += r.headers.value("connection") == "close" ? 1 : 0;
                }
            }
            buffer += socket.readAll();
            for (const RawHttpResponse &r : takeHttpResponses(buffer))
                answered[static_cast<std::size_t>(c)] += r.status == 200 ? 1 : 0;
            leftover[static_cast<std::size_t>(c)] = buffer;
        }));
        threads.back()->start();
    }
    while (started.load() < kClients)
        QThread::msleep(5);
    QThread::msleep(200); // let them get going
    CHECK(server.stop() == 0);
    for (auto &t : threads)
        t->wait();
    for (int c = 0; c < kClients; ++c) {
        INFO("client " << c);
        CHECK(answered[static_cast<std::size_t>(c)] > 0);
        CHECK(leftover[static_cast<std::size_t>(c)].isEmpty()); // no reply cut in half
        CHECK(closing[static_cast<std::size_t>(c)] <= 1);
    }
    CHECK(server.log().contains("\"event\":\"stopped\""));
}
