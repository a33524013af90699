#pragma once

#include "sync/SyncTransport.h"

#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace lintas::sync {

class TlsSessionCache;

// SyncTransport over HTTP(S) with Qt Network. Blocks the calling thread in a local event loop
// (the sync worker's, or lintas-cli's), so create and use it on one thread. A request fails with
// ErrorCode::Io when no byte moves for `inactivityTimeoutMs` — a slow 2G upload that keeps
// moving is never cut, a dead link is noticed quickly.
// Over HTTPS it resumes the TLS session kept in `sessions` (a new connection then costs about half
// the bytes of a full handshake) and keeps the newest one the server issues (decision D29).
class HttpTransport : public SyncTransport {
public:
    explicit HttpTransport(QUrl server, int inactivityTimeoutMs = 30'000, TlsSessionCache *sessions = nullptr);
    ~HttpTransport() override;

    Result<TransportReply> post(const QString &path, const QByteArray &body, const QByteArray &bearerToken) override;

private:
    QUrl m_server;
    int m_inactivityTimeoutMs;
    TlsSessionCache *m_sessions; // not owned; TlsSessionCache::process() unless one was given
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace lintas::sync
