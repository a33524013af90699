#include "TwoOrganisations.h"

#include "support/HandoffTestData.h"
#include "sync/CaseMove.h"

#include <catch2/catch.hpp>

using namespace lintas;
using test::kHongKong;
using test::TwoOrganisations;

namespace {

// Every laptop syncs until no space's log grows any more; fails if that takes more than `rounds`
// rounds (two laptops sending the same change back and forth would never stop).
void settle(TwoOrganisations &net, const QString &sharedSpace, int rounds = 4)
{
    const auto heads = [&] {
        return QVector<qint64> {net.logHead(net.hkServer, net.hkSpace), net.logHead(net.hkServer, sharedSpace),
            net.logHead(net.lampungServer, net.lampungSpace)};
    };
    for (int round = 0; round < rounds; ++round) {
        const auto before = heads();
        for (int i : {0, 1, 2, 3})
            net.syncOk(i);
        if (heads() == before)
            return;
    }
    FAIL("the logs still grow after " << rounds << " rounds");
}

domain::Note noteOn(const QString &caseId, const QString &body, bool confidential = false)
{
    domain::Note n;
    n.caseId = caseId;
    n.kind = QStringLiteral("call");
    n.body = body;
    n.confidential = confidential;
    return n;
}

// The union's admin (laptop 0) has opened a space shared with the NGO's admin (laptop 2); a
// client's case, with her second case, is on both union laptops.
struct SharedCase {
    TwoOrganisations net;
    QString sharedSpace = test::openSharedSpace(net);
    test::HandoffCase k = test::makeHandoffCase(net.laptop(0));

    SharedCase()
    {
        for (int i : {0, 1})
            net.syncOk(i);
    }
};

} // namespace

TEST_CASE("a colleague's edit of a case written before she learned it moved reaches the shared space",
    "[sync][spaces][relay]")
{
    SharedCase shared;
    TwoOrganisations &net = shared.net;
    const QString &sharedSpace = shared.sharedSpace;
    const test::HandoffCase &k = shared.k;

    // Laptop 1 is in a village without signal; meanwhile the case is handed over.
    net.offline.insert(1);
    auto late = net.laptop(1).ws->notes().create(noteOn(k.caseId, QStringLiteral("Klien menelepon dari Metro.")));
    REQUIRE_OK(late);
    auto lateSecret = net.laptop(1).ws->notes().create(
        noteOn(k.caseId, QStringLiteral("Klien takut pada suaminya."), /*confidential=*/true));
    REQUIRE_OK(lateSecret);
    domain::Case renamed = net.laptop(1).ws->cases().get(k.caseId).value();
    renamed.title = QStringLiteral("Gaji tidak dibayar, klien sudah pulang");
    REQUIRE_OK(net.laptop(1).ws->cases().update(renamed));
    REQUIRE_OK(sync::CaseMove(*net.laptop(0).ws).move(k.caseId, sharedSpace));
    for (int i : {0, 2})
        net.syncOk(i);
    CHECK_FALSE(net.laptop(2).ws->notes().get(late->id).ok());

    // Back in signal: her edits go where her laptop thought the case was, the organisation's space;
    // the admin's laptop, in both spaces, sends them on.
    net.offline.erase(1);
    net.syncOk(1);
    const auto atAdmin = net.sync(0);
    REQUIRE(atAdmin.ok());
    net.syncOk(2);
    auto atNgo = net.laptop(2).ws->notes().get(late->id);
    REQUIRE_OK(atNgo);
    CHECK(atNgo->body == QStringLiteral("Klien menelepon dari Metro."));
    CHECK(net.laptop(2).ws->cases().get(k.caseId)->title == renamed.title);
    // Her field edit keeps her clock on the other side: the history is hers, not the relaying
    // laptop's. Only the confidential note differs.
    QStringList atAdminDump = net.dumpOf(0, {k.caseId}, k.otherCaseId);
    atAdminDump.removeIf([&](const QString &line) { return line.contains(lateSecret->id); });
    CHECK(net.dumpOf(2, {k.caseId}, k.otherCaseId) == atAdminDump);
    // A confidential note stays with the organisation, as the move may have left others.
    CHECK_FALSE(net.laptop(2).ws->notes().get(lateSecret->id).ok());
    CHECK(net.laptop(0).ws->notes().get(lateSecret->id).ok());
    // And nothing goes round in circles.
    settle(net, sharedSpace);
}

