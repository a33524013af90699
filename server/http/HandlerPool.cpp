#include "http/HandlerPool.h"

#include <QtGlobal>

namespace lintas::server {

HandlerPool::HandlerPool(std::vector<HttpHandler> handlers) : m_handlers(std::move(handlers))
{
    Q_ASSERT(!m_handlers.empty());
    m_threads.reserve(m_handlers.size());
    for (const HttpHandler &handler : m_handlers)
        m_threads.emplace_back([this, &handler] { run(handler); });
}

HandlerPool::~HandlerPool()
{
    {
        const std::lock_guard lock(m_mutex);
        m_closing = true;
    }
    m_wake.notify_all();
    for (std::thread &thread : m_threads)
        thread.join();
}

void HandlerPool::submit(HttpRequest request, Done done)
{
    {
        const std::lock_guard lock(m_mutex);
        Q_ASSERT(!m_closing);
        m_jobs.push_back({std::move(request), std::move(done)});
    }
    m_wake.notify_one();
}

void HandlerPool::run(const HttpHandler &handler)
{
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_closing || !m_jobs.empty(); });
            // Closing still empties the queue: every submitted request is answered (graceful stop).
            if (m_jobs.empty())
                return;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job.done(handler(job.request));
    }
}

} // namespace lintas::server
