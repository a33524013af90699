#include "FaultProxyConnection.h"

#include "FaultProxyEngine.h"

#include <QTcpSocket>

#include <cmath>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace lintas::test {

namespace {

constexpr qint64 kNsPerMs = 1'000'000;

} // namespace

// abort() alone closes with a FIN when nothing is unread; a zero linger makes the kernel send a
// RST.
void FaultProxyConnection::resetAbruptly(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        const linger zero {1, 0};
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &zero, sizeof zero);
    }
#endif
    socket->abort();
}

FaultProxyConnection::FaultProxyConnection(
    QTcpSocket *client, const QString &targetHost, quint16 targetPort, FaultProxyEngine &engine)
    : QObject(&engine),
      m_engine(engine),
      m_client(client),
      m_server(new QTcpSocket(this)),
      m_pipes {FaultPipe(engine.nowNs()), FaultPipe(engine.nowNs())}
{
    m_client->setParent(this);
    for (QTcpSocket *socket : {m_client, m_server}) {
        // Qt stops reading the kernel once this much is buffered: that is the backpressure.
        socket->setReadBufferSize(FaultPipe::kMaxQueuedBytes);
        connect(socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            // A peer's orderly close arrives as disconnected(); anything else (refused, reset)
            // is passed on to the other side as a reset.
            if (error != QAbstractSocket::RemoteHostClosedError)
                cut(false);
        });
    }
    for (Direction d : {Up, Down}) {
        m_timers[d].setSingleShot(true);
        m_timers[d].setTimerType(Qt::PreciseTimer);
        connect(&m_timers[d], &QTimer::timeout, this, [this, d] { service(d); });
    }
    connect(m_client, &QTcpSocket::readyRead, this, [this] { service(Up); });
    connect(m_server, &QTcpSocket::readyRead, this, [this] { service(Down); });
    connect(m_server, &QTcpSocket::bytesWritten, this, [this] { service(Up); });
    connect(m_client, &QTcpSocket::bytesWritten, this, [this] { service(Down); });
    connect(m_server, &QTcpSocket::connected, this, [this] {
        m_server->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        service(Up);
    });
    connect(m_client, &QTcpSocket::disconnected, this, [this] { sourceClosed(Up); });
    connect(m_server, &QTcpSocket::disconnected, this, [this] { sourceClosed(Down); });
    // No Nagle: the throttle decides when bytes leave, not the kernel.
    m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_server->connectToHost(targetHost, targetPort);
}

FaultProxyConnection::~FaultProxyConnection() = default;

const LinkDirection &FaultProxyConnection::link(Direction d) const
{
    return d == Up ? m_engine.plan().up : m_engine.plan().down;
}

void FaultProxyConnection::service(Direction d)
{
    if (m_finished)
        return;
    if (m_cutPending) {
        if (m_cutDestination->bytesToWrite() == 0)
            cut(true);
        return;
    }
    QTcpSocket *to = destination(d);
    // Bounded: a source that keeps the pipe full gets served again on the next event.
    for (int round = 0; round < 16; ++round) {
        const bool read = readSource(d);
        if (m_finished)
            return;
        const LinkDirection &l = link(d);
        const qint64 limit = l.cutAfterBytes >= 0 && m_engine.byteCutAllowed() ? l.cutAfterBytes : -1;
        const FaultPipe::Pumped pumped = m_pipes[d].pump(*to, l, limit, m_engine.nowNs());
        m_engine.shared().add(d == Up ? FaultProxyShared::BytesUp : FaultProxyShared::BytesDown, pumped.written);
        if (pumped.limitReached) {
            m_engine.countByteCut();
            cutWhenFlushed(to);
            return;
        }
        if (!read)
            break;
    }
    if (m_sourceClosed[d] && m_pipes[d].isEmpty() && source(d)->bytesAvailable() == 0
        && to->state() == QAbstractSocket::ConnectedState)
        to->disconnectFromHost(); // an orderly close, passed on once the link carried everything
    const qint64 now = m_engine.nowNs();
    const qint64 wake = m_pipes[d].nextWakeNs(*to, link(d), now);
    if (wake < 0)
        m_timers[d].stop();
    else
        m_timers[d].start(int((wake - now + kNsPerMs - 1) / kNsPerMs));
}

bool FaultProxyConnection::readSource(Direction d)
{
    QTcpSocket *from = source(d);
    const qint64 room = m_pipes[d].room();
    if (room <= 0 || from->bytesAvailable() <= 0)
        return false;
    QByteArray bytes = from->read(room);
    if (bytes.isEmpty())
        return false;
    if (d == Up) {
        if (!m_lastReadUp)
            m_dropReply = m_engine.requestStarted();
        m_lastReadUp = true;
    } else {
        m_lastReadUp = false;
        if (m_dropReply) {
            cut(true); // the server answered; the client will never know
            return false;
        }
    }
    if (destination(d)->state() == QAbstractSocket::UnconnectedState)
        return true; // that side has gone: nowhere to deliver
    m_pipes[d].push(std::move(bytes), m_engine.nowNs() + qint64(link(d).latencyMs) * kNsPerMs);
    return true;
}

void FaultProxyConnection::wake()
{
    service(Up);
    service(Down);
}

void FaultProxyConnection::sourceClosed(Direction d)
{
    if (m_finished)
        return;
    m_sourceClosed[d] = true;
    m_pipes[d == Up ? Down : Up].clear(); // its destination has just gone
    service(d);
    finishIfClosed();
}

void FaultProxyConnection::cutWhenFlushed(QTcpSocket *destination)
{
    // abort() would throw away what Qt still buffers: the last bytes before the limit must
    // reach the peer first.
    // Pending first: flush() may emit bytesWritten(), which runs service() again right here.
    m_cutPending = true;
    m_cutDestination = destination;
    destination->flush();
    if (!m_finished && destination->bytesToWrite() == 0)
        cut(true);
}

void FaultProxyConnection::cut(bool counted)
{
    if (m_finished)
        return;
    m_client->disconnect(this);
    m_server->disconnect(this);
    // Counted before the peers can notice: a test that sees its connection die reads the count.
    if (counted)
        m_engine.shared().add(FaultProxyShared::Cut, 1);
    finish();
    resetAbruptly(m_client);
    resetAbruptly(m_server);
}

void FaultProxyConnection::finishIfClosed()
{
    if (m_client->state() == QAbstractSocket::UnconnectedState
        && m_server->state() == QAbstractSocket::UnconnectedState)
        finish();
}

void FaultProxyConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    for (QTimer &timer : m_timers)
        timer.stop();
    m_engine.connectionFinished(this);
}

} // namespace lintas::test
