#pragma once

#include "support/InProcessServer.h"
#include "support/ServerProcess.h"
#include "support/WorkspaceFixture.h"
#include "sync/HttpTransport.h"
#include "sync/OutboxReplay.h"
#include "sync/SyncEngine.h"

#include <catch2/catch.hpp>

namespace lintas::test {

struct Org {
    TempDir dir;
    StoreLocation where;
    QByteArray spaceId;
    SecretBytes spaceKey = fixedKey(0x6b);
    SeededRandom random {5};

    Org()
    {
        auto w = freshStoreLocation(dir);
        REQUIRE(w.ok());
        where = *w;
        auto store = openStoreAt(where);
        REQUIRE(store.ok());
        spaceId = makeSpace(**store, random, 1'795'000'000'000, QStringLiteral("Serikat BMI Hong Kong"));
    }

    // Until the join flow lands in these tests: the device is put into the server's storage
    // directly (the server process may be running: SQLite waits for its lock, PostgreSQL is shared).
    void enrol(const QVector<WorkspaceFixture *> &laptops)
    {
        auto store = openStoreAt(where);
        REQUIRE(store.ok());
        QVector<store::Database *> dbs;
        for (auto *l : laptops) {
            lintas::test::enrol(**store, l->clock.nowMs(), *l->db, l->random, {spaceId, &spaceKey, 1});
            dbs << l->db.get();
        }
        introduce(spaceId, dbs, random);
        trustMembershipHead(**store, spaceId, dbs);
    }
};

inline sync::SyncOutcome syncOver(WorkspaceFixture &laptop, const QString &url)
{
    sync::HttpTransport transport {QUrl(url), 10'000};
    sync::SyncEngine engine(*laptop.db, transport, laptop.clock, laptop.random);
    return engine.run();
}

inline QStringList dump(WorkspaceFixture &f)
{
    auto d = sync::OutboxReplay::canonicalDump(*f.db);
    REQUIRE(d.ok());
    return *d;
}

} // namespace lintas::test
