#include "sync/SyncController.h"

#include "base/Clock.h"
#include "base/RandomSource.h"
#include "profile/OpenProfile.h"
#include "store/Database.h"
#include "sync/HttpTransport.h"
#include "sync/OutboxSealer.h"
#include "unlock/Session.h"

#include <QGuiApplication>
#include <QNetworkInformation>
#include <QThread>

namespace lintas::ui {

namespace {

// Saves are noticed by polling the session connection's change counter: cheap (no query), and
// every write path is covered without each page having to tell sync about it.
constexpr int kEditCheckMs = 3000;
// A request that moves no byte for this long is given up (and retried with backoff).
constexpr int kInactivityTimeoutMs = 45'000;

} // namespace

SyncController::SyncController(Session &session, Deps deps, QObject *parent)
    : QObject(parent),
      m_session(session),
      m_clock(deps.clock ? deps.clock : &SystemClock::instance()),
      m_random(deps.random ? deps.random : &SecureRandom::instance()),
      m_makeTransport(deps.makeTransport)
{
    if (!m_makeTransport) {
        m_makeTransport = [](const QString &serverUrl) -> std::unique_ptr<sync::SyncTransport> {
            return std::make_unique<sync::HttpTransport>(QUrl(serverUrl), kInactivityTimeoutMs);
        };
    }
    store::Database &db = session.profile().database();
    // The worker's connection is opened here, on the GUI thread, while the session surely lives;
    // the worker takes it on its first run.
    auto connection = std::make_shared<Result<std::unique_ptr<store::Database>>>(session.profile().openConnection());
    m_worker = std::make_unique<sync::SyncWorker>(
        [connection]() -> Result<std::unique_ptr<store::Database>> {
            if (!*connection)
                return connection->error();
            if (!connection->value())
                return makeError(ErrorCode::Internal, QStringLiteral("sync connection already taken"));
            return std::move(connection->value());
        },
        m_makeTransport, *m_clock, *m_random, deps.timings);
    connect(m_worker.get(), &sync::SyncWorker::stateChanged, this, &SyncController::workerStateChanged);
    connect(m_worker.get(), &sync::SyncWorker::remoteChangesApplied, this, &SyncController::remoteChangesApplied);

    m_state.waiting = sync::OutboxSealer::countWaiting(db).valueOr(0);
    m_seenChanges = db.totalChanges();
    m_editCheck.setInterval(kEditCheckMs);
    connect(&m_editCheck, &QTimer::timeout, this, &SyncController::checkForLocalEdits);
    m_editCheck.start();
    watchNetwork();
    // Someone switching back to Lintas after a while should see fresh data without pressing
    // "Sync now", even when idle polls have spaced out to 4 hours. Without a platform notion of
    // application state (X11, Windows), Qt derives it from window activation.
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        connect(app, &QGuiApplication::applicationStateChanged, this, &SyncController::applicationStateChanged);
    m_worker->start(); // unlocking is coming back too: syncs at once
}

SyncController::~SyncController()
{
    m_editCheck.stop();
    // Joining or approving may be waiting on the server: quitting a thread ends its event loops,
    // so their requests fail at once instead of holding the lock for a timeout.
    for (QThread *job : std::as_const(m_jobs)) {
        job->quit();
        job->wait();
        delete job;
    }
    m_worker.reset();
}

std::unique_ptr<sync::SyncTransport> SyncController::transportTo(const QString &serverUrl) const
{
    return m_makeTransport(serverUrl);
}

void SyncController::watchNetwork()
{
    // Without a backend (no NetworkManager, or a test machine) nothing is known: assume online
    // and let failed runs back off.
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return;
    QNetworkInformation *info = QNetworkInformation::instance();
    const auto apply = [this](QNetworkInformation::Reachability r) {
        if (r == QNetworkInformation::Reachability::Unknown)
            return;
        m_worker->setOnline(r != QNetworkInformation::Reachability::Disconnected);
    };
    connect(info, &QNetworkInformation::reachabilityChanged, this, apply);
    apply(info->reachability());
}

void SyncController::syncNow()
{
    m_worker->syncNow();
}

void SyncController::userReturned()
{
    m_worker->userReturned();
}

void SyncController::applicationStateChanged(Qt::ApplicationState state)
{
    if (state == Qt::ApplicationActive)
        userReturned();
}

void SyncController::checkForLocalEdits()
{
    store::Database &db = m_session.profile().database();
    const qint64 changes = db.totalChanges();
    if (changes == m_seenChanges)
        return;
    m_seenChanges = changes;
    // Drafts and search keys are written too; only a change waiting to go out is worth a run.
    const qint64 waiting = sync::OutboxSealer::countWaiting(db).valueOr(m_state.waiting);
    if (waiting != m_state.waiting) {
        m_state.waiting = waiting;
        emit stateChanged();
    }
    if (waiting > 0)
        m_worker->localEdit();
}

void SyncController::workerStateChanged(const sync::SyncState &state)
{
    const bool newProblem = state.phase != sync::SyncState::Phase::Syncing && state.problem != sync::SyncProblem::None
        && state.problem != sync::SyncProblem::NotJoined
        && (m_state.problem != state.problem || m_state.detail != state.detail
            || m_state.phase == sync::SyncState::Phase::Syncing);
    if (newProblem) {
        m_incidents.prepend({m_clock->nowMs(), state.problem, state.detail});
        if (m_incidents.size() > kIncidentsKept)
            m_incidents.resize(kIncidentsKept);
    }
    m_state = state;
    emit stateChanged();
}

void SyncController::runInBackground(QObject *context, Work work, std::function<void()> done)
{
    // Opened here, on the GUI thread, while the session surely lives.
    auto opened = std::make_shared<Result<std::unique_ptr<store::Database>>>(m_session.profile().openConnection());
    QThread *job = QThread::create([opened, work = std::move(work)] {
        if (!*opened) {
            work(Result<store::Database *>(opened->error()));
            return;
        }
        work(Result<store::Database *>(opened->value().get()));
        opened->value().reset(); // closed on the thread that used it
    });
    job->setObjectName(QStringLiteral("lintas-sync-job"));
    m_jobs.push_back(job);
    connect(job, &QThread::finished, this, [this, job] {
        m_jobs.removeAll(job);
        job->deleteLater();
    });
    connect(job, &QThread::finished, context, std::move(done));
    job->start();
}

} // namespace lintas::ui