TEST_CASE("a consent withdrawn on one side reaches the shared space of the client's other case, and back",
    "[sync][spaces][relay]")
{
    SharedCase shared;
    TwoOrganisations &net = shared.net;
    const QString &sharedSpace = shared.sharedSpace;
    const test::HandoffCase &k = shared.k;
    // Her case about unpaid wages goes to the NGO; her second case stays with the union.
    REQUIRE_OK(sync::CaseMove(*net.laptop(0).ws).move(k.caseId, sharedSpace));
    for (int i : {0, 2, 1})
        net.syncOk(i);
    REQUIRE(net.laptop(2).ws->consents().get(k.consentId).ok());

    SECTION("withdrawn by a colleague who is only in the union's space")
    {
        domain::Consent consent = net.laptop(1).ws->consents().get(k.consentId).value();
        consent.withdrawnOn = QDate(2026, 12, 1);
        REQUIRE_OK(net.laptop(1).ws->consents().update(consent));
        for (int i : {1, 0, 2})
            net.syncOk(i);
        CHECK(net.laptop(2).ws->consents().get(k.consentId)->withdrawnOn == QDate(2026, 12, 1));
    }
    SECTION("withdrawn on the admin's laptop, which is in both spaces")
    {
        domain::Consent consent = net.laptop(0).ws->consents().get(k.consentId).value();
        consent.withdrawnOn = QDate(2026, 12, 1);
        REQUIRE_OK(net.laptop(0).ws->consents().update(consent));
        for (int i : {0, 2, 1})
            net.syncOk(i);
        CHECK(net.laptop(2).ws->consents().get(k.consentId)->withdrawnOn == QDate(2026, 12, 1));
        CHECK(net.laptop(1).ws->consents().get(k.consentId)->withdrawnOn == QDate(2026, 12, 1));
    }
    SECTION("the NGO corrects her address, and the union's colleague sees it")
    {
        domain::Client client = net.laptop(2).ws->clients().get(k.clientId).value();
        client.address = QStringLiteral("Desa Sukadana, Lampung Timur");
        REQUIRE_OK(net.laptop(2).ws->clients().update(client));
        for (int i : {2, 0, 1})
            net.syncOk(i);
        CHECK(net.laptop(1).ws->clients().get(k.clientId)->address == client.address);
        // The NGO's own space never holds her.
        CHECK_FALSE(net.laptop(3).ws->clients().get(k.clientId).ok());
    }
    settle(net, sharedSpace);
    CHECK(net.dumpOf(2, {k.clientId, k.consentId}, k.otherCaseId)
        == net.dumpOf(1, {k.clientId, k.consentId}, k.otherCaseId));
}

TEST_CASE("two laptops in both spaces do not send a client's changes back and forth", "[sync][spaces][relay]")
{
    SharedCase shared;
    TwoOrganisations &net = shared.net;
    const QString &sharedSpace = shared.sharedSpace;
    const test::HandoffCase &k = shared.k;
    net.admit(1, 0, sharedSpace, kHongKong);
    REQUIRE_OK(sync::CaseMove(*net.laptop(0).ws).move(k.caseId, sharedSpace));
    settle(net, sharedSpace);

    domain::Client client = net.laptop(1).ws->clients().get(k.clientId).value();
    client.address = QStringLiteral("Kecamatan Pekalongan, Lampung Timur");
    REQUIRE_OK(net.laptop(1).ws->clients().update(client));
    domain::Client atNgo = net.laptop(2).ws->clients().get(k.clientId).value();
    atNgo.preferredLanguage = QStringLiteral("id");
    REQUIRE_OK(net.laptop(2).ws->clients().update(atNgo));
    // An alias is a set add, which a relay passes on as it is.
    domain::Client named = net.laptop(0).ws->clients().get(k.clientId).value();
    named.aliases << QStringLiteral("Mbak Yati");
    REQUIRE_OK(net.laptop(0).ws->clients().update(named));
    settle(net, sharedSpace);
    for (int i : {0, 1, 2}) {
        auto c = net.laptop(i).ws->clients().get(k.clientId);
        REQUIRE_OK(c);
        CHECK(c->address == client.address);
        CHECK(c->preferredLanguage == QStringLiteral("id"));
        CHECK(c->aliases.contains(QStringLiteral("Mbak Yati")));
    }
}

TEST_CASE("a line merge of a moved case's text reaches the shared space", "[sync][spaces][relay]")
{
    SharedCase shared;
    TwoOrganisations &net = shared.net;
    const QString &sharedSpace = shared.sharedSpace;
    const test::HandoffCase &k = shared.k;
    domain::Case base = net.laptop(0).ws->cases().get(k.caseId).value();
    base.chronology = QStringLiteral("2026-08: berangkat ke Hong Kong\n2026-10: gaji berhenti dibayar");
    REQUIRE_OK(net.laptop(0).ws->cases().update(base));
    for (int i : {0, 1})
        net.syncOk(i);

    // Both add a line to the chronology; the colleague, offline, writes last.
    domain::Case mine = base;
    mine.chronology = QStringLiteral("2026-07: kontrak ditandatangani\n") + base.chronology;
    REQUIRE_OK(net.laptop(0).ws->cases().update(mine));
    net.offline.insert(1);
    net.laptop(1).clock.advanceMs(3'600'000);
    domain::Case theirs = net.laptop(1).ws->cases().get(k.caseId).value();
    theirs.chronology = base.chronology + QStringLiteral("\n2026-11: klien pulang ke Lampung");
    REQUIRE_OK(net.laptop(1).ws->cases().update(theirs));
    REQUIRE_OK(sync::CaseMove(*net.laptop(0).ws).move(k.caseId, sharedSpace));
    for (int i : {0, 2})
        net.syncOk(i);

    net.offline.erase(1);
    for (int i : {1, 0, 2})
        net.syncOk(i);
    // The admin's laptop merged its own line back in; the NGO gets the merge, not only the last write.
    const QString merged = net.laptop(0).ws->cases().get(k.caseId)->chronology;
    CHECK(merged.contains(QStringLiteral("kontrak ditandatangani")));
    CHECK(merged.contains(QStringLiteral("klien pulang")));
    CHECK(net.laptop(2).ws->cases().get(k.caseId)->chronology == merged);
    settle(net, sharedSpace);
}
