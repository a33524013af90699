#include "main/ServeCommand.h"

#include "api/ServerApi.h"
#include "base/Clock.h"
#include "base/RandomSource.h"
#include "http/AccessLog.h"
#include "main/SignalWatcher.h"
#include "storage/ServerStore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace lintas::server {

int runServe(const ServeOptions &options)
{
    AccessLog log(SystemClock::instance());
    auto store = openServerStore(options.dataDir, options.databaseUrl);
    if (!store) {
        log.event(AccessLog::Level::Error, QStringLiteral("storage_failed"),
            {{QStringLiteral("detail"), store.error().detail}});
        return 2;
    }
    auto api = ServerApi::create(**store, SystemClock::instance(), SecureRandom::instance());
    if (!api) {
        log.event(AccessLog::Level::Error, QStringLiteral("storage_failed"),
            {{QStringLiteral("detail"), api.error().detail}});
        return 2;
    }
    (*api)->setLog(&log);
    HttpServer http((*api)->handler(), &log);
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
            {QStringLiteral("tls"), !options.http.certificateFile.isEmpty()}});

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::stopRequested, &http, [&](int number) {
        log.event(AccessLog::Level::Info, QStringLiteral("stopping"), {{QStringLiteral("signal"), number}});
        http.stop();
    });
    QObject::connect(&http, &HttpServer::stopped, QCoreApplication::instance(), &QCoreApplication::quit);
    return QCoreApplication::exec();
}

} // namespace lintas::server
