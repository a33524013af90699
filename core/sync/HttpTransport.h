#pragma once

#include "sync/SyncTransport.h"

#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace lintas::sync {

// SyncTransport over HTTP(S) with Qt Network. Blocks the calling thread in a local event loop
// (the sync worker's, or lintas-cli's), so create and use it on one thread. A request fails with
// ErrorCode::Io when no byte moves for `inactivityTimeoutMs` — a slow 2G upload that keeps
// moving is never cut, a dead link is noticed quickly.
class HttpTransport : public SyncTransport {
public:
    explicit HttpTransport(QUrl server, int inactivityTimeoutMs = 30'000);
    ~HttpTransport() override;

    Result<TransportReply> post(const QString &path, const QByteArray &body, const QByteArray &bearerToken) override;

private:
    QUrl m_server;
    int m_inactivityTimeoutMs;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace lintas::sync
