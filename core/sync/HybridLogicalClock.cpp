#include "sync/HybridLogicalClock.h"

#include "base/Clock.h"

#include <algorithm>

namespace lintas::sync {

qint64 HybridLogicalClock::physicalNowMs() const
{
    return std::clamp<qint64>(m_clock.nowMs() + m_offsetMs, 0, Hlc::kMaxMs);
}

Hlc HybridLogicalClock::tick()
{
    const qint64 pt = physicalNowMs();
    if (pt > m_last.ms()) {
        m_last = Hlc::from(pt, 0);
    } else if (m_last.counter() == Hlc::kCounterMask) {
        // Counter exhausted within one millisecond: borrow the next millisecond rather than fail.
        m_last = Hlc::from(m_last.ms() + 1, 0);
    } else {
        m_last = Hlc::from(m_last.ms(), m_last.counter() + 1);
    }
    return m_last;
}

void HybridLogicalClock::observe(Hlc remote)
{
    if (remote > m_last)
        m_last = remote;
}

void HybridLogicalClock::raiseTo(Hlc persisted)
{
    if (persisted > m_last)
        m_last = persisted;
}

} // namespace lintas::sync
