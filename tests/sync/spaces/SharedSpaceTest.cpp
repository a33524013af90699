#include "TwoOrganisations.h"

#include "support/HandoffTestData.h"
#include "sync/BundleExport.h"
#include "sync/BundleImport.h"
#include "sync/CaseMove.h"
#include "sync/ServerSession.h"
#include "sync/SyncIdentity.h"
#include "sync/SyncSpaces.h"

#include <catch2/catch.hpp>

using namespace lintas;
using test::InProcessTransport;
using test::kHongKong;
using test::TwoOrganisations;

namespace {

QStringList idsOf(const test::HandoffCase &k)
{
    return {k.caseId, k.clientId, k.partyId, k.consentId, k.referralId};
}

} // namespace

TEST_CASE("a case moves into a space shared by two organisations with its whole history, both sides follow it",
    "[sync][spaces]")
{
    TwoOrganisations net;
    // The union's admin opens a shared space on its own server and invites the NGO's admin.
    net.pause();
    InProcessTransport link(net.hkServer);
    auto shared = sync::SharedSpaces(*net.laptop(0).db, link, net.laptop(0).clock, net.laptop(0).random, net.cost)
                      .create(net.hkSpace, QStringLiteral("Sumiati: HK – Lampung"), QStringLiteral("Laptop Sri"));
    REQUIRE_OK(shared);
    REQUIRE(shared->state == sync::JoinState::Joined);
    CHECK(shared->role == QLatin1String("admin"));
    const QString sharedSpace = shared->spaceId;
    net.admit(2, 0, sharedSpace, kHongKong);
    auto spacesOf2 = sync::SyncSpaces(*net.laptop(2).db).all();
    REQUIRE_OK(spacesOf2);
    REQUIRE(spacesOf2->size() == 2);
    CHECK(spacesOf2->at(0).spaceId == net.lampungSpace);
    CHECK(spacesOf2->at(0).home);
    CHECK_FALSE(spacesOf2->at(1).home);

    // A case taken in by the union, seen by its colleague.
    const test::HandoffCase k = test::makeHandoffCase(net.laptop(0));
    for (int i : {0, 1, 2, 3})
        net.syncOk(i);
    CHECK(net.laptop(1).ws->cases().get(k.caseId).ok());
    CHECK_FALSE(net.laptop(2).ws->cases().get(k.caseId).ok());
    const qint64 orgLogBefore = net.logHead(net.hkServer, net.hkSpace);

    auto moved = sync::CaseMove(*net.laptop(0).ws).move(k.caseId, sharedSpace);
    REQUIRE_OK(moved);
    CHECK(moved->fromSpace.isEmpty());
    CHECK(moved->toSpace == sharedSpace);
    CHECK(
        moved->records >= 12); // case, client, phone, consent, party, link, 2 claims, payment, 2 deadlines, 2 notes, …
    for (int i : {0, 2, 1, 3})
        net.syncOk(i);

    // The NGO's admin holds the case with everything attached, exactly as the union has it.
    auto atNgo = net.laptop(2).ws->cases().get(k.caseId);
    REQUIRE_OK(atNgo);
    CHECK(atNgo->spaceId == sharedSpace);
    CHECK(atNgo->title == QStringLiteral("Gaji tidak dibayar empat bulan"));
    CHECK(atNgo->caseTypes == QStringList {QStringLiteral("unpaid_wages")});
    auto claims = net.laptop(2).ws->claims().forCase(k.caseId);
    REQUIRE_OK(claims);
    CHECK(claims->size() == 2);
    auto notes = net.laptop(2).ws->notes().forCase(k.caseId);
    REQUIRE_OK(notes);
    CHECK(notes->size() == 2);
    auto deadlines = net.laptop(2).ws->deadlines().forCase(k.caseId);
    REQUIRE_OK(deadlines);
    CHECK(deadlines->size() == 2);
    CHECK(net.laptop(2).ws->parties().get(k.partyId).ok());
    CHECK(net.laptop(2).ws->consents().get(k.consentId).ok());
    // Same values and the same field clocks: the history came along, not a copy made today.
    CHECK(net.dumpOf(2, idsOf(k), k.otherCaseId) == net.dumpOf(0, idsOf(k), k.otherCaseId));
    // The client's other case stays with the union.
    CHECK_FALSE(net.laptop(2).ws->cases().get(k.otherCaseId).ok());

    // The space the case left got one record — the move itself — and nothing of it since.
    CHECK(net.logHead(net.hkServer, net.hkSpace) == orgLogBefore + 1);
    // The colleague who is not in the shared space sees where it went and cannot write to it.
    auto atColleague = net.laptop(1).ws->cases().get(k.caseId);
    REQUIRE_OK(atColleague);
    CHECK(atColleague->spaceId == sharedSpace);
    CHECK(atColleague->spaceName == QStringLiteral("Sumiati: HK – Lampung"));
    domain::Case edit = *atColleague;
    edit.title = QStringLiteral("Edited by a colleague outside the shared space");
    auto refused = net.laptop(1).ws->cases().update(edit);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().rule == QLatin1String("case_in_other_space"));
    CHECK(net.laptop(1).ws->cases().get(k.caseId)->title == QStringLiteral("Gaji tidak dibayar empat bulan"));
    // The NGO colleague outside the shared space never receives it.
    CHECK_FALSE(net.laptop(3).ws->cases().get(k.caseId).ok());

    // Both sides continue the case, and each sees the other's work.
    domain::Note lampungNote;
    lampungNote.caseId = k.caseId;
    lampungNote.kind = QStringLiteral("interview");
    lampungNote.body = QStringLiteral("Bertemu klien di Metro setelah pulang.");
    auto written = net.laptop(2).ws->notes().create(lampungNote);
    REQUIRE_OK(written);
    domain::Case followed = net.laptop(0).ws->cases().get(k.caseId).value();
    followed.strategy = QStringLiteral("Sidang Labour Tribunal 12 Januari; klien hadir lewat video.");
    REQUIRE_OK(net.laptop(0).ws->cases().update(followed));
    for (int i : {2, 0, 2, 1})
        net.syncOk(i);
    CHECK(net.laptop(0).ws->notes().get(written->id).ok());
    CHECK(net.laptop(2).ws->cases().get(k.caseId)->strategy == followed.strategy);
    CHECK(net.logHead(net.hkServer, net.hkSpace) == orgLogBefore + 1);
    CHECK(net.laptop(1).ws->cases().get(k.caseId)->strategy.isEmpty());
    CHECK(
        net.dumpOf(2, idsOf(k) << written->id, k.otherCaseId) == net.dumpOf(0, idsOf(k) << written->id, k.otherCaseId));
    // The NGO's own space never held it either: its colleagues see only what is shared with them.
    CHECK_FALSE(net.laptop(3).ws->notes().get(written->id).ok());
}

