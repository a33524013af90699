#include "FaultProxy.h"

#include "FaultProxyEngine.h"

#include <QHostAddress>
#include <QMetaObject>
#include <QMutexLocker>
#include <QThread>

#include <functional>

namespace lintas::test {

namespace {

Status checkLoopback(const QString &host)
{
    const QHostAddress address(host);
    if (host == QStringLiteral("localhost") || (!address.isNull() && address.isLoopback()))
        return {};
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("fault proxy targets loopback only, not %1").arg(host));
}

} // namespace

struct FaultProxy::Private {
    FaultProxyShared shared;
    std::unique_ptr<QThread> thread;
    FaultProxyEngine *engine = nullptr; // owned; deleted on its own thread when threaded
    std::atomic<quint16> port {0};

    // Runs `work` on the engine's thread and waits for it.
    void onEngine(const std::function<void()> &work) const
    {
        if (!engine)
            return;
        if (QThread::currentThread() == engine->thread())
            work();
        else
            QMetaObject::invokeMethod(engine, work, Qt::BlockingQueuedConnection);
    }
};

FaultProxy::FaultProxy(QString targetHost, quint16 targetPort) : d(std::make_unique<Private>())
{
    d->shared.targetHost = std::move(targetHost);
    d->shared.targetPort = targetPort;
}

FaultProxy::~FaultProxy()
{
    stop();
}

Status FaultProxy::start()
{
    if (d->engine)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("fault proxy already started"));
    LINTAS_TRY(checkLoopback(d->shared.targetHost));
    d->engine = new FaultProxyEngine(d->shared);
    d->engine->applyPlan(plan()); // one set before start()
    LINTAS_TRY(d->engine->listen());
    d->port = d->engine->port();
    return {};
}

Status FaultProxy::startInThread()
{
    if (d->engine)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("fault proxy already started"));
    LINTAS_TRY(checkLoopback(d->shared.targetHost));
    d->thread = std::make_unique<QThread>();
    d->thread->setObjectName(QStringLiteral("FaultProxy"));
    d->engine = new FaultProxyEngine(d->shared);
    d->engine->moveToThread(d->thread.get());
    // Deleted by the thread's last act, on the thread that owns its sockets.
    QObject::connect(d->thread.get(), &QThread::finished, d->engine, &QObject::deleteLater);
    d->thread->start();
    Status status;
    const FaultPlan initial = plan(); // one set before start()
    d->onEngine([this, &status, &initial] {
        d->engine->applyPlan(initial);
        status = d->engine->listen();
        d->port = d->engine->port();
    });
    return status;
}

void FaultProxy::stop()
{
    if (!d->engine)
        return;
    d->onEngine([this] { d->engine->shutdown(); });
    if (d->thread) {
        d->thread->quit();
        d->thread->wait();
        d->thread.reset();
    } else {
        delete d->engine;
    }
    d->engine = nullptr;
    d->port = 0;
}

quint16 FaultProxy::port() const
{
    return d->port;
}

void FaultProxy::setPlan(const FaultPlan &plan)
{
    {
        QMutexLocker lock(&d->shared.mutex);
        d->shared.plan = plan;
    }
    d->onEngine([this, plan] { d->engine->applyPlan(plan); });
}

FaultPlan FaultProxy::plan() const
{
    QMutexLocker lock(&d->shared.mutex);
    return d->shared.plan;
}

Status FaultProxy::setTarget(const QString &host, quint16 port)
{
    LINTAS_TRY(checkLoopback(host));
    QMutexLocker lock(&d->shared.mutex);
    d->shared.targetHost = host;
    d->shared.targetPort = port;
    return {};
}

void FaultProxy::cutAllConnections()
{
    d->onEngine([this] { d->engine->cutAll(); });
}

int FaultProxy::openConnections() const
{
    return d->shared.open.load();
}

FaultProxyCounters FaultProxy::total() const
{
    return FaultProxyShared::read(d->shared.total);
}

FaultProxyCounters FaultProxy::sinceReset() const
{
    return FaultProxyShared::read(d->shared.since);
}

void FaultProxy::resetCounters()
{
    for (std::atomic<qint64> &counter : d->shared.since)
        counter = 0;
}

} // namespace lintas::test
