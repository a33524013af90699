#include "http/HttpConnection.h"

#include "http/AccessLog.h"
#include "http/HandlerPool.h"
#include "http/HttpResponseWriter.h"

#include <QJsonObject>
#include <QSslSocket>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace lintas::server {

namespace {

constexpr qint64 kReadChunk = 64 * 1024;
// Qt buffers at most this much unread input per socket: a paused or draining connection pushes
// back on the client through TCP instead of growing our memory.
constexpr qint64 kReadBufferSize = 256 * 1024;
// Replies queued beyond this make the connection stop reading further (pipelined) requests until
// the client has taken most of them.
constexpr qint64 kWriteHighWater = 1024 * 1024;
constexpr qint64 kWriteLowWater = 256 * 1024;

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpServerOptions &options, const HttpHandler &handler,
    HandlerPool *pool, AccessLog *log, QObject *parent)
    : QObject(parent),
      m_socket(socket),
      m_options(options),
      m_handler(handler),
      m_pool(pool),
      m_log(log),
      m_parser(HttpParserLimits {options.maxBodyBytes, options.maxHeaderBytes})
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadBufferSize);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::SslHandshakeFailedError && m_log) {
            m_log->event(AccessLog::Level::Warning, QStringLiteral("tls_error"),
                {{QStringLiteral("peer"), m_socket->peerAddress().toString()},
                    {QStringLiteral("error"), m_socket->errorString()}});
        }
        if (error == QAbstractSocket::SslHandshakeFailedError)
            m_socket->abort();
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            finish();
    });
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket)) {
        connect(ssl, &QSslSocket::encryptedBytesWritten, this, &HttpConnection::onBytesWritten);
        connect(ssl, &QSslSocket::encrypted, this, &HttpConnection::armIdleTimer);
    }

    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &HttpConnection::onIdleTimeout);
    m_lingerTimer.setSingleShot(true);
    connect(&m_lingerTimer, &QTimer::timeout, this, [this] { m_socket->abort(); });
    armIdleTimer();
}

HttpConnection::~HttpConnection()
{
    // The socket dies with us: its last signals must not reach a half-destroyed connection.
    m_socket->disconnect(this);
}

void HttpConnection::shutdown()
{
    m_shutdownRequested = true;
    if (m_phase != Phase::Reading || m_handling)
        return; // already ending, or the reply being made will carry "Connection: close"
    if (m_parser.hasPartialRequest())
        return; // answered, with "Connection: close", once it is complete (or the idle timeout hits)
    closeAfterFlush();
}

void HttpConnection::onReadyRead()
{
    if (m_phase == Phase::Draining || m_phase == Phase::Closing) {
        drain();
        return;
    }
    if (m_phase == Phase::Reading && !m_paused)
        processInput();
}

void HttpConnection::onBytesWritten()
{
    armIdleTimer(); // a client that reads slowly is not idle
    const qint64 pending = pendingWriteBytes();
    if (m_phase == Phase::Draining) {
        if (pending == 0)
            finishDrainIfDone();
        return;
    }
    if (m_paused && m_phase == Phase::Reading && pending <= kWriteLowWater) {
        m_paused = false;
        processInput();
    }
}

void HttpConnection::onIdleTimeout()
{
    if (m_log) {
        m_log->event(AccessLog::Level::Debug, QStringLiteral("idle_timeout"),
            {{QStringLiteral("peer"), m_socket->peerAddress().toString()},
                {QStringLiteral("partial_request"), m_parser.hasPartialRequest()}});
    }
    m_socket->abort();
}