TEST_CASE("a case cannot move into a space this laptop has not joined, nor twice", "[sync][spaces]")
{
    TwoOrganisations net;
    const test::HandoffCase k = test::makeHandoffCase(net.laptop(0));
    const int outboxBefore = net.laptop(0).outboxCount();
    auto notJoined = sync::CaseMove(*net.laptop(0).ws).move(k.caseId, net.lampungSpace);
    REQUIRE_FALSE(notJoined.ok());
    CHECK(notJoined.error().rule == QLatin1String("not_a_member"));
    auto home = sync::CaseMove(*net.laptop(0).ws).move(k.caseId, net.hkSpace);
    REQUIRE_FALSE(home.ok());
    CHECK(home.error().rule == QLatin1String("already_in_space"));
    // Nothing was written by the refusals.
    CHECK(net.laptop(0).outboxCount() == outboxBefore);
    CHECK(net.laptop(0).ws->cases().get(k.caseId)->spaceId.isEmpty());
}

TEST_CASE("only an admin of the organisation opens a shared space, and it needs a name", "[sync][spaces]")
{
    TwoOrganisations net;
    net.pause();
    InProcessTransport link(net.hkServer);
    auto member = sync::SharedSpaces(*net.laptop(1).db, link, net.laptop(1).clock, net.laptop(1).random, net.cost)
                      .create(net.hkSpace, QStringLiteral("Not allowed"), QString());
    REQUIRE_FALSE(member.ok());
    CHECK(member.error().rule == QLatin1String("not_an_admin"));
    auto unnamed = sync::SharedSpaces(*net.laptop(0).db, link, net.laptop(0).clock, net.laptop(0).random, net.cost)
                       .create(net.hkSpace, QStringLiteral("  "), QString());
    REQUIRE_FALSE(unnamed.ok());
    CHECK(unnamed.error().rule == QLatin1String("space_name"));
    CHECK(sync::SyncSpaces(*net.laptop(0).db).all().value().size() == 1);
}

TEST_CASE("confidential notes can stay with the organisation when a case moves", "[sync][spaces]")
{
    TwoOrganisations net;
    const QString shared = test::openSharedSpace(net);
    const test::HandoffCase k = test::makeHandoffCase(net.laptop(0));
    repo::Workspace &ws = *net.laptop(0).ws;
    domain::Note secret;
    secret.caseId = k.caseId;
    secret.kind = QStringLiteral("interview");
    secret.body = QStringLiteral("Trauma assessment: details for the counsellor only.");
    secret.confidential = true;
    auto kept = ws.notes().create(secret);
    REQUIRE_OK(kept);
    domain::Note fix;
    fix.caseId = k.caseId;
    fix.kind = QStringLiteral("correction");
    fix.body = QStringLiteral("Correction of the assessment's date.");
    fix.correctsNoteId = kept->id;
    auto keptFix = ws.notes().create(fix);
    REQUIRE_OK(keptFix);

    sync::CaseMove::Options options;
    options.keepConfidentialNotes = true;
    auto moved = sync::CaseMove(ws).move(k.caseId, shared, options);
    REQUIRE_OK(moved);
    CHECK(moved->keptBack == 2);
    net.syncOk(0);
    net.syncOk(2);
    auto notes = net.laptop(2).ws->notes().forCase(k.caseId);
    REQUIRE_OK(notes);
    CHECK(notes->size() == 2); // the interview and its correction from makeHandoffCase
    CHECK_FALSE(net.laptop(2).ws->notes().get(kept->id).ok());
    CHECK_FALSE(net.laptop(2).ws->notes().get(keptFix->id).ok());
    CHECK(ws.notes().get(kept->id).ok()); // still here, in the organisation's space
}

