// SYNC.md test 15: the disk fills up while a pulled page is being applied. The page is rolled
// back whole (no partial rows, the cursor stays), the server keeps everything, and once there is
// room again the next run completes.

#include "Laptops.h"

#include "support/RandomWorkload.h"

#include "store/Database.h"

#include <catch2/catch.hpp>

using namespace lintas;

namespace {

enum { Writer = 0, Reader = 1 };

QStringList dump(store::Database &db)
{
    auto d = sync::OutboxReplay::canonicalDump(db);
    REQUIRE(d.ok());
    return *d;
}

qint64 scalar(store::Database &db, const QString &sql)
{
    auto v = db.scalar(sql);
    REQUIRE(v.ok());
    return v->toLongLong();
}

} // namespace

TEST_CASE("disk full while applying a pull: nothing of the page is kept, the server loses nothing, the next run "
          "completes",
    "[sync][faults][diskfull]")
{
    test::Laptops net(2, 401);
    test::RandomWorkload(*net.laptop(Writer).ws, 15, &net.laptop(Writer).clock).run(400);
    const auto pushed = net.sync(Writer);
    REQUIRE(pushed.ok());
    const qint64 head = net.head();
    REQUIRE(head == net.laptop(Writer).outboxCount());

    // The reader's sync connection may not grow its file by more than two pages: the first page
    // of records cannot be applied (rows, set members, field clocks, search index).
    store::Database &db = *net.laptop(Reader).db;
    const QStringList before = dump(db);
    const qint64 pages = scalar(db, QStringLiteral("PRAGMA page_count"));
    REQUIRE(db.execScript(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)).ok());

    const auto full = net.sync(Reader);
    INFO(full.detail.toStdString());
    CHECK(full.problem == sync::SyncProblem::Storage);
    CHECK(full.detail.contains(QStringLiteral("full"), Qt::CaseInsensitive));
    CHECK(full.applied == 0);
    CHECK(scalar(db, QStringLiteral("SELECT cursor_seq FROM sync_spaces")) == 0);
    CHECK((dump(db) == before)); // no partial rows, set members, clocks or index entries
    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sync_quarantine")) == 0);
    CHECK(db.checkIntegrity().ok());
    CHECK(net.head() == head); // nothing deleted on the server

    // Still full: a retry fails the same way and changes nothing.
    const auto again = net.sync(Reader);
    CHECK(again.problem == sync::SyncProblem::Storage);
    CHECK((dump(db) == before));

    // Room again (files deleted, the laptop restarted): the next run takes everything.
    REQUIRE(db.execScript(QStringLiteral("PRAGMA max_page_count = 1073741823")).ok());
    const auto done = net.sync(Reader);
    INFO(done.detail.toStdString());
    REQUIRE(done.ok());
    CHECK(done.applied == head);
    CHECK(scalar(db, QStringLiteral("SELECT cursor_seq FROM sync_spaces")) == head);
    CHECK((dump(db) == dump(*net.laptop(Writer).db)));
    CHECK(net.head() == head);
}

TEST_CASE("disk full part-way through a long pull keeps the pages applied before it, and resumes after them",
    "[sync][faults][diskfull]")
{
    test::Laptops net(2, 401);
    test::RandomWorkload(*net.laptop(Writer).ws, 16, &net.laptop(Writer).clock).run(600);
    REQUIRE(net.sync(Writer).ok());
    const qint64 head = net.head();

    // Room for a few pages of records, not for all of them.
    store::Database &db = *net.laptop(Reader).db;
    const qint64 pages = scalar(db, QStringLiteral("PRAGMA page_count"));
    REQUIRE(db.execScript(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 60)).ok());
    const auto full = net.sync(Reader);
    INFO(full.detail.toStdString());
    CHECK(full.problem == sync::SyncProblem::Storage);
    const qint64 cursor = scalar(db, QStringLiteral("SELECT cursor_seq FROM sync_spaces"));
    CHECK(cursor == full.applied); // the cursor covers exactly what was applied
    CHECK(cursor < head);
    CHECK(db.checkIntegrity().ok());

    REQUIRE(db.execScript(QStringLiteral("PRAGMA max_page_count = 1073741823")).ok());
    const auto done = net.sync(Reader);
    REQUIRE(done.ok());
    CHECK(done.applied == head - cursor); // nothing applied twice, nothing skipped
    CHECK((dump(db) == dump(*net.laptop(Writer).db)));
}
