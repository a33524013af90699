#pragma once

#include "support/InProcessServer.h"
#include "support/WorkspaceFixture.h"
#include "sync/ConflictLog.h"
#include "sync/OutboxReplay.h"
#include "sync/SyncEngine.h"

#include <QFile>

#include <memory>
#include <vector>

namespace lintas::test {

// A few laptops (profiles with their own clocks and randomness) joined to one space of an
// in-process server.
struct SyncDevices {
    InProcessServer server;
    QByteArray spaceId;
    SecretBytes spaceKey = fixedKey(0x5a);
    std::vector<std::unique_ptr<WorkspaceFixture>> laptops;
    std::vector<std::unique_ptr<InProcessTransport>> links;

    explicit SyncDevices(int count)
    {
        spaceId = makeSpace(server, QStringLiteral("LBH Lampung"));
        QVector<store::Database *> dbs;
        for (int i = 0; i < count; ++i) {
            laptops.push_back(std::make_unique<WorkspaceFixture>(100 + i));
            links.push_back(std::make_unique<InProcessTransport>(server));
            enrol(server, *laptops.back()->db, laptops.back()->random, {spaceId, &spaceKey, 1});
            dbs.push_back(laptops.back()->db.get());
        }
        introduce(spaceId, dbs, server.random);
        trustMembershipHead(*server.store, spaceId, dbs);
    }

    WorkspaceFixture &laptop(int i) { return *laptops.at(static_cast<std::size_t>(i)); }
    InProcessTransport &link(int i) { return *links.at(static_cast<std::size_t>(i)); }

    sync::SyncOutcome sync(int i)
    {
        sync::SyncEngine engine(*laptop(i).db, link(i), laptop(i).clock, laptop(i).random);
        return engine.run();
    }

    QStringList dump(int i)
    {
        auto d = sync::OutboxReplay::canonicalDump(*laptop(i).db);
        REQUIRE(d.ok());
        return *d;
    }
};

inline QVector<sync::Conflict> openConflicts(WorkspaceFixture &f)
{
    auto open = sync::ConflictLog(*f.db).open();
    REQUIRE(open.ok());
    return *open;
}

inline domain::Case caseOf(WorkspaceFixture &f, const QString &id)
{
    auto c = f.ws->cases().get(id);
    REQUIRE(c.ok());
    return *c;
}

} // namespace lintas::test
