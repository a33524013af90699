#pragma once

#include "base/Result.h"
#include "repo/CaseQuery.h"

#include <QVector>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace lintas::store {
class Database;
}

namespace lintas::repo {

// Reads the case list's next pages on a worker thread while the user still looks at the rows
// shown, so scrolling on finds them there instead of waiting for the disk: from a cold file
// cache one page of a large profile took up to 170 ms to read on the GUI thread (D22).
//
// Reads through its own read-only connection, opened by the first read and closed with this
// object (locking, which drops the list, drops it too). The worker keeps up to pagesAhead()
// pages read beyond the last one taken, one after the other, so a page that is slow to read is
// covered by those before it. The list asks for exactly the page it needs and gets it only if
// that page was read ahead and nothing was written through the main connection since reading
// ahead started (a save, a sync); otherwise it reads the page itself and starts over.
class CasePageReadAhead {
public:
    // The query of the page that follows the row with cursor `after`, `rowsBefore` rows into
    // the list; an empty query (no sql) when the list ends there. Called on the worker thread.
    using NextPage = std::function<CasePageQuery(const CaseListCursor &after, int rowsBefore)>;

    explicit CasePageReadAhead(store::Database &main);
    // Stops the worker (interrupting a read under way) and waits for it.
    ~CasePageReadAhead();
    CasePageReadAhead(const CasePageReadAhead &) = delete;
    CasePageReadAhead &operator=(const CasePageReadAhead &) = delete;

    static constexpr int pagesAhead() { return 3; }

    // Starts reading ahead the pages after the row with cursor `after` (`rowsBefore` rows into
    // the list), after stopping any reading under way.
    void start(const CaseListCursor &after, int rowsBefore, NextPage next);
    // The rows of `query` if it is the next page read ahead, waiting for the rest of its read;
    // nothing when it is not (the reading then stops), the read failed, or the database changed
    // since start().
    std::optional<QVector<CaseListRow>> take(const CasePageQuery &query);
    // Stops reading ahead and forgets what was read (e.g. the list starts over).
    void cancel();

    // False once the reader connection could not be opened (an in-memory database, say): the
    // list then reads every page itself.
    bool available() const;

private:
    struct Page {
        CasePageQuery query;
        std::optional<QVector<CaseListRow>> rows; // nothing while reading, or when the read failed
        bool done = false;
    };
    void run(CaseListCursor after, int rowsBefore, NextPage next);
    void readPages(CaseListCursor after, int rowsBefore, const NextPage &next);
    bool openReader();

    store::Database &m_main;
    std::unique_ptr<store::Database> m_reader; // used by the worker only
    std::atomic<store::Database *> m_live {nullptr}; // lets cancel() interrupt the worker's read
    std::thread m_worker;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Page> m_pages; // guarded by m_mutex, like the flags below
    bool m_stop = false;
    bool m_running = false; // the worker may still add pages
    bool m_unavailable = false;
    qint64 m_changesAtStart = 0; // GUI thread only, like the main connection
};

} // namespace lintas::repo
