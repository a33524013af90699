#pragma once

#include "FaultPipe.h"

#include <QObject>
#include <QTimer>

#include <array>

class QTcpSocket;

namespace lintas::test {

class FaultProxyEngine;

// One client connection and its forwarded twin to the server, with a FaultPipe each way.
class FaultProxyConnection : public QObject {
public:
    FaultProxyConnection(QTcpSocket *client, const QString &targetHost, quint16 targetPort, FaultProxyEngine &engine);
    ~FaultProxyConnection() override;

    // Abruptly closes both sides (RST where the platform allows) and reports itself finished.
    // counted: a fault of the proxy's (not a reset passed on from a peer).
    void cut(bool counted);
    // Closes a socket with a RST where the platform allows: what a dropped link looks like.
    static void resetAbruptly(QTcpSocket *socket);
    // The plan changed: serve both directions again under it.
    void wake();

private:
    enum Direction { Up, Down }; // client → server, server → client

    QTcpSocket *source(Direction d) const { return d == Up ? m_client : m_server; }
    QTcpSocket *destination(Direction d) const { return d == Up ? m_server : m_client; }
    const LinkDirection &link(Direction d) const;
    void service(Direction d);
    bool readSource(Direction d);
    void sourceClosed(Direction d);
    void cutWhenFlushed(QTcpSocket *destination);
    void finishIfClosed();
    void finish();

    FaultProxyEngine &m_engine;
    QTcpSocket *m_client;
    QTcpSocket *m_server;
    std::array<FaultPipe, 2> m_pipes;
    std::array<QTimer, 2> m_timers;
    std::array<bool, 2> m_sourceClosed {false, false};
    bool m_lastReadUp = false; // the client spoke last: more client bytes belong to the same request
    bool m_dropReply = false;
    bool m_cutPending = false; // waiting for the last bytes before a byte-limit cut to leave
    QTcpSocket *m_cutDestination = nullptr;
    bool m_finished = false;
};

} // namespace lintas::test
