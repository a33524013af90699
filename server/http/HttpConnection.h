#pragma once

#include "http/HttpMessage.h"
#include "http/HttpRequestParser.h"
#include "http/HttpServer.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace lintas::server {

class AccessLog;
class HandlerPool;

// One client connection of HttpServer (internal): reads and parses requests, calls the handler
// (inline, or on a HandlerPool worker), writes replies in order, enforces the idle timeout, and
// after an error reply drains what the client still sends without keeping it. Emits finished()
// once the socket has closed and no request of it is still with a worker; the server then
// deletes it.
class HttpConnection : public QObject {
    Q_OBJECT
public:
    // Takes ownership of socket (connected; for TLS, its server handshake already started).
    // With a pool, requests go to its workers, one at a time: the next one is read only once the
    // reply to this one is written, so replies stay in order without being held back.
    HttpConnection(QTcpSocket *socket, const HttpServerOptions &options, const HttpHandler &handler, HandlerPool *pool,
        AccessLog *log, QObject *parent = nullptr);
    ~HttpConnection() override;

    // Graceful end: an idle connection closes now; a request being received or handled is
    // answered (with "Connection: close") and its reply flushed first.
    void shutdown();

signals:
    void finished(lintas::server::HttpConnection *connection);

private:
    enum class Phase {
        Reading, // requests are parsed and answered
        Closing, // the last reply is being flushed, then the socket closes
        Draining, // an error reply went out; incoming bytes are discarded until the linger ends
        Closed,
    };

    void onReadyRead();
    void onBytesWritten();
    void onIdleTimeout();
    void processInput();
    void handle(HttpRequest request);
    void reply(const HttpRequest &request, const HttpResponse &response);
    void onWorkerReply(const HttpRequest &request, const HttpResponse &response);
    void replyToParseError();
    qint64 send(const HttpResponse &response, bool closeAfter);
    void logRequest(
        const QByteArray &method, const QByteArray &path, int status, qint64 requestBytes, qint64 responseBytes);
    void drain();
    void finishDrainIfDone();
    void closeAfterFlush();
    void finish();
    qint64 pendingWriteBytes() const;
    void armIdleTimer();
    qint64 nowMs() const;

    QTcpSocket *m_socket;
    HttpServerOptions m_options;
    const HttpHandler &m_handler;
    HandlerPool *m_pool;
    AccessLog *m_log;
    HttpRequestParser m_parser;
    QTimer m_idleTimer;
    QTimer m_lingerTimer;
    Phase m_phase = Phase::Reading;
    bool m_handling = false; // inside the handler or with a worker: stop() must not close under it
    bool m_shutdownRequested = false;
    bool m_paused = false; // replies not yet flushed past the high-water mark: stop reading
    bool m_continueSent = false;
    bool m_halfClosed = false;
    qint64 m_drainRemaining = -1; // bytes of a refused body still to discard; -1: unknown
    qint64 m_requestStartMs = -1;
};

} // namespace lintas::server
