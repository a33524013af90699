#include "FaultProxyEngine.h"

#include "FaultProxyConnection.h"

#include <QHostAddress>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

namespace lintas::test {

FaultProxyCounters FaultProxyShared::read(const std::array<std::atomic<qint64>, CounterCount> &set)
{
    FaultProxyCounters counters;
    counters.bytesUp = set[BytesUp].load();
    counters.bytesDown = set[BytesDown].load();
    counters.connectionsAccepted = set[Accepted].load();
    counters.connectionsRefused = set[Refused].load();
    counters.connectionsCut = set[Cut].load();
    counters.requests = set[Requests].load();
    return counters;
}

FaultProxyEngine::FaultProxyEngine(FaultProxyShared &shared) : m_shared(shared)
{
    m_clock.start();
}

FaultProxyEngine::~FaultProxyEngine()
{
    shutdown();
}

Status FaultProxyEngine::listen()
{
    // Created here, on the engine's thread, so the sockets they make belong to it.
    m_server = new QTcpServer(this);
    m_resetTimer = new QTimer(this);
    if (m_plan.resetEveryMs > 0)
        m_resetTimer->start(m_plan.resetEveryMs);
    connect(m_resetTimer, &QTimer::timeout, this, [this] {
        for (FaultProxyConnection *connection : std::vector(m_connections))
            connection->cut(true);
    });
    connect(m_server, &QTcpServer::newConnection, this, &FaultProxyEngine::acceptPending);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return makeError(ErrorCode::Io, QStringLiteral("fault proxy cannot listen: %1").arg(m_server->errorString()));
    return {};
}

quint16 FaultProxyEngine::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void FaultProxyEngine::applyPlan(const FaultPlan &plan)
{
    m_plan = plan;
    m_requestsSincePlan = 0;
    m_byteCuts = 0;
    if (m_resetTimer) {
        if (plan.resetEveryMs > 0)
            m_resetTimer->start(plan.resetEveryMs);
        else
            m_resetTimer->stop();
    }
    // New rates and limits apply to bytes already waiting too.
    for (FaultProxyConnection *connection : std::vector(m_connections))
        connection->wake();
}

void FaultProxyEngine::cutAll()
{
    for (FaultProxyConnection *connection : std::vector(m_connections))
        connection->cut(true);
}

void FaultProxyEngine::shutdown()
{
    if (m_resetTimer)
        m_resetTimer->stop();
    if (m_server)
        m_server->close();
    for (FaultProxyConnection *connection : std::vector(m_connections))
        delete connection; // its sockets close with it
    m_shared.open -= int(m_connections.size());
    m_connections.clear();
}

bool FaultProxyEngine::requestStarted()
{
    m_shared.add(FaultProxyShared::Requests, 1);
    ++m_requestsSincePlan;
    return m_plan.dropEveryReply || (m_plan.dropReplyTo > 0 && m_requestsSincePlan == m_plan.dropReplyTo);
}

bool FaultProxyEngine::byteCutAllowed() const
{
    return m_plan.maxByteCuts < 0 || m_byteCuts < m_plan.maxByteCuts;
}

void FaultProxyEngine::connectionFinished(FaultProxyConnection *connection)
{
    const auto it = std::find(m_connections.begin(), m_connections.end(), connection);
    if (it == m_connections.end())
        return;
    m_connections.erase(it);
    --m_shared.open;
    connection->deleteLater(); // it is still on the stack of its own signal handler
}

void FaultProxyEngine::acceptPending()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_plan.refuseConnections) {
            m_shared.add(FaultProxyShared::Refused, 1);
            FaultProxyConnection::resetAbruptly(socket);
            socket->deleteLater();
            continue;
        }
        QString host;
        quint16 port = 0;
        {
            QMutexLocker lock(&m_shared.mutex);
            host = m_shared.targetHost;
            port = m_shared.targetPort;
        }
        ++m_shared.open;
        m_shared.add(FaultProxyShared::Accepted, 1);
        m_connections.push_back(new FaultProxyConnection(socket, host, port, *this));
    }
}

} // namespace lintas::test
