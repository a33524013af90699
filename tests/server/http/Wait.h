#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>

#include <functional>

namespace lintas::test {

// Runs the event loop until condition() holds. The deadline only keeps a broken test from
// hanging: it is generous, and no test asserts how fast anything happens.
inline bool waitUntil(const std::function<bool()> &condition, int deadlineMs = 60'000)
{
    QDeadlineTimer deadline(deadlineMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

// Lets queued work (deleteLater, queued signals) run without waiting for anything in particular.
inline void spinEventLoop(int rounds = 20)
{
    for (int i = 0; i < rounds; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

} // namespace lintas::test