void HttpConnection::processInput()
{
    // While a worker has our request nothing more is read: unread bytes wait in the socket
    // (bounded by kReadBufferSize, then TCP pushes back), and replies cannot overtake each other.
    while (m_phase == Phase::Reading && !m_paused && !m_handling) {
        switch (m_parser.next()) {
        case HttpRequestParser::Status::Ready:
            handle(m_parser.takeRequest());
            continue;
        case HttpRequestParser::Status::Failed:
            replyToParseError();
            return;
        case HttpRequestParser::Status::NeedMore:
            break;
        }
        if (m_parser.expectsContinue() && !m_continueSent) {
            m_continueSent = true;
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        if (m_socket->bytesAvailable() <= 0)
            return;
        const QByteArray chunk = m_socket->read(kReadChunk);
        if (chunk.isEmpty())
            return;
        // The header block must arrive within one idle timeout of its first byte (no slow-loris
        // trickle); a body only has to keep moving.
        if (!m_parser.hasPartialRequest()) {
            m_requestStartMs = nowMs();
            armIdleTimer();
        } else if (m_parser.awaitingBody()) {
            armIdleTimer();
        }
        m_parser.feed(chunk);
    }
}

void HttpConnection::handle(HttpRequest request)
{
    request.peer = m_socket->peerAddress();
    m_handling = true;
    if (m_pool == nullptr) {
        const HttpResponse response = m_handler(request);
        m_handling = false;
        reply(request, response);
        return;
    }
    // A request with a worker is not idle time: a long wait for the database must not cut the
    // connection. The timer restarts when the reply is written.
    m_idleTimer.stop();
    // This connection is deleted only after the reply came back (finish() waits for it), and the
    // server joins the pool before it deletes connections, so the queued call always has a target.
    m_pool->submit(request, [this, request](HttpResponse response) {
        QMetaObject::invokeMethod(
            this, [this, request, response] { onWorkerReply(request, response); }, Qt::QueuedConnection);
    });
}

void HttpConnection::onWorkerReply(const HttpRequest &request, const HttpResponse &response)
{
    m_handling = false;
    if (m_phase == Phase::Closed) {
        emit finished(this); // the client left while a worker had its request: nobody to answer
        return;
    }
    reply(request, response);
    if (m_phase == Phase::Reading && !m_paused)
        processInput(); // pipelined requests already buffered, or bytes that arrived meanwhile
}

void HttpConnection::reply(const HttpRequest &request, const HttpResponse &response)
{
    const bool close = response.closeConnection || m_shutdownRequested || !HttpRequestParser::keepAlive(request);
    const qint64 sent = send(response, close);
    logRequest(request.method, request.path, response.status, m_parser.requestBytes(), sent);
    m_continueSent = false;
    m_requestStartMs = m_parser.hasPartialRequest() ? nowMs() : -1;
    if (close) {
        closeAfterFlush();
        return;
    }
    armIdleTimer();
    if (pendingWriteBytes() > kWriteHighWater)
        m_paused = true;
}

void HttpConnection::replyToParseError()
{
    const HttpRequest &failed = m_parser.failedRequest();
    const qint64 sent = send(HttpResponse::error(m_parser.errorStatus(), m_parser.errorCode()), true);
    logRequest(failed.method, failed.path, m_parser.errorStatus(), m_parser.requestBytes(), sent);
    // Closing now, with the client still sending, would make the kernel answer its next bytes with
    // a reset that can destroy the reply before it is read. So read on and throw the bytes away:
    // a refused body up to its declared length, anything else until the client closes; both
    // bounded by the linger time.
    m_phase = Phase::Draining;
    m_drainRemaining = m_parser.errorStatus() == 413 ? m_parser.undeliveredBodyBytes() : -1;
    m_lingerTimer.start(m_options.lingerMs);
    armIdleTimer();
    drain();
}

qint64 HttpConnection::send(const HttpResponse &response, bool closeAfter)
{
    const QByteArray head = httpResponseHead(response, closeAfter);
    m_socket->write(head);
    if (response.body.isEmpty() || !httpStatusAllowsBody(response.status))
        return head.size();
    m_socket->write(response.body);
    return head.size() + response.body.size();
}

void HttpConnection::logRequest(
    const QByteArray &method, const QByteArray &path, int status, qint64 requestBytes, qint64 responseBytes)
{
    if (!m_log)
        return;
    AccessLog::Request entry;
    entry.method = method;
    entry.path = path;
    entry.status = status;
    entry.requestBytes = requestBytes;
    entry.responseBytes = responseBytes;
    entry.durationMs = m_requestStartMs >= 0 ? qMax<qint64>(0, nowMs() - m_requestStartMs) : 0;
    entry.peer = m_socket->peerAddress();
    m_log->request(entry);
}

void HttpConnection::drain()
{
    char sink[16 * 1024];
    qint64 total = 0;
    for (;;) {
        const qint64 n = m_socket->read(sink, sizeof sink);
        if (n <= 0)
            break;
        total += n;
    }
    if (total > 0) {
        armIdleTimer();
        if (m_drainRemaining > 0)
            m_drainRemaining = qMax<qint64>(0, m_drainRemaining - total);
    }
    if (m_phase == Phase::Draining)
        finishDrainIfDone();
}

void HttpConnection::finishDrainIfDone()
{
    if (pendingWriteBytes() > 0)
        return;
    if (m_drainRemaining == 0) {
        closeAfterFlush(); // the refused body is gone: nothing left that could provoke a reset
        return;
    }
    if (m_drainRemaining > 0 || m_halfClosed)
        return; // a refused body is still coming: the linger timer bounds how long we wait for it
    m_halfClosed = true;
#ifdef Q_OS_UNIX
    // Unknown amount still to come: end our side so the client sees the reply complete and closes;
    // its remaining bytes are drained until then. TLS cannot half-close, so it closes now.
    if (qobject_cast<QSslSocket *>(m_socket) == nullptr) {
        ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
        return;
    }
#endif
    closeAfterFlush();
}

void HttpConnection::closeAfterFlush()
{
    m_phase = Phase::Closing;
    m_lingerTimer.stop();
    armIdleTimer(); // a client that stops reading our last reply is cut off after the idle timeout
    m_socket->disconnectFromHost(); // flushes pending bytes first
}

void HttpConnection::finish()
{
    if (m_phase == Phase::Closed)
        return;
    m_phase = Phase::Closed;
    m_idleTimer.stop();
    m_lingerTimer.stop();
    if (m_handling && m_pool != nullptr)
        return; // finished() once the worker's reply is back (onWorkerReply)
    emit finished(this);
}

qint64 HttpConnection::pendingWriteBytes() const
{
    qint64 pending = m_socket->bytesToWrite();
    if (const auto *ssl = qobject_cast<const QSslSocket *>(m_socket))
        pending += ssl->encryptedBytesToWrite();
    return pending;
}

void HttpConnection::armIdleTimer()
{
    // Not while a worker has the request (also when an earlier reply is still being flushed).
    if (m_phase != Phase::Closed && !(m_handling && m_pool != nullptr))
        m_idleTimer.start(m_options.idleTimeoutMs);
}

qint64 HttpConnection::nowMs() const
{
    return m_log ? m_log->clock().nowMs() : 0;
}

} // namespace lintas::server
