// SYNC.md test 15: the disk fills up while a pulled page is being applied. The page is rolled
// back whole (no partial rows, the cursor stays), the server keeps everything, and once there is
// room again the next run completes.

#include "support/InProcessServer.h"
#include "support/RandomWorkload.h"
#include "support/WorkspaceFixture.h"

#include "store/Database.h"
#include "sync/OutboxReplay.h"
#include "sync/SyncEngine.h"

#include <catch2/catch.hpp>

using namespace lintas;

namespace {

struct TwoLaptops {
    test::InProcessServer server;
    SecretBytes spaceKey = test::fixedKey(0x5a);
    QByteArray spaceId;
    test::WorkspaceFixture writer {401};
    test::WorkspaceFixture reader {402};
    test::InProcessTransport writerLink {server};
    test::InProcessTransport readerLink {server};

    TwoLaptops()
    {
        spaceId = test::makeSpace(server, QStringLiteral("LBH Lampung"));
        for (auto *l : {&writer, &reader})
            test::enrol(server, *l->db, l->random, {spaceId, &spaceKey, 1});
        test::introduce(spaceId, {writer.db.get(), reader.db.get()}, server.random);
        test::trustMembershipHead(*server.store, spaceId, {writer.db.get(), reader.db.get()});
    }

    sync::SyncOutcome sync(test::WorkspaceFixture &l, test::InProcessTransport &link)
    {
        return sync::SyncEngine(*l.db, link, l.clock, l.random).run();
    }

    qint64 head()
    {
        auto h = server.store->head(spaceId);
        REQUIRE(h.ok());
        return h->seq;
    }
};

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
    TwoLaptops net;
    test::RandomWorkload(*net.writer.ws, 15, &net.writer.clock).run(400);
    const auto pushed = net.sync(net.writer, net.writerLink);
    REQUIRE(pushed.ok());
    const qint64 head = net.head();
    REQUIRE(head == net.writer.outboxCount());

    // The reader's sync connection may not grow its file by more than two pages: the first page
    // of records cannot be applied (rows, set members, field clocks, search index).
    store::Database &db = *net.reader.db;
    const QStringList before = dump(db);
    const qint64 pages = scalar(db, QStringLiteral("PRAGMA page_count"));
    REQUIRE(db.execScript(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)).ok());

    const auto full = net.sync(net.reader, net.readerLink);
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
    const auto again = net.sync(net.reader, net.readerLink);
    CHECK(again.problem == sync::SyncProblem::Storage);
    CHECK((dump(db) == before));

    // Room again (files deleted, the laptop restarted): the next run takes everything.
    REQUIRE(db.execScript(QStringLiteral("PRAGMA max_page_count = 1073741823")).ok());
    const auto done = net.sync(net.reader, net.readerLink);
    INFO(done.detail.toStdString());
    REQUIRE(done.ok());
    CHECK(done.applied == head);
    CHECK(scalar(db, QStringLiteral("SELECT cursor_seq FROM sync_spaces")) == head);
    CHECK((dump(db) == dump(*net.writer.db)));
    CHECK(net.head() == head);
}

TEST_CASE("disk full part-way through a long pull keeps the pages applied before it, and resumes after them",
    "[sync][faults][diskfull]")
{
    TwoLaptops net;
    test::RandomWorkload(*net.writer.ws, 16, &net.writer.clock).run(600);
    REQUIRE(net.sync(net.writer, net.writerLink).ok());
    const qint64 head = net.head();

    // Room for a few pages of records, not for all of them.
    store::Database &db = *net.reader.db;
    const qint64 pages = scalar(db, QStringLiteral("PRAGMA page_count"));
    REQUIRE(db.execScript(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 60)).ok());
    const auto full = net.sync(net.reader, net.readerLink);
    INFO(full.detail.toStdString());
    CHECK(full.problem == sync::SyncProblem::Storage);
    const qint64 cursor = scalar(db, QStringLiteral("SELECT cursor_seq FROM sync_spaces"));
    CHECK(cursor == full.applied); // the cursor covers exactly what was applied
    CHECK(cursor < head);
    CHECK(db.checkIntegrity().ok());

    REQUIRE(db.execScript(QStringLiteral("PRAGMA max_page_count = 1073741823")).ok());
    const auto done = net.sync(net.reader, net.readerLink);
    REQUIRE(done.ok());
    CHECK(done.applied == head - cursor); // nothing applied twice, nothing skipped
    CHECK((dump(db) == dump(*net.writer.db)));
}
