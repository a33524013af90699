#pragma once

#include "support/InProcessServer.h"
#include "support/WorkspaceFixture.h"

namespace lintas::test {

// One laptop joined to a space of an in-process server: enough for the engine to reach whatever
// server a test points its transport at.
struct JoinedLaptop {
    InProcessServer server;
    SecretBytes spaceKey = fixedKey(0x5a);
    QByteArray spaceId;
    WorkspaceFixture laptop {300};

    JoinedLaptop()
    {
        spaceId = makeSpace(server, QStringLiteral("LBH Lampung"));
        enrol(server, *laptop.db, laptop.random, {spaceId, &spaceKey, 1});
        introduce(spaceId, {laptop.db.get()}, server.random);
        trustMembershipHead(*server.store, spaceId, {laptop.db.get()});
    }
};

} // namespace lintas::test
