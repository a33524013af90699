#pragma once

#include "api/AdminCommands.h"
#include "support/InProcessServer.h"
#include "support/WorkspaceFixture.h"
#include "sync/AdminFlow.h"
#include "sync/JoinFlow.h"
#include "sync/OutboxReplay.h"
#include "sync/SharedSpaces.h"
#include "sync/SpacesSync.h"

#include <QRegularExpression>

#include <algorithm>
#include <memory>
#include <set>
#include <vector>

// REQUIRE(r.ok()) that says why not.
#define REQUIRE_OK(expr)                                                                                               \
    do {                                                                                                               \
        const auto &required_ = (expr);                                                                                \
        INFO((required_.ok() ? QString() : required_.error().detail).toStdString());                                   \
        REQUIRE(required_.ok());                                                                                       \
    } while (false)

namespace lintas::test {

inline const QString kHongKong = QStringLiteral("http://127.0.0.1:8443");
inline const QString kLampung = QStringLiteral("http://127.0.0.1:9443");

// Two organisations, each on its own server: a union in Hong Kong (laptops 0, the admin, and 1)
// and an NGO in Lampung (laptops 2, the admin, and 3). Everyone joins through the real flows.
struct TwoOrganisations {
    protocol::InviteCost cost = protocol::InviteCost::fastestForTests();
    InProcessServer hkServer;
    InProcessServer lampungServer;
    std::vector<std::unique_ptr<WorkspaceFixture>> laptops;
    QString hkSpace;
    QString lampungSpace;

    TwoOrganisations()
    {
        for (int i = 0; i < 4; ++i)
            laptops.push_back(std::make_unique<WorkspaceFixture>(300 + i));
        hkSpace = found(0, hkServer, kHongKong, QStringLiteral("Serikat BMI Hong Kong"));
        lampungSpace = found(2, lampungServer, kLampung, QStringLiteral("LBH Lampung"));
        admit(1, 0, hkSpace, kHongKong);
        admit(3, 2, lampungSpace, kLampung);
    }

    WorkspaceFixture &laptop(int i) { return *laptops.at(static_cast<std::size_t>(i)); }
    InProcessServer &serverAt(const QString &url) { return url == kHongKong ? hkServer : lampungServer; }

    // A minute between steps, as between people's actions (logins are throttled per address).
    void pause()
    {
        hkServer.clock.advanceMs(60'000);
        lampungServer.clock.advanceMs(60'000);
    }

    QString found(int i, InProcessServer &server, const QString &url, const QString &name)
    {
        // The laptop's randomness: the two in-process servers share a seed, and would make one space id.
        auto created = server::createOrganisation(*server.store, name, server.clock, laptop(i).random, cost);
        REQUIRE_OK(created);
        InProcessTransport link(server);
        auto joined = sync::JoinFlow(*laptop(i).db, link, laptop(i).clock, laptop(i).random, cost)
                          .joinWithInvite(url, created->inviteCode, QStringLiteral("Laptop %1").arg(i));
        REQUIRE_OK(joined);
        REQUIRE(joined->state == sync::JoinState::Joined);
        return joined->spaceId;
    }

    // Laptop `joiner` joins `spaceId` on `url` with an invite from laptop `admin`, under `label`.
    void admit(int joiner, int admin, const QString &spaceId, const QString &url, QString label = QString())
    {
        if (label.isEmpty())
            label = QStringLiteral("Laptop %1").arg(joiner);
        pause();
        InProcessTransport adminLink(serverAt(url));
        InProcessTransport joinerLink(serverAt(url));
        sync::AdminFlow flow(*laptop(admin).db, adminLink, laptop(admin).clock, laptop(admin).random, cost);
        auto invite = flow.createInvite(spaceId);
        REQUIRE_OK(invite);
        sync::JoinFlow join(*laptop(joiner).db, joinerLink, laptop(joiner).clock, laptop(joiner).random, cost);
        auto pending = join.joinWithInvite(url, invite->code, label);
        REQUIRE_OK(pending);
        auto waiting = flow.pendingJoiners(spaceId);
        REQUIRE_OK(waiting);
        const auto it = std::find_if(waiting->cbegin(), waiting->cend(),
            [&](const sync::Joiner &j) { return j.fingerprint == pending->fingerprint; });
        REQUIRE(it != waiting->cend());
        REQUIRE(it->verified);
        CHECK(it->label == label);
        REQUIRE_OK(flow.approve(spaceId, *it));
        pause();
        auto done = join.completeJoin();
        REQUIRE_OK(done);
        REQUIRE(done->state == sync::JoinState::Joined);
    }

    // Laptops with no connection at all (every server out of reach).
    std::set<int> offline;

    sync::SyncOutcome sync(int i)
    {
        pause();
        sync::SpacesSync run(
            *laptop(i).db,
            [this, i](const QString &url) -> std::unique_ptr<sync::SyncTransport> {
                auto link = std::make_unique<InProcessTransport>(serverAt(url));
                link->offline = offline.count(i) > 0;
                return link;
            },
            laptop(i).clock, laptop(i).random);
        return run.run();
    }

    void syncOk(int i)
    {
        const auto o = sync(i);
        INFO(o.detail.toStdString());
        REQUIRE(o.ok());
        CHECK(o.quarantined == 0);
    }

    // The canonical dump lines of the records whose ids are given (fields, field clocks, set
    // members and their tags), leaving out those that name `except`. Two things are the
    // receiver's own by design (decision D41): a row's updated_at and a set's clock, which
    // say when this laptop received the record.
    QStringList dumpOf(int i, const QStringList &ids, const QString &except)
    {
        auto d = sync::OutboxReplay::canonicalDump(*laptop(i).db);
        REQUIRE_OK(d);
        static const QRegularExpression updatedAt(QStringLiteral("\\|updated_at=[0-9]+"));
        static const QRegularExpression setClock(
            QStringLiteral("^clock\\|.*\\|field=(case_types|jurisdictions|forums|assignees|tags)\\|"));
        QStringList out;
        for (QString line : *d) {
            if (line.contains(except) || line.contains(setClock))
                continue;
            if (std::any_of(ids.cbegin(), ids.cend(), [&](const QString &id) { return line.contains(id); }))
                out.push_back(line.remove(updatedAt));
        }
        return out;
    }

    qint64 logHead(InProcessServer &server, const QString &spaceId)
    {
        return server.store->head(sync::ChangeCodec::idBytes(spaceId)).value().seq;
    }
};

// The union's admin (laptop 0) opens a space shared with the NGO and admits the NGO's admin
// (laptop 2) into it; returns the space id.
inline QString openSharedSpace(TwoOrganisations &net)
{
    net.pause();
    InProcessTransport link(net.hkServer);
    auto shared = sync::SharedSpaces(*net.laptop(0).db, link, net.laptop(0).clock, net.laptop(0).random, net.cost)
                      .create(net.hkSpace, QStringLiteral("Sumiati: HK – Lampung"), QStringLiteral("Laptop Sri"));
    REQUIRE_OK(shared);
    REQUIRE(shared->state == sync::JoinState::Joined);
    net.admit(2, 0, shared->spaceId, kHongKong);
    return shared->spaceId;
}

} // namespace lintas::test
