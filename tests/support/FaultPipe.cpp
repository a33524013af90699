#include "FaultPipe.h"

#include <QTcpSocket>

#include <algorithm>
#include <cmath>

namespace lintas::test {

namespace {
constexpr qint64 kNsPerSecond = 1'000'000'000;
}

FaultPipe::FaultPipe(qint64 nowNs) : m_refilledNs(nowNs) { }

qint64 FaultPipe::burstOf(const LinkDirection &link)
{
    if (link.burstBytes > 0)
        return link.burstBytes;
    return std::max<qint64>(link.bytesPerSecond / 20, 256);
}

void FaultPipe::push(QByteArray bytes, qint64 dueNs)
{
    if (bytes.isEmpty())
        return;
    m_queued += bytes.size();
    m_queue.push_back({std::move(bytes), 0, dueNs});
}

void FaultPipe::clear()
{
    m_queue.clear();
    m_queued = 0;
}

void FaultPipe::refill(const LinkDirection &link, qint64 nowNs)
{
    // A full bucket at most: whatever the link was idle for, it sends no more than one burst at
    // once, so the bytes delivered in any interval T stay ≤ rate × T + burst.
    const double earned = double(link.bytesPerSecond) * double(nowNs - m_refilledNs) / double(kNsPerSecond);
    m_tokens = std::min(double(burstOf(link)), m_tokens + std::max(0.0, earned));
    m_refilledNs = nowNs;
}

FaultPipe::Pumped FaultPipe::pump(QTcpSocket &to, const LinkDirection &link, qint64 limit, qint64 nowNs)
{
    Pumped result;
    const bool throttled = link.bytesPerSecond > 0;
    if (throttled)
        refill(link, nowNs);
    else
        m_refilledNs = nowNs;
    if (to.state() != QAbstractSocket::ConnectedState)
        return result;
    while (!m_queue.empty() && m_queue.front().dueNs <= nowNs) {
        if (limit >= 0 && m_delivered >= limit) {
            result.limitReached = true;
            break;
        }
        if (to.bytesToWrite() >= kMaxUnwrittenBytes)
            break;
        Chunk &chunk = m_queue.front();
        qint64 n = chunk.bytes.size() - chunk.offset;
        if (throttled)
            n = std::min(n, qint64(std::floor(m_tokens)));
        if (limit >= 0)
            n = std::min(n, limit - m_delivered);
        if (n <= 0)
            break;
        const qint64 written = to.write(chunk.bytes.constData() + chunk.offset, n);
        if (written <= 0)
            break;
        if (throttled)
            m_tokens -= double(written);
        chunk.offset += written;
        m_queued -= written;
        m_delivered += written;
        result.written += written;
        if (chunk.offset == chunk.bytes.size())
            m_queue.pop_front();
    }
    if (limit >= 0 && m_delivered >= limit && result.written > 0)
        result.limitReached = true;
    return result;
}

qint64 FaultPipe::nextWakeNs(const QTcpSocket &to, const LinkDirection &link, qint64 nowNs) const
{
    if (m_queue.empty() || to.state() != QAbstractSocket::ConnectedState || to.bytesToWrite() >= kMaxUnwrittenBytes)
        return -1; // new input, the connection or bytesWritten() wakes the pipe instead
    const Chunk &head = m_queue.front();
    if (head.dueNs > nowNs)
        return head.dueNs;
    if (link.bytesPerSecond <= 0)
        return nowNs;
    // Wait for a useful amount of tokens (up to one burst), not for every single byte.
    const double want = double(std::min(head.bytes.size() - head.offset, burstOf(link)));
    if (m_tokens >= want)
        return nowNs;
    return nowNs + qint64(std::ceil((want - m_tokens) * double(kNsPerSecond) / double(link.bytesPerSecond)));
}

} // namespace lintas::test
