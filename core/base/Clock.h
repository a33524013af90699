#pragma once

#include <QtGlobal>

#include <atomic>

namespace lintas {

// Core never reads the wall clock directly: time comes from a Clock so tests can move it
// (deadlines, HLC, auto-lock) and replays are deterministic.
class Clock {
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch, UTC.
    virtual qint64 nowMs() const = 0;
};

class SystemClock final : public Clock {
public:
    qint64 nowMs() const override;
    static SystemClock &instance();
};

// A clock that only moves when told to. Thread-safe so worker threads can read it.
class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 startMs = 1'790'000'000'000) : m_now(startMs) { }
    qint64 nowMs() const override { return m_now.load(); }
    void setMs(qint64 ms) { m_now.store(ms); }
    void advanceMs(qint64 deltaMs) { m_now.fetch_add(deltaMs); }

private:
    std::atomic<qint64> m_now;
};

} // namespace lintas
