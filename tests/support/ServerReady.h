#pragma once

#include <QString>

class QProcess;

namespace lintas::test {

// Harnesses that run a real lintas-server (tests' ServerProcess, lintas-bench-sync) send its
// stderr to a file, never to a QProcess pipe. The server logs a line per request; a QProcess
// pipe is only drained by the event loop of the thread that owns the QProcess, and a harness
// whose thread blocks (waiting for its client threads) stops draining it: after about 330 lines
// the pipe is full, the server blocks in write(2) and every client waits in silence ("no answer
// for 30 s" in the 50-device benchmark).
//
// Waits until the server logs its "ready" line past byte `from` of `logPath`: the port it
// listens on, or 0 when it exited first or `timeoutMs` passed.
quint16 waitForServerReady(QProcess &process, const QString &logPath, qint64 from, int timeoutMs = 30'000);

} // namespace lintas::test
