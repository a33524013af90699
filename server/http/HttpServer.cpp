#include "http/HttpServer.h"

#include "http/AccessLog.h"
#include "http/HandlerPool.h"
#include "http/HttpConnection.h"
#include "http/HttpTls.h"
#include "http/TlsSessionResumption.h"

#include <QJsonObject>
#include <QSet>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>
#include <optional>

namespace lintas::server {

namespace {

// Hands each accepted descriptor to the server, which wraps it (plain or TLS) itself: then the
// connection limit and the idle timeout also cover connections still in their TLS handshake,
// which QSslServer would keep to itself until the handshake ends.
class Listener : public QTcpServer {
public:
    explicit Listener(std::function<void(qintptr)> onAccept, QObject *parent)
        : QTcpServer(parent), m_onAccept(std::move(onAccept))
    { }

protected:
    void incomingConnection(qintptr descriptor) override { m_onAccept(descriptor); }

private:
    std::function<void(qintptr)> m_onAccept;
};

QString tlsProtocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    default:
        return QStringLiteral("other");
    }
}

} // namespace

struct HttpServer::Private {
    HttpHandler handler;
    std::unique_ptr<HandlerPool> pool;
    AccessLog *log = nullptr;
    HttpServerOptions options;
    std::optional<QSslConfiguration> tls;
    Listener *listener = nullptr;
    QSet<HttpConnection *> connections;
    bool stopping = false;
    bool stoppedEmitted = false;
    // A connection flood must not become a log flood: at most one refusal line a second.
    qint64 lastRefusalLogMs = -1;
    int refusedSinceLog = 0;
};

HttpServer::HttpServer(HttpHandler handler, AccessLog *log, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->handler = std::move(handler);
    d->log = log;
}

HttpServer::HttpServer(std::unique_ptr<HandlerPool> pool, AccessLog *log, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->pool = std::move(pool);
    d->log = log;
}

HttpServer::~HttpServer()
{
    // Workers finish what they have first: their replies are queued calls to connections, which
    // must still exist then (deleting a connection drops the calls queued for it).
    d->pool.reset();
    // Connections refer to the handler in d: they go first, without a word to their signals.
    const QSet<HttpConnection *> connections = std::exchange(d->connections, {});
    for (HttpConnection *connection : connections) {
        connection->disconnect(this);
        delete connection;
    }
}

Status HttpServer::listen(const HttpServerOptions &options)
{
    if (d->listener != nullptr)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the server is already listening"));
    if (options.maxBodyBytes < 0 || options.maxHeaderBytes < 64 || options.idleTimeoutMs <= 0
        || options.maxConnections <= 0 || options.lingerMs < 0) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("invalid HTTP server limits"));
    }
    if (options.certificateFile.isEmpty() != options.privateKeyFile.isEmpty()) {
        return makeError(
            ErrorCode::InvalidArgument, QStringLiteral("TLS needs both a certificate file and a private key file"));
    }
    if (!options.certificateFile.isEmpty()) {
        LINTAS_TRY_ASSIGN(d->tls, loadServerTlsConfiguration(options.certificateFile, options.privateKeyFile));
        // Without it every new connection is a full handshake: slower and ~1.3 KB more, but working.
        const Status resumption = enableTlsSessionResumption();
        if (!resumption.ok() && d->log) {
            d->log->event(AccessLog::Level::Warning, QStringLiteral("tls_resumption_unavailable"),
                {{QStringLiteral("error"), resumption.error().detail}});
        }
    }
    d->options = options;

    auto listener = std::make_unique<Listener>([this](qintptr descriptor) { accept(descriptor); }, this);
    if (!listener->listen(options.address, options.port)) {
        return makeError(ErrorCode::Io,
            QStringLiteral("cannot listen on %1:%2: %3")
                .arg(options.address.toString())
                .arg(options.port)
                .arg(listener->errorString()));
    }
    d->listener = listener.release();
    d->stopping = false;
    d->stoppedEmitted = false;
    if (d->log) {
        d->log->event(AccessLog::Level::Info, QStringLiteral("started"),
            {{QStringLiteral("address"), options.address.toString()},
                {QStringLiteral("port"), d->listener->serverPort()}, {QStringLiteral("tls"), d->tls.has_value()},
                {QStringLiteral("max_body_bytes"), options.maxBodyBytes},
                {QStringLiteral("workers"), d->pool ? d->pool->size() : 0}});
    }
    return {};
}

