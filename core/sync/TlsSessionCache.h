#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

class QUrl;

namespace lintas::sync {

// The TLS session to resume with each server, so that the next sync — a new HttpTransport and,
// after an hour's gap, a new connection — resumes it instead of paying for a full handshake
// (decision D29: ~1.2 KB instead of ~2.5 KB per poll over TLS). One session per server
// (scheme, host, port), the newest the server issued.
// In memory only, never on disk: a session holds the secret that resumes it. The process-wide
// cache lives as long as the app, so a restart starts with a full handshake. Thread-safe.
class TlsSessionCache {
public:
    QByteArray session(const QUrl &server) const; // empty when there is none
    void keep(const QUrl &server, const QByteArray &session);
    void forget(const QUrl &server);
    void clear();

    static TlsSessionCache &process();

private:
    static QString keyOf(const QUrl &server);

    mutable QMutex m_mutex;
    QHash<QString, QByteArray> m_sessions;
};

} // namespace lintas::sync
