#include "sync/HttpTransport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace lintas::sync {

HttpTransport::HttpTransport(QUrl server, int inactivityTimeoutMs)
    : m_server(std::move(server)), m_inactivityTimeoutMs(inactivityTimeoutMs)
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
    // Never follow a redirect: a token must not be replayed to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!bearerToken.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"),
            "Bearer " + bearerToken.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));

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
