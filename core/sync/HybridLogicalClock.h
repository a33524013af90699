#pragma once

#include "sync/Hlc.h"

namespace lintas {
class Clock;
}

namespace lintas::sync {

// Issues HLC timestamps that never decrease, even when the wall clock jumps backwards, and
// that stay close to (corrected) physical time. The last issued value must be persisted by
// the caller in the same transaction as the change that used it, so restarts continue upward.
class HybridLogicalClock {
public:
    explicit HybridLogicalClock(const Clock &clock, Hlc last = {}) : m_clock(clock), m_last(last) { }

    // Offset (ms) added to the local wall clock: server_time + rtt/2 − local, once known.
    void setOffsetMs(qint64 offset) { m_offsetMs = offset; }
    qint64 offsetMs() const { return m_offsetMs; }
    qint64 physicalNowMs() const;

    // Timestamp for a local event.
    Hlc tick();
    // Merge a timestamp seen on a remote change so later local ticks order after it.
    void observe(Hlc remote);
    // Never moves the clock backwards; used after loading persisted state.
    void raiseTo(Hlc persisted);
    Hlc last() const { return m_last; }

private:
    const Clock &m_clock;
    Hlc m_last;
    qint64 m_offsetMs = 0;
};

} // namespace lintas::sync
