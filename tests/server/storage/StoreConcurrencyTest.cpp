#include "StoreTestSupport.h"

#include "protocol/LogChain.h"

#include <libpq-fe.h>

#include <QSet>

#include <atomic>
#include <thread>

using namespace lintas;
using namespace lintas::server;
using namespace lintas::test::storage;

namespace {

constexpr int Batches = 30;
constexpr int PerBatch = 3;

// One writer on its own store instance (its own connection). Catch2 is not thread-safe, so the
// thread only records what went wrong; the test checks after join().
struct Writer {
    std::unique_ptr<ServerStore> store;
    int device = 0;
    QString failure;
    QVector<qint64> seqs;

    void run()
    {
        for (int b = 0; b < Batches; ++b) {
            QVector<PushItem> items;
            for (int i = 0; i < PerBatch; ++i) {
                const int n = device * 100000 + b * PerBatch + i;
                items.append(item(n, b * PerBatch + i + 1, 60 + (n % 50)));
            }
            auto acks = store->append(spaceId(1), deviceId(device), items, 1);
            // SQLite's busy timeout may run out on a loaded machine; the retry is a Duplicate-safe push.
            for (int attempt = 0; !acks.ok() && acks.code() == ErrorCode::Busy && attempt < 20; ++attempt)
                acks = store->append(spaceId(1), deviceId(device), items, 1);
            if (!acks.ok()) {
                failure = acks.error().detail;
                return;
            }
            for (const PushAck &ack : *acks) {
                if (ack.outcome != PushOutcome::Stored) {
                    failure = QStringLiteral("unexpected outcome %1").arg(int(ack.outcome));
                    return;
                }
                seqs.append(ack.seq);
            }
        }
    }
};

} // namespace

TEST_CASE("two store instances appending at once number 1..N without gaps, and readers never see a gap",
    "[server-store][concurrency]")
{
    test::TempDir dir;
    const test::StoreLocation where = freshLocation(dir);
    auto reader = openAt(where);
    REQUIRE(reader->createSpace(spaceId(1), QStringLiteral("LBH"), 1).ok());
    Writer a {openAt(where), 1, {}, {}};
    Writer b {openAt(where), 2, {}, {}};
    std::atomic<int> running {2};
    std::thread ta([&] {
        a.run();
        --running;
    });
    std::thread tb([&] {
        b.run();
        --running;
    });

    // Read as the writers go: every page must continue exactly at the cursor, and the chain the
    // reader computes must match the server's at its cursor.
    constexpr int Total = 2 * Batches * PerBatch;
    qint64 cursor = 0;
    QByteArray chain = protocol::LogChain::genesis();
    QString readFailure;
    int pages = 0;
    while (readFailure.isEmpty() && cursor < Total) {
        const bool writersDone = running.load() == 0;
        auto page = reader->read(spaceId(1), cursor, 7, 1 << 20);
        if (!page.ok()) {
            if (page.code() == ErrorCode::Busy)
                continue;
            readFailure = page.error().detail;
            break;
        }
        ++pages;
        for (const LogRecord &record : *page) {
            if (record.seq != cursor + 1) {
                readFailure = QStringLiteral("after %1 the page went on at %2").arg(cursor).arg(record.seq);
                break;
            }
            cursor = record.seq;
            chain = protocol::LogChain::next(chain, record.envelope);
        }
        if (!readFailure.isEmpty())
            break;
        auto serverChain = reader->chainAt(spaceId(1), cursor);
        if (!serverChain.ok() || *serverChain != chain)
            readFailure = QStringLiteral("chain differs at %1").arg(cursor);
        if (writersDone && page->isEmpty())
            break; // nothing more will come
    }
    ta.join();
    tb.join();

    INFO("backend " << test::testBackendName().toStdString());
    CHECK(a.failure.toStdString().empty());
    CHECK(b.failure.toStdString().empty());
    CHECK(readFailure.toStdString().empty());
    CHECK(cursor == Total);
    CHECK(pages > 0);

    QSet<qint64> all;
    for (qint64 s : a.seqs + b.seqs)
        all.insert(s);
    CHECK(all.size() == Total);
    for (qint64 s = 1; s <= Total; ++s)
        CHECK(all.contains(s));
    // Each writer's own acknowledgements rise: a batch commits as a whole, after the last one.
    CHECK(std::is_sorted(a.seqs.begin(), a.seqs.end()));
    CHECK(std::is_sorted(b.seqs.begin(), b.seqs.end()));
    auto head = reader->head(spaceId(1));
    REQUIRE(head.ok());
    CHECK(head->seq == Total);
    CHECK(head->chain == chain);
}

TEST_CASE("a PostgreSQL connection dropped between calls is opened again once", "[server-store][postgres]")
{
    if (!test::TestPostgres::wanted()) {
        SUCCEED("PostgreSQL only: run with LINTAS_TEST_BACKEND=postgresql");
        return;
    }
    test::TempDir dir;
    const test::StoreLocation where = freshLocation(dir);
    auto store = openAt(where);
    REQUIRE(store->createSpace(spaceId(1), QStringLiteral("LBH"), 1).ok());

    // Ends every other session on the store's database, as a server restart or failover would.
    auto dropSessions = [&] {
        PGconn *admin = PQconnectdb(where.databaseUrl.toUtf8().constData());
        REQUIRE(PQstatus(admin) == CONNECTION_OK);
        PGresult *res = PQexec(admin,
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()");
        const bool ok = PQresultStatus(res) == PGRES_TUPLES_OK && QByteArray(PQgetvalue(res, 0, 0)).toInt() >= 1;
        PQclear(res);
        PQfinish(admin);
        REQUIRE(ok);
    };

    dropSessions();
    auto head = store->head(spaceId(1)); // a read at top level
    REQUIRE(head.ok());
    CHECK(head->seq == 0);

    dropSessions();
    auto acks = store->append(spaceId(1), deviceId(1), {item(1, 1)}, 2); // a transaction: BEGIN reconnects
    REQUIRE(acks.ok());
    CHECK(acks->at(0).seq == 1);

    // Inside a transaction nothing is retried: the caller sees the failure.
    auto inTx = store->inTransaction([&]() -> Status {
        dropSessions();
        LINTAS_TRY(store->append(spaceId(1), deviceId(1), {item(2, 2)}, 3));
        return {};
    });
    CHECK_FALSE(inTx.ok());
    auto after = store->head(spaceId(1));
    REQUIRE(after.ok());
    CHECK(after->seq == 1);
}

TEST_CASE("server processes starting together on one empty store both come up", "[server-store][concurrency]")
{
    // openServerStore migrates: two at once must not both try to create the tables.
    test::TempDir dir;
    const test::StoreLocation where = freshLocation(dir);
    Result<std::unique_ptr<ServerStore>> first = makeError(ErrorCode::Internal);
    Result<std::unique_ptr<ServerStore>> second = makeError(ErrorCode::Internal);
    std::thread t1([&] { first = test::openStoreAt(where); });
    std::thread t2([&] { second = test::openStoreAt(where); });
    t1.join();
    t2.join();
    INFO((first.ok() ? std::string() : first.error().detail.toStdString()));
    INFO((second.ok() ? std::string() : second.error().detail.toStdString()));
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    REQUIRE((*first)->createSpace(spaceId(1), QStringLiteral("LBH"), 1).ok());
    CHECK((*second)->head(spaceId(1)).ok());
    CHECK((*second)->meta(QStringLiteral("schema_version")).value() == QByteArray("1"));
}