quint16 HttpServer::port() const
{
    return d->listener ? d->listener->serverPort() : 0;
}

int HttpServer::openConnections() const
{
    return static_cast<int>(d->connections.size());
}

void HttpServer::stop()
{
    if (d->stopping)
        return;
    d->stopping = true;
    if (d->listener)
        d->listener->close();
    // shutdown() may close a connection at once, which removes it from the set: iterate a copy.
    const QSet<HttpConnection *> connections = d->connections;
    for (HttpConnection *connection : connections) {
        if (d->connections.contains(connection))
            connection->shutdown();
    }
    // Queued, so stopped() never fires inside stop() itself, also when nothing was open.
    QMetaObject::invokeMethod(this, &HttpServer::emitStoppedIfDone, Qt::QueuedConnection);
}

void HttpServer::accept(qintptr descriptor)
{
    QTcpSocket *socket = d->tls ? new QSslSocket(this) : new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (d->stopping || d->connections.size() >= d->options.maxConnections) {
        ++d->refusedSinceLog;
        const qint64 now = d->log ? d->log->clock().nowMs() : 0;
        if (d->log && (d->lastRefusalLogMs < 0 || now - d->lastRefusalLogMs >= 1000)) {
            d->log->event(AccessLog::Level::Warning, QStringLiteral("connection_refused"),
                {{QStringLiteral("peer"), socket->peerAddress().toString()},
                    {QStringLiteral("open_connections"), openConnections()},
                    {QStringLiteral("refused"), d->refusedSinceLog}});
            d->lastRefusalLogMs = now;
            d->refusedSinceLog = 0;
        }
        socket->abort();
        socket->deleteLater();
        return;
    }
    SSL *native = nullptr;
    auto *ssl = qobject_cast<QSslSocket *>(socket);
    if (ssl) {
        ssl->setSslConfiguration(*d->tls);
        native = captureServerTls([ssl] { ssl->startServerEncryption(); });
    }
    auto *connection = new HttpConnection(socket, d->options, d->handler, d->pool.get(), d->log, this);
    d->connections.insert(connection);
    connect(connection, &HttpConnection::finished, this, &HttpServer::onConnectionFinished);
    if (ssl && d->log) {
        // Whether devices resume their sessions (D29) is the one TLS fact an operator can act on.
        // The OpenSSL object lives while the socket is encrypted, so reading it now is safe.
        connect(ssl, &QSslSocket::encrypted, connection, [log = d->log, ssl, native] {
            log->event(AccessLog::Level::Debug, QStringLiteral("tls_handshake"),
                {{QStringLiteral("peer"), ssl->peerAddress().toString()},
                    {QStringLiteral("protocol"), tlsProtocolName(ssl->sessionProtocol())},
                    {QStringLiteral("resumed"), tlsSessionResumed(native)}});
        });
    }
}

void HttpServer::onConnectionFinished(HttpConnection *connection)
{
    d->connections.remove(connection);
    connection->deleteLater();
    if (d->stopping)
        QMetaObject::invokeMethod(this, &HttpServer::emitStoppedIfDone, Qt::QueuedConnection);
}

void HttpServer::emitStoppedIfDone()
{
    if (!d->stopping || d->stoppedEmitted || !d->connections.isEmpty())
        return;
    d->stoppedEmitted = true;
    if (d->log)
        d->log->event(AccessLog::Level::Info, QStringLiteral("stopped"), {});
    emit stopped();
}

} // namespace lintas::server
