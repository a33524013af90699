#pragma once

#include "sync/SpacesSync.h"
#include "sync/SyncWorker.h"

#include <QTimer>

namespace lintas::sync {

// The part of SyncWorker that lives on the sync thread: the schedule, its timer, the engine.
class SyncRunner : public QObject {
    Q_OBJECT
public:
    SyncRunner(SyncWorker::OpenConnection openConnection, SyncWorker::MakeTransport makeTransport, const Clock &clock,
        RandomSource &random, SyncSchedule::Timings timings);
    ~SyncRunner() override;

    void syncNow();
    void localEdit();
    void setOnline(bool online);
    void userReturned();
    void requestStop();

signals:
    void stateChanged(const lintas::sync::SyncState &state);
    void remoteChangesApplied(int count);

private:
    void plan();
    void runOnce();
    void publish();
    qint64 now() const;

    SyncWorker::OpenConnection m_openConnection;
    SyncWorker::MakeTransport m_makeTransport;
    const Clock &m_clock;
    RandomSource &m_random;
    SyncSchedule m_schedule;
    SyncState m_state;
    QTimer m_timer;
    std::unique_ptr<store::Database> m_db;
    QHash<QString, SyncSession> m_sessions; // by server: token and request size, from run to run
    std::atomic<SpacesSync *> m_engine {nullptr};
};

} // namespace lintas::sync
