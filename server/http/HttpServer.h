#pragma once

#include "base/Result.h"
#include "http/HttpMessage.h"

#include <QHostAddress>
#include <QObject>
#include <QString>

#include <memory>

namespace lintas::server {

class AccessLog;
class HandlerPool;
class HttpConnection;

struct HttpServerOptions {
    QHostAddress address = QHostAddress::LocalHost; // loopback unless configured otherwise
    quint16 port = 0; // 0: any free port (tests); see HttpServer::port()
    qint64 maxBodyBytes = 8 * 1024 * 1024; // larger → 413 before the body is read
    int maxHeaderBytes = 16 * 1024; // request line + headers; larger → 431
    int idleTimeoutMs = 30'000; // a connection silent this long is closed (slow-loris)
    int maxConnections = 512;
    // After an error reply (400, 411, 413, 431 …) the client's remaining bytes are read and discarded,
    // never buffered, for at most this long, so it can read the reply instead of getting a reset.
    int lingerMs = 5'000;
    // TLS: both set → HTTPS only. Empty → plain HTTP (loopback, or behind a TLS reverse proxy).
    QString certificateFile;
    QString privateKeyFile;
};

// A small HTTP/1.1 server on the Qt event loop: keep-alive, Content-Length bodies only
// (chunked uploads → 411), bounded header and body sizes, TLS from PEM files. Handlers run on
// the loop itself, or on the workers of a HandlerPool while the loop goes on serving sockets.
// Why not Qt HttpServer: in Qt 6.4 it reads a whole request body into memory before any
// handler sees it, so it cannot refuse a 200 MB upload without buffering it (decision D23).
class HttpServer : public QObject {
    Q_OBJECT
public:
    // Calls `handler` on the server's thread.
    explicit HttpServer(HttpHandler handler, AccessLog *log = nullptr, QObject *parent = nullptr);
    // Hands each request to a worker of `pool` (one request per connection at a time).
    explicit HttpServer(std::unique_ptr<HandlerPool> pool, AccessLog *log = nullptr, QObject *parent = nullptr);
    ~HttpServer() override;

    // Once per server. TLS settings are loaded here, so a bad certificate or key fails listen().
    Status listen(const HttpServerOptions &options);
    quint16 port() const;
    // Graceful shutdown: stop accepting, let requests being handled (by workers too) finish and
    // their replies be written, then close every connection. Emits stopped() when the last one
    // has closed.
    void stop();
    int openConnections() const;

signals:
    void stopped();

private:
    void accept(qintptr descriptor);
    void onConnectionFinished(lintas::server::HttpConnection *connection);
    void emitStoppedIfDone();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lintas::server
