#pragma once

#include "http/HttpServer.h"

#include <QString>

namespace lintas::server {

struct ServeOptions {
    QString dataDir; // SQLite storage (default)
    QString databaseUrl; // postgresql://… instead
    HttpServerOptions http;
};

// Runs lintas-server until SIGTERM/SIGINT: opens the store, serves the API, then stops
// gracefully (requests in flight finish, connections close). Returns the process exit code.
int runServe(const ServeOptions &options);

} // namespace lintas::server
