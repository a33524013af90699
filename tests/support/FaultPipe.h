#pragma once

#include "FaultProxy.h"

#include <QByteArray>
#include <QtGlobal>

#include <deque>

class QTcpSocket;

namespace lintas::test {

// One direction of one proxied connection: holds bytes for the link's latency, then lets them
// out at the link's rate (a token bucket) into the destination socket. Times are nanoseconds of
// the proxy's monotonic clock.
class FaultPipe {
public:
    // The proxy stops reading a source while this much waits in its pipe, so a slow link pushes
    // back on the sender instead of buffering a whole upload.
    static constexpr qint64 kMaxQueuedBytes = 64 * 1024;
    // ...and stops feeding a destination whose socket has not taken this much yet.
    static constexpr qint64 kMaxUnwrittenBytes = 64 * 1024;

    explicit FaultPipe(qint64 nowNs);

    qint64 room() const { return kMaxQueuedBytes - m_queued; }
    bool isEmpty() const { return m_queue.empty(); }
    qint64 delivered() const { return m_delivered; }
    void push(QByteArray bytes, qint64 dueNs);
    void clear();

    struct Pumped {
        qint64 written = 0;
        bool limitReached = false; // `limit` bytes were delivered and more wanted to go
    };
    // Writes what latency and tokens allow into `to`. limit: total bytes this pipe may ever
    // deliver (-1: no limit).
    Pumped pump(QTcpSocket &to, const LinkDirection &link, qint64 limit, qint64 nowNs);
    // When pump() can do more without new input: -1 if nothing waits on time (empty, or blocked
    // on the destination socket).
    qint64 nextWakeNs(const QTcpSocket &to, const LinkDirection &link, qint64 nowNs) const;

    static qint64 burstOf(const LinkDirection &link);

private:
    struct Chunk {
        QByteArray bytes;
        qint64 offset = 0;
        qint64 dueNs = 0;
    };
    void refill(const LinkDirection &link, qint64 nowNs);

    std::deque<Chunk> m_queue;
    qint64 m_queued = 0;
    qint64 m_delivered = 0;
    double m_tokens = 0;
    qint64 m_refilledNs = 0;
};

} // namespace lintas::test
