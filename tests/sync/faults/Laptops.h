#pragma once

#include "support/InProcessServer.h"
#include "support/WorkspaceFixture.h"
#include "sync/OutboxReplay.h"
#include "sync/SyncEngine.h"

#include <memory>
#include <vector>

namespace lintas::test {

// `count` laptops in one space of an in-process server, each with its own manual clock.
struct Laptops {
    InProcessServer server;
    SecretBytes spaceKey = fixedKey(0x5a);
    QByteArray spaceId;
    std::vector<std::unique_ptr<WorkspaceFixture>> laptops;
    std::vector<std::unique_ptr<InProcessTransport>> links;

    explicit Laptops(int count, std::uint64_t seed = 500)
    {
        spaceId = makeSpace(server, QStringLiteral("LBH Lampung"));
        QVector<store::Database *> dbs;
        for (int i = 0; i < count; ++i) {
            laptops.push_back(std::make_unique<WorkspaceFixture>(seed + std::uint64_t(i)));
            links.push_back(std::make_unique<InProcessTransport>(server));
            enrol(server, *laptops.back()->db, laptops.back()->random, {spaceId, &spaceKey, 1});
            dbs << laptops.back()->db.get();
        }
        introduce(spaceId, dbs, server.random);
        trustMembershipHead(*server.store, spaceId, dbs);
    }

    WorkspaceFixture &laptop(int i) { return *laptops.at(std::size_t(i)); }

    sync::SyncOutcome sync(int i)
    {
        return sync::SyncEngine(*laptop(i).db, *links.at(std::size_t(i)), laptop(i).clock, laptop(i).random).run();
    }

    qint64 head()
    {
        auto h = server.store->head(spaceId);
        REQUIRE(h.ok());
        return h->seq;
    }

    QStringList dump(int i)
    {
        auto d = sync::OutboxReplay::canonicalDump(*laptop(i).db);
        REQUIRE(d.ok());
        return *d;
    }

    qint64 scalar(int i, const QString &sql)
    {
        auto v = laptop(i).db->scalar(sql);
        REQUIRE(v.ok());
        return v->toLongLong();
    }
};

} // namespace lintas::test