TEST_CASE("a laptop already known to the server joins a shared space on it under another name", "[sync][spaces]")
{
    TwoOrganisations net;
    const QString shared = test::openSharedSpace(net);
    // Laptop 1 is registered on the union's server as "Laptop 1"; the space's admins see the name
    // it gives for this join, and its keys check out against the invite.
    net.admit(1, 0, shared, kHongKong, QStringLiteral("Laptop Ayu, for Sumiati's case"));
    auto members = sync::SyncSpaces(*net.laptop(0).db).members(shared);
    REQUIRE_OK(members);
    CHECK(std::any_of(members->cbegin(), members->cend(),
        [](const sync::SpaceMember &m) { return m.label == QStringLiteral("Laptop Ayu, for Sumiati's case"); }));
}

TEST_CASE("the server opens spaces only for an organisation's admins, not from a shared space", "[sync][spaces]")
{
    TwoOrganisations net;
    const QString shared = test::openSharedSpace(net);
    auto ask = [&](int laptop, const QString &fromSpace) {
        net.pause();
        InProcessTransport link(net.hkServer);
        auto identity = sync::SyncIdentity::loadOrCreate(*net.laptop(laptop).db, net.laptop(laptop).random);
        REQUIRE_OK(identity);
        sync::ServerSession session(link, *identity);
        const auto secrets
            = protocol::InviteSecrets::derive(protocol::InviteCode::generate(net.laptop(laptop).random), net.cost);
        REQUIRE_OK(secrets);
        protocol::SpaceRequest req;
        req.spaceId = sync::ChangeCodec::idBytes(fromSpace);
        req.newSpaceId = net.laptop(laptop).random.bytes(16);
        req.name = QStringLiteral("Another space");
        req.inviteId = secrets->inviteId;
        req.verifyKey = secrets->proof.publicKey();
        req.expiresAt = net.hkServer.clock.nowMs() + 60'000;
        const auto reply = session.space(QStringLiteral("/v1/spaces/create"), req);
        return reply.ok() ? 200 : session.lastStatus() ? session.lastStatus() : -1;
    };
    // A member of the union (not an admin) is refused by the server itself.
    CHECK(ask(1, net.hkSpace) == 403);
    // The NGO's admin of the shared space cannot open more spaces on the union's server from it;
    // the union's admin cannot either: spaces are opened from the organisation's own.
    CHECK(ask(0, shared) == 403);
    CHECK(ask(0, net.hkSpace) == 200);
}

TEST_CASE("a shared space's changes travel as a file between its members, each space in its own file",
    "[sync][spaces][bundle]")
{
    TwoOrganisations net;
    const QString sharedSpace = test::openSharedSpace(net);
    const test::HandoffCase k = test::makeHandoffCase(net.laptop(0));
    for (int i : {0, 2})
        net.syncOk(i);
    // The union's admin moves the case while in a village without signal.
    net.offline.insert(0);
    REQUIRE_OK(sync::CaseMove(*net.laptop(0).ws).move(k.caseId, sharedSpace));

    // The organisation's file holds only the marker, which the NGO cannot open; the shared
    // space's file holds the case.
    auto home = sync::BundleExport(*net.laptop(0).db, net.laptop(0).clock, net.laptop(0).random).make();
    REQUIRE_OK(home);
    CHECK(home->envelopes == 1);
    auto refused = sync::BundleImport(*net.laptop(2).db, net.laptop(2).clock, net.laptop(2).random).apply(home->file);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().rule == QLatin1String("bundle_other_space"));
    auto file = sync::BundleExport(*net.laptop(0).db, net.laptop(0).clock, net.laptop(0).random).make(sharedSpace);
    REQUIRE_OK(file);
    CHECK(file->envelopes > 10);
    auto read = sync::BundleImport(*net.laptop(2).db, net.laptop(2).clock, net.laptop(2).random).apply(file->file);
    REQUIRE_OK(read);
    CHECK(read->quarantined == 0);
    CHECK(net.laptop(2).ws->cases().get(k.caseId).ok());
    CHECK(net.laptop(2).ws->claims().forCase(k.caseId)->size() == 2);

    // A space this laptop is not in has no file.
    auto notJoined = sync::BundleExport(*net.laptop(1).db, net.laptop(1).clock, net.laptop(1).random).make(sharedSpace);
    REQUIRE_FALSE(notJoined.ok());
    CHECK(notJoined.error().rule == QLatin1String("not_a_member"));
}
