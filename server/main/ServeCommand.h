#pragma once

#include "http/HttpServer.h"

#include <QString>

namespace lintas::server {

struct ServeOptions {
    QString dataDir; // SQLite storage (default)
    QString databaseUrl; // postgresql://… instead
    // Threads that handle requests, each with its own store connection (decision D28); 0: the
    // default for this machine (defaultWorkers()).
    int workers = 0;
    HttpServerOptions http;
};

// Runs lintas-server until SIGTERM/SIGINT: opens the store, serves the API, then stops
// gracefully (requests in flight finish, connections close). Returns the process exit code.
int runServe(const ServeOptions &options);

// Two to four: the cores there are, but at least two so a slow request never holds up the rest,
// and at most four, past which SQLite's one writer and the event loop gain nothing.
int defaultWorkers();

} // namespace lintas::server
