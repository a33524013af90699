#pragma once

#include "base/Result.h"
#include "sync/SyncEngine.h"
#include "sync/SyncSchedule.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace lintas {
class Clock;
class RandomSource;
} // namespace lintas
namespace lintas::store {
class Database;
}

namespace lintas::sync {

// What the sync chip and the sync page show.
struct SyncState {
    enum class Phase { Idle, Syncing, Offline, NeedsAttention, NotJoined };
    Phase phase = Phase::Idle;
    qint64 waiting = 0; // local changes not yet on the server
    SyncProgress progress; // while syncing
    qint64 lastSyncAt = 0; // last successful run, corrected time (ms)
    SyncProblem problem = SyncProblem::None; // why attention is needed
    QString detail; // English, for the "last errors" list
    qint64 nextRunAt = -1;
    qint64 clockOffsetMs = 0; // server time − laptop time
    quint32 deviceFlags = 0;
    int heldDeletions = 0; // deletions from other devices waiting for confirmation (HeldDeletions)
};

class SyncRunner;

// Runs sync on its own thread, with its own connection to the profile, so the interface never
// waits for the network or for a batch being applied. Triggers come from any thread (queued);
// state comes back as signals on the thread that owns the worker. Stopping (lock, quit) asks the
// run in flight to stop after its round and waits for the thread.
class SyncWorker : public QObject {
    Q_OBJECT
public:
    using OpenConnection = std::function<Result<std::unique_ptr<store::Database>>()>;
    using MakeTransport = std::function<std::unique_ptr<SyncTransport>(const QString &serverUrl)>;

    SyncWorker(OpenConnection openConnection, MakeTransport makeTransport, const Clock &clock, RandomSource &random,
        SyncSchedule::Timings timings = {}, QObject *parent = nullptr);
    ~SyncWorker() override;

    // Starts the thread and a first sync at once (unlocking is a good moment to catch up).
    void start();
    void stop();

    void syncNow();
    void localEdit();
    // From QNetworkInformation (the owner watches it; core stays free of its plugins' quirks).
    void setOnline(bool online);
    // Someone is at the laptop again (window activated, profile unlocked): syncs at once if the
    // last run finished more than SyncTimings::cameBackAfterMs ago, and idle polls start again
    // at an hour.
    void userReturned();

signals:
    void stateChanged(const lintas::sync::SyncState &state);
    // A run applied records from other devices: views should read again.
    void remoteChangesApplied(int count);

private:
    QThread m_thread;
    SyncRunner *m_runner = nullptr; // lives on m_thread, deleted when it finishes
};

} // namespace lintas::sync

Q_DECLARE_METATYPE(lintas::sync::SyncState)
