#pragma once

#include <QByteArray>
#include <QMutex>
#include <QTcpSocket>
#include <QThread>

#include <functional>
#include <memory>
#include <vector>

class QTcpServer;

namespace lintas::test {

// The far end of the proxy: a tiny server on its own thread that records what each connection
// received and, when echoing, sends it straight back (a "reply"). Its thread keeps it serving
// while a test client blocks the main thread.
class EchoServer {
public:
    explicit EchoServer(bool echo = true);
    ~EchoServer();

    quint16 port() const { return m_port; }
    int connections() const;
    QByteArray received(int connection) const;
    qint64 totalReceived() const;
    bool ended(int connection) const; // closed or reset by the other side

private:
    struct Peer {
        QByteArray received;
        bool ended = false;
    };
    void serve(QTcpServer *server);

    bool m_echo;
    quint16 m_port = 0;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread
    mutable QMutex m_mutex;
    std::vector<Peer> m_peers;
};

// A client on the caller's thread that records everything it receives and whether the
// connection ended.
class TestClient {
public:
    explicit TestClient(quint16 port);
    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    const QByteArray &received() const { return m_received; }
    bool ended() const { return m_ended; }
    QString error() const { return m_socket.errorString(); }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    QTcpSocket &socket() { return m_socket; }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
    bool m_ended = false;
};

// Runs the caller's event loop until `done` or the deadline (generous: a deadline only keeps a
// broken proxy from hanging the suite, it asserts nothing about speed). Returns done().
bool waitUntil(const std::function<bool()> &done, int deadlineMs = 20'000);
// Runs the event loop for this long (to give a fault the chance to happen that must not).
void runEventsFor(int ms);

} // namespace lintas::test
