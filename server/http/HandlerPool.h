#pragma once

#include "http/HttpMessage.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace lintas::server {

// A fixed set of threads that run request handlers off the event loop (decision D28): the loop
// keeps every socket, and a request that waits for the database or encodes a large pull no
// longer holds up the other connections. Each worker has a handler of its own, so each can have
// its own store connection; a request goes to whichever worker is free, first come first served.
class HandlerPool {
public:
    using Done = std::function<void(HttpResponse)>;

    // One worker thread per handler; at least one handler.
    explicit HandlerPool(std::vector<HttpHandler> handlers);
    // Runs everything already submitted to the end, then joins the threads.
    ~HandlerPool();
    HandlerPool(const HandlerPool &) = delete;
    HandlerPool &operator=(const HandlerPool &) = delete;

    int size() const { return static_cast<int>(m_threads.size()); }
    // Calls a worker's handler with `request`, then `done` with its response, both on that worker.
    void submit(HttpRequest request, Done done);

private:
    struct Job {
        HttpRequest request;
        Done done;
    };
    void run(const HttpHandler &handler);

    std::vector<HttpHandler> m_handlers;
    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_jobs;
    bool m_closing = false;
};

} // namespace lintas::server
