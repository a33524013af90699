#pragma once

#include "FaultProxy.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QTimer>

#include <array>
#include <atomic>
#include <vector>

class QTcpServer;

namespace lintas::test {

class FaultProxyConnection;

// What the FaultProxy facade and its engine share across threads: counters are atomics, the
// plan and target sit behind the mutex.
struct FaultProxyShared {
    enum Counter { BytesUp, BytesDown, Accepted, Refused, Cut, Requests, CounterCount };

    void add(Counter counter, qint64 n)
    {
        total[counter] += n;
        since[counter] += n;
    }
    static FaultProxyCounters read(const std::array<std::atomic<qint64>, CounterCount> &set);

    std::array<std::atomic<qint64>, CounterCount> total {};
    std::array<std::atomic<qint64>, CounterCount> since {};
    std::atomic<int> open {0};

    mutable QMutex mutex;
    FaultPlan plan;
    QString targetHost;
    quint16 targetPort = 0;
};

// The proxy itself: listens, accepts, owns the connections and the plan they consult. Lives on
// one thread (the caller's or the proxy's own); all methods are called on that thread.
class FaultProxyEngine : public QObject {
public:
    explicit FaultProxyEngine(FaultProxyShared &shared);
    ~FaultProxyEngine() override;

    Status listen();
    quint16 port() const;
    void applyPlan(const FaultPlan &plan);
    void cutAll();
    void shutdown();

    // For connections.
    const FaultPlan &plan() const { return m_plan; }
    FaultProxyShared &shared() { return m_shared; }
    qint64 nowNs() const { return m_clock.nsecsElapsed(); }
    // A request began: whether its reply is to be dropped.
    bool requestStarted();
    bool byteCutAllowed() const;
    void countByteCut() { ++m_byteCuts; }
    void connectionFinished(FaultProxyConnection *connection);

private:
    void acceptPending();

    FaultProxyShared &m_shared;
    QTcpServer *m_server = nullptr;
    QTimer *m_resetTimer = nullptr;
    QElapsedTimer m_clock;
    FaultPlan m_plan;
    int m_requestsSincePlan = 0;
    int m_byteCuts = 0; // since the plan was set
    std::vector<FaultProxyConnection *> m_connections;
};

} // namespace lintas::test
