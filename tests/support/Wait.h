#pragma once

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <functional>

namespace lintas::test {

// Runs the event loop until condition() holds. The deadline only keeps a broken test from
// hanging: it is generous, and no test asserts how fast anything happens.
inline bool waitUntil(const std::function<bool()> &condition, int deadlineMs = 60'000)
{
    if (condition())
        return true;
    // A nested event loop that checks every few milliseconds: it sleeps in between instead of
    // spinning, which matters on a machine shared by several builds.
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (condition())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start(2);
    deadline.start(deadlineMs);
    loop.exec();
    return condition();
}

// Lets queued work (deleteLater, queued signals) run without waiting for anything in particular.
inline void spinEventLoop(int rounds = 20)
{
    for (int i = 0; i < rounds; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

} // namespace lintas::test
