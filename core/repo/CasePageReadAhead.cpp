#include "repo/CasePageReadAhead.h"

#include "repo/CasePageRead.h"
#include "store/Database.h"

#include <QLoggingCategory>

namespace lintas::repo {

namespace {
Q_LOGGING_CATEGORY(lcReadAhead, "lintas.repo.readahead")
}

CasePageReadAhead::CasePageReadAhead(store::Database &main) : m_main(main) { }

CasePageReadAhead::~CasePageReadAhead()
{
    cancel();
}

bool CasePageReadAhead::available() const
{
    const std::lock_guard lock(m_mutex);
    return !m_unavailable;
}

void CasePageReadAhead::start(const CaseListCursor &after, int rowsBefore, NextPage next)
{
    cancel();
    if (!available())
        return;
    m_stop = false;
    m_running = true;
    m_changesAtStart = m_main.totalChanges();
    m_worker = std::thread([this, after, rowsBefore, next = std::move(next)] { run(after, rowsBefore, next); });
}

bool CasePageReadAhead::openReader()
{
    if (m_reader)
        return true;
    auto opened = m_main.openReader();
    if (!opened.ok()) {
        qCInfo(lcReadAhead) << "no reader connection; the case list reads its pages itself:" << opened.error().detail;
        const std::lock_guard lock(m_mutex);
        m_unavailable = true;
        return false;
    }
    m_reader = std::move(opened).value();
    m_live = m_reader.get();
    return true;
}

void CasePageReadAhead::run(CaseListCursor after, int rowsBefore, NextPage next)
{
    if (openReader())
        readPages(std::move(after), rowsBefore, next);
    const std::lock_guard lock(m_mutex);
    m_running = false;
    m_changed.notify_all();
}

void CasePageReadAhead::readPages(CaseListCursor after, int rowsBefore, const NextPage &next)
{
    for (;;) {
        const CasePageQuery query = next(after, rowsBefore);
        if (query.sql.isEmpty())
            return;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || m_pages.size() < size_t(pagesAhead()); });
            if (m_stop)
                return;
            m_pages.push_back({query});
        }
        auto rows = readCasePage(*m_reader, query);
        const std::lock_guard lock(m_mutex);
        // take() may have dropped the page meanwhile; it is the last one when still there.
        if (m_stop || m_pages.empty() || !(m_pages.back().query == query))
            return;
        Page &page = m_pages.back();
        page.done = true;
        if (rows.ok() && !rows->isEmpty())
            page.rows = *rows;
        m_changed.notify_all();
        if (!page.rows)
            return; // failed or past the end: the list reads on by itself
        after = page.rows->last().cursor;
        rowsBefore += int(page.rows->size());
    }
}

std::optional<QVector<CaseListRow>> CasePageReadAhead::take(const CasePageQuery &query)
{
    std::optional<QVector<CaseListRow>> rows;
    bool stale = false;
    {
        std::unique_lock lock(m_mutex);
        // Asked for right after start(): the worker may not have begun the page yet.
        m_changed.wait(lock, [this] { return !m_pages.empty() || !m_running; });
        if (m_pages.empty() || !(m_pages.front().query == query)) {
            lock.unlock();
            cancel(); // the list went elsewhere: what is read ahead is of no use
            return std::nullopt;
        }
        m_changed.wait(lock, [this] { return m_pages.front().done; });
        Page page = std::move(m_pages.front());
        m_pages.pop_front();
        m_changed.notify_all();
        stale = m_main.totalChanges() != m_changesAtStart;
        rows = std::move(page.rows);
    }
    if (stale) {
        cancel(); // a save or a sync may have moved rows: read again, from the list
        return std::nullopt;
    }
    return rows;
}

void CasePageReadAhead::cancel()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
        m_pages.clear();
        m_changed.notify_all();
    }
    if (store::Database *reader = m_live.load())
        reader->interrupt();
    if (m_worker.joinable())
        m_worker.join();
}

} // namespace lintas::repo
