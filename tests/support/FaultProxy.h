#pragma once

#include "base/Result.h"

#include <QString>
#include <QtGlobal>

#include <memory>

namespace lintas::test {

// What the simulated link does to the bytes of one direction.
struct LinkDirection {
    int latencyMs = 0; // one-way delay added to every chunk
    qint64 bytesPerSecond = 0; // throttle (token bucket); 0: unthrottled
    qint64 burstBytes = 0; // bucket depth; 0: bytesPerSecond / 20, at least 256
    // Cut a connection (both sides, abruptly) once exactly this many bytes went this way on it,
    // counted from the connection's start; -1: never.
    qint64 cutAfterBytes = -1;
};

// The faults a FaultProxy applies. setPlan() replaces the whole plan; counts that the plan refers
// to ("the Nth request", "at most N cuts") start again from that call.
struct FaultPlan {
    LinkDirection up; // client → server
    LinkDirection down; // server → client
    // How many connections the cutAfterBytes limits may cut before they disarm; -1: every one.
    int maxByteCuts = -1;
    // "Cut after the server replied": the request reaches the server, its reply reaches the proxy,
    // and the proxy drops the reply and cuts the connection, so the server committed and the
    // client never learns. A request is the client's bytes that follow a reply (or open a
    // connection). dropReplyTo = N hits the Nth request after setPlan() (1: the next one);
    // dropEveryReply hits every request until the plan changes.
    int dropReplyTo = 0;
    bool dropEveryReply = false;
    // Cut every open connection every this many ms (a 2G link dropping every 30 s); 0: never.
    int resetEveryMs = 0;
    // Link down: new connections are accepted and reset at once; open ones are left alone
    // (cutAllConnections() drops them too).
    bool refuseConnections = false;

    // The slow, lossy link of SYNC.md's test 8: 50 kbit/s down, 20 kbit/s up, 500 ms each way,
    // every connection reset every 30 s.
    static FaultPlan slowLossyLink()
    {
        return {.up = {.latencyMs = 500, .bytesPerSecond = 20'000 / 8},
            .down = {.latencyMs = 500, .bytesPerSecond = 50'000 / 8},
            .resetEveryMs = 30'000};
    }
};

struct FaultProxyCounters {
    qint64 bytesUp = 0; // delivered to the server
    qint64 bytesDown = 0; // delivered to the client (a dropped reply is not delivered)
    qint64 connectionsAccepted = 0; // forwarded to the server (refused ones not included)
    qint64 connectionsRefused = 0;
    qint64 connectionsCut = 0; // by any fault: byte limit, dropped reply, periodic reset, cutAll
    qint64 requests = 0; // as defined for FaultPlan::dropReplyTo
};

// A TCP proxy on 127.0.0.1 that puts a flaky, slow link between a client under test and a real
// server: latency, throttling, cuts after N bytes, dropped replies, periodic resets, refusals.
// Tests only: it measures time with a monotonic timer (a link is about real time), and it
// listens and forwards on loopback only (a non-loopback target is refused).
//
// Run it with startInThread() when the client under test may block its own thread (a
// synchronous sync call); every method may then be called from any thread. With start() it runs
// on the caller's event loop and must only be used from that thread.
//
//   FaultProxy proxy(QStringLiteral("127.0.0.1"), server.port());
//   REQUIRE(proxy.startInThread().ok());
//   proxy.setPlan(FaultPlan::slowLossyLink());
//   ... point the client at http://127.0.0.1:<proxy.port()> and sync ...
//   proxy.setPlan({.dropReplyTo = 1}); // the next request commits, its reply is lost
//   CHECK(proxy.sinceReset().bytesUp <= budget);
class FaultProxy {
public:
    FaultProxy(QString targetHost, quint16 targetPort);
    ~FaultProxy(); // stop()s
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    Status start();
    Status startInThread();
    // Closes every connection and the listening socket; the thread (if any) is joined.
    void stop();
    quint16 port() const; // the port on 127.0.0.1 to point the client at; 0 before start

    // Takes effect before this returns (threaded: the proxy thread applied it); before start()
    // it is the plan the proxy starts with. Chunks already queued keep the latency they had.
    void setPlan(const FaultPlan &plan);
    FaultPlan plan() const;
    // New connections go to this address; open ones keep theirs (a server restarted elsewhere).
    // Loopback only, like the target given to the constructor (start() checks that one).
    Status setTarget(const QString &host, quint16 port);
    // Cut every open connection now.
    void cutAllConnections();
    int openConnections() const;

    FaultProxyCounters total() const; // since start()
    FaultProxyCounters sinceReset() const; // since the last resetCounters() (or start())
    void resetCounters();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lintas::test
