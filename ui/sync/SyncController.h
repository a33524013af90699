#pragma once

#include "base/Result.h"
#include "sync/SyncWorker.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace lintas {
class Clock;
class RandomSource;
} // namespace lintas
namespace lintas::store {
class Database;
}

namespace lintas::ui {

class Session;

// A problem a sync run met, as the sync page's "last errors" list shows it.
struct SyncIncident {
    qint64 atMs = 0;
    sync::SyncProblem problem = sync::SyncProblem::None;
    QString detail; // English, from the engine: shown small, for whoever helps the user
};

// Sync for the unlocked profile: the worker thread, what starts a run (saves, the network coming
// back, "Sync now", unlocking, the app activated again), and the state the chip and the sync
// page show. Made at unlock, deleted at lock before the session: it stops the worker and any
// join or approval still talking to the server, so nothing outlives the session's key.
class SyncController : public QObject {
    Q_OBJECT

public:
    // What the controller is made with; tests give a manual clock or a transport of their own.
    struct Deps {
        const Clock *clock = nullptr; // SystemClock when null
        RandomSource *random = nullptr; // SecureRandom when null
        sync::SyncWorker::MakeTransport makeTransport; // HttpTransport when empty
        sync::SyncSchedule::Timings timings;
    };

    SyncController(Session &session, Deps deps, QObject *parent = nullptr);
    explicit SyncController(Session &session, QObject *parent = nullptr) : SyncController(session, Deps(), parent) { }
    ~SyncController() override;

    const sync::SyncState &state() const { return m_state; }
    const QVector<SyncIncident> &incidents() const { return m_incidents; }
    Session &session() { return m_session; }
    const Clock &clock() const { return *m_clock; }
    RandomSource &random() { return *m_random; }
    // A transport to `serverUrl` for the flows run with runInBackground() (made on their thread).
    std::unique_ptr<sync::SyncTransport> transportTo(const QString &serverUrl) const;

    void syncNow();
    // The app's window became active again: sync at once if the last run is over 10 minutes old.
    void userReturned();
    // A write this session made (checked every few seconds anyway): sync soon, not at once.
    void checkForLocalEdits();

    // Runs `work` on a thread of its own with its own connection to the profile (joining and
    // approving talk to the server and derive keys: seconds, never on the GUI thread), then
    // `done` on the GUI thread unless `context` is gone by then.
    using Work = std::function<void(Result<store::Database *> db)>;
    void runInBackground(QObject *context, Work work, std::function<void()> done);
    // The same for a step with a result: `step` runs on the job's thread with its connection,
    // `done` gets the step's result (or the connection's error) on the GUI thread.
    template<class T>
    void runStep(QObject *context, std::function<Result<T>(store::Database &db)> step,
        std::function<void(const Result<T> &result)> done)
    {
        auto result = std::make_shared<std::optional<Result<T>>>();
        runInBackground(
            context,
            [result, step = std::move(step)](
                Result<store::Database *> db) { result->emplace(db ? step(**db) : Result<T>(db.error())); },
            [result, done = std::move(done)] {
                if (*result)
                    done(**result);
            });
    }

    static constexpr int kIncidentsKept = 20;

signals:
    void stateChanged();
    void remoteChangesApplied(int count);
    // Joined, approved or otherwise changed who is in the organisation: pages read again.
    void membershipChanged();

private:
    void workerStateChanged(const sync::SyncState &state);
    void watchNetwork();
    void applicationStateChanged(Qt::ApplicationState state);

    Session &m_session;
    const Clock *m_clock;
    RandomSource *m_random;
    sync::SyncWorker::MakeTransport m_makeTransport;
    std::unique_ptr<sync::SyncWorker> m_worker;
    sync::SyncState m_state;
    QVector<SyncIncident> m_incidents;
    QTimer m_editCheck;
    qint64 m_seenChanges = -1;
    QVector<QThread *> m_jobs;
};

} // namespace lintas::ui
