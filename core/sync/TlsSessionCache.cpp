#include "sync/TlsSessionCache.h"

#include <QMutexLocker>
#include <QUrl>

namespace lintas::sync {

QByteArray TlsSessionCache::session(const QUrl &server) const
{
    QMutexLocker lock(&m_mutex);
    return m_sessions.value(keyOf(server));
}

void TlsSessionCache::keep(const QUrl &server, const QByteArray &session)
{
    if (session.isEmpty())
        return;
    QMutexLocker lock(&m_mutex);
    m_sessions.insert(keyOf(server), session);
}

void TlsSessionCache::forget(const QUrl &server)
{
    QMutexLocker lock(&m_mutex);
    m_sessions.remove(keyOf(server));
}

void TlsSessionCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_sessions.clear();
}

TlsSessionCache &TlsSessionCache::process()
{
    static TlsSessionCache cache;
    return cache;
}

QString TlsSessionCache::keyOf(const QUrl &server)
{
    return server.scheme().toLower() + QStringLiteral("://") + server.host().toLower() + QLatin1Char(':')
        + QString::number(server.port(server.scheme() == QLatin1String("https") ? 443 : 80));
}

} // namespace lintas::sync
