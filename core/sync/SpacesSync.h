#pragma once

#include "sync/SyncEngine.h"

#include <QHash>

#include <atomic>
#include <functional>
#include <memory>

namespace lintas::sync {

// One sync run over every space the profile has joined (decision D41): the organisation's own
// space first, then the spaces shared with other organisations, each with its own server and
// its own session (token, request size). A space that fails (its server unreachable) does not
// stop the others; the outcome names the first problem met and sums what moved.
class SpacesSync {
public:
    using MakeTransport = std::function<std::unique_ptr<SyncTransport>(const QString &serverUrl)>;

    // `sessions`, by server address, carries tokens and request sizes from run to run.
    SpacesSync(store::Database &db, MakeTransport makeTransport, const Clock &clock, RandomSource &random,
        QHash<QString, SyncSession> *sessions = nullptr);

    SyncOutcome run();
    // Asks a running run() to stop after the round in flight (from any thread).
    void requestStop();
    void setProgressHandler(std::function<void(const SyncProgress &)> handler) { m_onProgress = std::move(handler); }

private:
    void syncOne(const SpaceInfo &space, qsizetype spaceCount, SyncOutcome &total);

    store::Database &m_db;
    MakeTransport m_makeTransport;
    const Clock &m_clock;
    RandomSource &m_random;
    QHash<QString, SyncSession> m_ownSessions;
    QHash<QString, SyncSession> &m_sessions;
    std::function<void(const SyncProgress &)> m_onProgress;
    std::atomic<bool> m_stop {false};
    std::atomic<SyncEngine *> m_engine {nullptr};
};

} // namespace lintas::sync
