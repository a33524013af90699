#include "sync/HttpTransport.h"

#include "sync/TlsSessionCache.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QTimer>

namespace lintas::sync {

namespace {

bool isTls(const QUrl &url)
{
    return url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
}

// The default configuration (its trusted CAs included), offering `kept` if there is one.
QSslConfiguration clientTlsConfiguration(const QByteArray &kept)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    // Qt keeps no session unless persistence is on; with it, the reply carries the newest one
    // and a kept one is offered (only a new connection uses it: QNetworkAccessManager goes on
    // reusing an open one).
    tls.setSslOption(QSsl::SslOptionDisableSessionPersistence, false);
    if (!kept.isEmpty())
        tls.setSessionTicket(kept);
    // Qt offers ~57 cipher suites, 114 bytes of every ClientHello. TLS 1.3 and the TLS 1.2 suites
    // with forward secrecy and AEAD (what lintas-server and any current nginx set-up choose)
    // are enough, and drop the CBC and static-RSA ones nobody should negotiate anyway.
    static const QStringList tls12
        = {QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256"), QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256"),
            QStringLiteral("ECDHE-ECDSA-AES256-GCM-SHA384"), QStringLiteral("ECDHE-RSA-AES256-GCM-SHA384"),
            QStringLiteral("ECDHE-ECDSA-CHACHA20-POLY1305"), QStringLiteral("ECDHE-RSA-CHACHA20-POLY1305")};
    QList<QSslCipher> ciphers;
    for (const QSslCipher &cipher : tls.ciphers()) {
        if (cipher.protocol() == QSsl::TlsV1_3 || tls12.contains(cipher.name()))
            ciphers << cipher;
    }
    if (!ciphers.isEmpty())
        tls.setCiphers(ciphers);
    return tls;
}

} // namespace

HttpTransport::HttpTransport(QUrl server, int inactivityTimeoutMs, TlsSessionCache *sessions)
    : m_server(std::move(server)),
      m_inactivityTimeoutMs(inactivityTimeoutMs),
      m_sessions(sessions ? sessions : &TlsSessionCache::process())
{ }

HttpTransport::~HttpTransport() = default;

Result<TransportReply> HttpTransport::post(const QString &path, const QByteArray &body, const QByteArray &bearerToken)
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    QUrl url = m_server;
    url.setPath(url.path().endsWith(QLatin1Char('/')) ? url.path() + path.mid(1) : url.path() + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/cbor"));
    // Qt would send "Accept-Encoding: zstd, br, gzip, deflate", the locale's "Accept-Language"
    // and "User-Agent: Mozilla/5.0" with every request. The server reads none of them; shorter
    // values save ~25 bytes a request (D29). Bodies are ciphertext, which no encoding shrinks, so
    // "identity" is also the honest offer.
    request.setRawHeader(QByteArrayLiteral("Accept-Encoding"), QByteArrayLiteral("identity"));
    request.setRawHeader(QByteArrayLiteral("Accept-Language"), QByteArrayLiteral("*"));
    request.setRawHeader(QByteArrayLiteral("User-Agent"), QByteArrayLiteral("Lintas"));
    // Never follow a redirect: a token must not be replayed to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!bearerToken.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"),
            "Bearer " + bearerToken.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    if (isTls(url))
        request.setSslConfiguration(clientTlsConfiguration(m_sessions->session(m_server)));

    QElapsedTimer elapsed;
    elapsed.start();
    std::unique_ptr<QNetworkReply> reply(m_network->post(request, body));
    QEventLoop loop;
    QTimer idle;
    idle.setSingleShot(true);
    idle.setInterval(m_inactivityTimeoutMs);
    bool timedOut = false;
    QObject::connect(&idle, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    // Any byte moving either way restarts the inactivity clock.
    QObject::connect(reply.get(), &QNetworkReply::uploadProgress, &idle, [&idle] { idle.start(); });
    QObject::connect(reply.get(), &QNetworkReply::downloadProgress, &idle, [&idle] { idle.start(); });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    idle.start();
    if (!reply->isFinished())
        loop.exec();

    if (timedOut)
        return makeError(ErrorCode::Io, QStringLiteral("no answer for %1 s").arg(m_inactivityTimeoutMs / 1000));
    // Connection-level failures (refused, reset, cut mid-body) come below 200 in Qt's numbering;
    // HTTP error statuses come above and carry a reply the engine reads.
    const int error = reply->error();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (isTls(url)) {
        // A handshake that failed (new certificate, server rebuilt) must not offer that session
        // again; one that worked leaves the newest session the server issued.
        if (error == QNetworkReply::SslHandshakeFailedError)
            m_sessions->forget(m_server);
        else if (status.isValid())
            m_sessions->keep(m_server, reply->sslConfiguration().sessionTicket());
    }
    if (!status.isValid() || (error > 0 && error < 200))
        return makeError(ErrorCode::Io, reply->errorString());
    TransportReply out;
    out.status = status.toInt();
    out.body = reply->readAll();
    out.roundTripMs = elapsed.elapsed();
    bool ok = false;
    const qint64 retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After")).toLongLong(&ok);
    if (ok)
        out.retryAfterMs = retryAfter * 1000;
    return out;
}

} // namespace lintas::sync
