#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>

namespace lintas::sync {

struct TransportReply {
    int status = 0; // HTTP status
    QByteArray body;
    qint64 retryAfterMs = 0; // from Retry-After, 0 when absent
    qint64 roundTripMs = 0; // request sent → reply complete, for the clock correction
};

// How the sync engine reaches lintas-server: HttpTransport on a real network, an in-process
// fake in tests. post() blocks the calling (worker) thread. A dropped connection, a refused
// connection or no byte for the inactivity timeout is ErrorCode::Io: the engine backs off and
// retries with the same bytes.
class SyncTransport {
public:
    virtual ~SyncTransport() = default;
    virtual Result<TransportReply> post(const QString &path, const QByteArray &body, const QByteArray &bearerToken) = 0;
};

} // namespace lintas::sync
