#include "Peers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QMetaObject>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTimer>

namespace lintas::test {

EchoServer::EchoServer(bool echo) : m_echo(echo)
{
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            auto *server = new QTcpServer(m_context);
            server->listen(QHostAddress::LocalHost, 0);
            m_port = server->serverPort();
            QObject::connect(server, &QTcpServer::newConnection, m_context, [this, server] { serve(server); });
        },
        Qt::BlockingQueuedConnection);
}

EchoServer::~EchoServer()
{
    m_thread.quit();
    m_thread.wait();
}

void EchoServer::serve(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        int index = 0;
        {
            QMutexLocker lock(&m_mutex);
            index = int(m_peers.size());
            m_peers.push_back({});
        }
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, index] {
            const QByteArray bytes = socket->readAll();
            {
                QMutexLocker lock(&m_mutex);
                m_peers[size_t(index)].received += bytes;
            }
            if (m_echo)
                socket->write(bytes);
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, socket, index] {
            {
                QMutexLocker lock(&m_mutex);
                m_peers[size_t(index)].ended = true;
            }
            socket->deleteLater();
        });
    }
}

int EchoServer::connections() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_peers.size());
}

QByteArray EchoServer::received(int connection) const
{
    QMutexLocker lock(&m_mutex);
    return connection < int(m_peers.size()) ? m_peers[size_t(connection)].received : QByteArray();
}

qint64 EchoServer::totalReceived() const
{
    QMutexLocker lock(&m_mutex);
    qint64 total = 0;
    for (const Peer &peer : m_peers)
        total += peer.received.size();
    return total;
}

bool EchoServer::ended(int connection) const
{
    QMutexLocker lock(&m_mutex);
    return connection < int(m_peers.size()) && m_peers[size_t(connection)].ended;
}

TestClient::TestClient(quint16 port)
{
    QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { m_received += m_socket.readAll(); });
    QObject::connect(&m_socket, &QTcpSocket::disconnected, &m_socket, [this] { m_ended = true; });
    QObject::connect(&m_socket, &QTcpSocket::errorOccurred, &m_socket, [this] {
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            m_ended = true;
    });
    m_socket.connectToHost(QHostAddress::LocalHost, port);
}

bool waitUntil(const std::function<bool()> &done, int deadlineMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > deadlineMs)
            return done();
        runEventsFor(2);
    }
    return true;
}

void runEventsFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace lintas::test
