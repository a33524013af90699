#pragma once

#include "api/AdminCommands.h"
#include "support/InProcessServer.h"
#include "support/WorkspaceFixture.h"
#include "sync/AdminFlow.h"
#include "sync/JoinFlow.h"
#include "sync/OutboxReplay.h"
#include "sync/Revocation.h"
#include "sync/SyncEngine.h"
#include "sync/SyncIdentity.h"

#include <algorithm>
#include <memory>
#include <vector>

// REQUIRE(r.ok()) that says why not.
#define REQUIRE_OK(expr)                                                                                               \
    do {                                                                                                               \
        const auto &required_ = (expr);                                                                                \
        INFO((required_.ok() ? QString() : required_.error().detail).toStdString());                                   \
        REQUIRE(required_.ok());                                                                                       \
    } while (false)

namespace lintas::test {

// An organisation created on an in-process server and laptops that join it through the real
// join flow (no enrol()/introduce() shortcut). Laptop 0 becomes the first admin.
struct JoinNet {
    InProcessServer server;
    protocol::InviteCost cost = protocol::InviteCost::fastestForTests();
    server::CreatedOrganisation org;
    QString spaceId; // hex
    std::vector<std::unique_ptr<WorkspaceFixture>> laptops;
    std::vector<std::unique_ptr<InProcessTransport>> links;
    const QString url = QStringLiteral("http://127.0.0.1:8443");

    explicit JoinNet(int count)
    {
        auto created = server::createOrganisation(
            *server.store, QStringLiteral("LBH Lampung"), server.clock, server.random, cost);
        REQUIRE_OK(created);
        org = *created;
        spaceId = sync::ChangeCodec::idText(org.spaceId);
        for (int i = 0; i < count; ++i) {
            laptops.push_back(std::make_unique<WorkspaceFixture>(200 + i));
            links.push_back(std::make_unique<InProcessTransport>(server));
        }
    }

    WorkspaceFixture &laptop(int i) { return *laptops.at(static_cast<std::size_t>(i)); }
    InProcessTransport &link(int i) { return *links.at(static_cast<std::size_t>(i)); }

    // A minute passes between steps, as between people's actions: every laptop here shares the
    // address 127.0.0.1, and the server throttles authentication per address.
    void pause() { server.clock.advanceMs(60'000); }

    sync::JoinFlow joiner(int i)
    {
        pause();
        return sync::JoinFlow(*laptop(i).db, link(i), laptop(i).clock, laptop(i).random, cost);
    }
    sync::AdminFlow admin(int i)
    {
        pause();
        return sync::AdminFlow(*laptop(i).db, link(i), laptop(i).clock, laptop(i).random, cost);
    }

    sync::Revocation revocation(int i)
    {
        pause();
        return sync::Revocation(*laptop(i).db, link(i), laptop(i).random);
    }

    QString deviceOf(int i)
    {
        auto identity = sync::SyncIdentity::loadOrCreate(*laptop(i).db, laptop(i).random);
        REQUIRE_OK(identity);
        return identity->deviceId();
    }

    sync::JoinResult foundOrganisation()
    {
        auto r = joiner(0).joinWithInvite(url, org.inviteCode, QStringLiteral("Laptop Sri"));
        INFO((r.ok() ? QString() : r.error().detail).toStdString());
        REQUIRE_OK(r);
        REQUIRE(r->state == sync::JoinState::Joined);
        return *r;
    }

    // Laptop `i` joins with a fresh invite from laptop 0 and is approved: the whole flow.
    void joinAndApprove(int i)
    {
        auto invite = admin(0).createInvite(spaceId);
        REQUIRE_OK(invite);
        auto pending = joiner(i).joinWithInvite(url, invite->code, QStringLiteral("Laptop %1").arg(i));
        REQUIRE_OK(pending);
        REQUIRE(pending->state == sync::JoinState::Pending);
        auto waiting = admin(0).pendingJoiners(spaceId);
        REQUIRE_OK(waiting);
        // The admin approves the device whose fingerprint the joiner reads out.
        const auto it = std::find_if(waiting->cbegin(), waiting->cend(),
            [&](const sync::Joiner &j) { return j.fingerprint == pending->fingerprint; });
        REQUIRE(it != waiting->cend());
        REQUIRE(it->verified);
        auto approved = admin(0).approve(spaceId, *it);
        REQUIRE_OK(approved);
        CHECK(*approved == pending->fingerprint);
        auto done = joiner(i).completeJoin();
        INFO((done.ok() ? QString() : done.error().detail).toStdString());
        REQUIRE_OK(done);
        REQUIRE(done->state == sync::JoinState::Joined);
    }

    sync::SyncOutcome sync(int i)
    {
        pause();
        sync::SyncEngine engine(*laptop(i).db, link(i), laptop(i).clock, laptop(i).random);
        return engine.run();
    }

    QStringList dump(int i)
    {
        auto d = sync::OutboxReplay::canonicalDump(*laptop(i).db);
        REQUIRE_OK(d);
        return *d;
    }
};

} // namespace lintas::test
