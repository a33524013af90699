#include "main/ServeCommand.h"

#include "api/ServerApi.h"
#include "base/Clock.h"
#include "base/RandomSource.h"
#include "http/AccessLog.h"
#include "http/HandlerPool.h"
#include "main/SignalWatcher.h"
#include "storage/ServerStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QThread>

#include <vector>

namespace lintas::server {

namespace {

// The API a worker uses: the first one over its own store, the others siblings over theirs.
struct Workers {
    std::vector<std::unique_ptr<ServerStore>> stores;
    std::vector<std::unique_ptr<ServerApi>> apis;
};

Result<Workers> openWorkers(const ServeOptions &options, int count, AccessLog &log)
{
    Workers w;
    for (int i = 0; i < count; ++i) {
        LINTAS_TRY_ASSIGN(auto store, openServerStore(options.dataDir, options.databaseUrl));
        w.stores.push_back(std::move(store));
        if (i == 0) {
            LINTAS_TRY_ASSIGN(
                auto api, ServerApi::create(*w.stores.back(), SystemClock::instance(), SecureRandom::instance()));
            api->setLog(&log);
            w.apis.push_back(std::move(api));
        } else {
            w.apis.push_back(w.apis.front()->sibling(*w.stores.back()));
        }
    }
    return w;
}

} // namespace

int defaultWorkers()
{
    return std::clamp(QThread::idealThreadCount(), 2, 4);
}

int runServe(const ServeOptions &options)
{
    AccessLog log(SystemClock::instance());
    const int workerCount = options.workers > 0 ? options.workers : defaultWorkers();
    auto workers = openWorkers(options, workerCount, log);
    if (!workers) {
        log.event(AccessLog::Level::Error, QStringLiteral("storage_failed"),
            {{QStringLiteral("detail"), workers.error().detail}});
        return 2;
    }
    std::vector<HttpHandler> handlers;
    for (const auto &api : workers->apis)
        handlers.push_back(api->handler());
    // Declared after the workers' stores and APIs: it joins its pool, which uses them, first.
    HttpServer http(std::make_unique<HandlerPool>(std::move(handlers)), &log);
    if (const Status listening = http.listen(options.http); !listening.ok()) {
        log.event(AccessLog::Level::Error, QStringLiteral("listen_failed"),
            {{QStringLiteral("detail"), listening.error().detail}});
        return 2;
    }
    // One line a supervisor or a test can wait for: where we listen, in which storage.
    log.event(AccessLog::Level::Info, QStringLiteral("ready"),
        {{QStringLiteral("address"), options.http.address.toString()}, {QStringLiteral("port"), int(http.port())},
            {QStringLiteral("storage"),
                options.databaseUrl.isEmpty() ? QStringLiteral("sqlite") : QStringLiteral("postgresql")},
            {QStringLiteral("tls"), !options.http.certificateFile.isEmpty()},
            {QStringLiteral("workers"), workerCount}});

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::stopRequested, &http, [&](int number) {
        log.event(AccessLog::Level::Info, QStringLiteral("stopping"), {{QStringLiteral("signal"), number}});
        http.stop();
    });
    QObject::connect(&http, &HttpServer::stopped, QCoreApplication::instance(), &QCoreApplication::quit);
    return QCoreApplication::exec();
}

} // namespace lintas::server
