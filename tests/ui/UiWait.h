#pragma once

#include <QDeadlineTimer>
#include <QTest>

namespace lintas::test {

// Spins the event loop until `done()` holds (true) or `timeoutMs` passes (false). Widget tests
// wait for background tasks (key derivation) and posted events (LanguageChange) this way.
template<typename Condition> bool waitUntil(Condition done, int timeoutMs = 20000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}

} // namespace lintas::test
