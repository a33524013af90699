#include "sync/SyncWorker.h"

#include "sync/SyncRunner.h"

namespace lintas::sync {

SyncWorker::SyncWorker(OpenConnection openConnection, MakeTransport makeTransport, const Clock &clock,
    RandomSource &random, SyncSchedule::Timings timings, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<lintas::sync::SyncState>();
    m_thread.setObjectName(QStringLiteral("lintas-sync"));
    m_runner = new SyncRunner(std::move(openConnection), std::move(makeTransport), clock, random, timings);
    m_runner->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    connect(m_runner, &SyncRunner::stateChanged, this, &SyncWorker::stateChanged);
    connect(m_runner, &SyncRunner::remoteChangesApplied, this, &SyncWorker::remoteChangesApplied);
}

SyncWorker::~SyncWorker()
{
    stop();
}

void SyncWorker::start()
{
    if (m_thread.isRunning())
        return;
    m_thread.start();
    // The worker is made at unlock: a person has just come back. Its schedule knows no earlier
    // run, so this always syncs at once.
    userReturned();
}

void SyncWorker::stop()
{
    if (!m_thread.isRunning()) {
        if (m_runner && !m_thread.isFinished()) {
            delete m_runner; // never started: nothing runs on the thread
            m_runner = nullptr;
        }
        return;
    }
    m_runner->requestStop(); // a run in flight stops after its round
    m_thread.quit();
    m_thread.wait();
    m_runner = nullptr; // deleted by deleteLater as the thread finished
}

void SyncWorker::syncNow()
{
    if (m_runner)
        QMetaObject::invokeMethod(m_runner, &SyncRunner::syncNow, Qt::QueuedConnection);
}

void SyncWorker::localEdit()
{
    if (m_runner)
        QMetaObject::invokeMethod(m_runner, &SyncRunner::localEdit, Qt::QueuedConnection);
}

void SyncWorker::userReturned()
{
    if (m_runner)
        QMetaObject::invokeMethod(m_runner, &SyncRunner::userReturned, Qt::QueuedConnection);
}

void SyncWorker::setOnline(bool online)
{
    if (m_runner)
        QMetaObject::invokeMethod(
            m_runner, [runner = m_runner, online] { runner->setOnline(online); }, Qt::QueuedConnection);
}

} // namespace lintas::sync
