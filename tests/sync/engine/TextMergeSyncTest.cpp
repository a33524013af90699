#include "SyncDevices.h"

#include "sync/ConflictLog.h"

#include <catch2/catch.hpp>

using namespace lintas;
using test::caseOf;
using test::openConflicts;
using test::SyncDevices;

namespace {

const QString kBase = QStringLiteral("12 Jan: berangkat ke Hong Kong\n"
                                     "3 Mar: gaji tidak dibayar\n"
                                     "9 Apr: paspor ditahan agen\n"
                                     "10 Apr: lari ke shelter\n"
                                     "15 Apr: kontak serikat\n");

void setChronology(test::WorkspaceFixture &f, const QString &caseId, const QString &text)
{
    auto c = caseOf(f, caseId);
    c.chronology = text;
    REQUIRE(f.ws->cases().update(c).ok());
}

void syncOk(SyncDevices &net, int i)
{
    const auto outcome = net.sync(i);
    INFO(outcome.detail.toStdString());
    REQUIRE(outcome.ok());
}

} // namespace

TEST_CASE("offline edits of different lines of a chronology are merged everywhere, with nothing left to resolve",
    "[sync][engine][conflict][merge]")
{
    // Lampung and Hong Kong both know the case; a third laptop only watches.
    SyncDevices net(3);
    auto &lampung = net.laptop(0);
    auto &hongKong = net.laptop(1);
    const auto client = lampung.addClient(QStringLiteral("Sri Wahyuni"));
    auto kase = lampung.addCase(client.id);
    setChronology(lampung, kase.id, kBase);
    for (int i : {0, 1, 2})
        syncOk(net, i);

    // Offline: Lampung corrects the first line and adds a step; five minutes later Hong Kong
    // corrects the third line and adds another. (Changes to neighbouring lines would clash:
    // a line merge needs an untouched line between two people's edits.)
    setChronology(lampung, kase.id,
        QStringLiteral("12 Jan: berangkat ke Hong Kong (Sha Tin)\n"
                       "3 Mar: gaji tidak dibayar\n"
                       "9 Apr: paspor ditahan agen\n"
                       "10 Apr: lari ke shelter\n"
                       "15 Apr: kontak serikat\n"
                       "20 Apr: lapor ke BP3MI\n"));
    hongKong.clock.advanceMs(5 * 60'000);
    setChronology(hongKong, kase.id,
        QStringLiteral("12 Jan: berangkat ke Hong Kong\n"
                       "3 Mar: gaji tidak dibayar\n"
                       "9 Apr: paspor ditahan agen di Lampung\n"
                       "10 Apr: lari ke shelter\n"
                       "15 Apr: kontak serikat\n"
                       "21 Apr: sidang Labour Tribunal\n"));

    const bool hongKongFirst = GENERATE(true, false);
    INFO((hongKongFirst ? "Hong Kong syncs first" : "Lampung syncs first"));
    const int first = hongKongFirst ? 1 : 0;
    const int second = hongKongFirst ? 0 : 1;
    syncOk(net, first);
    syncOk(net, second);
    syncOk(net, first);
    syncOk(net, second);
    syncOk(net, 2);

    const QString merged = QStringLiteral("12 Jan: berangkat ke Hong Kong (Sha Tin)\n"
                                          "3 Mar: gaji tidak dibayar\n"
                                          "9 Apr: paspor ditahan agen di Lampung\n"
                                          "10 Apr: lari ke shelter\n"
                                          "15 Apr: kontak serikat\n"
                                          "20 Apr: lapor ke BP3MI\n"
                                          "21 Apr: sidang Labour Tribunal\n");
    for (int i : {0, 1, 2}) {
        INFO("laptop " << i);
        CHECK(caseOf(net.laptop(i), kase.id).chronology == merged);
        // Nothing was lost, so nobody is asked to choose; the watcher's note of the loss was
        // settled when Lampung's merge arrived.
        CHECK(openConflicts(net.laptop(i)).isEmpty());
    }
    CHECK(net.dump(0) == net.dump(1));
    CHECK(net.dump(1) == net.dump(2));
    // The merge was written once, by the laptop whose text had lost.
    CHECK(lampung.db
              ->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity = 'case' AND payload LIKE "
                                      "'%\"m\":{\"chronology\"%'"))
              .value()
              .toLongLong()
        == 1);
    CHECK(hongKong.db->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE payload LIKE '%\"m\":{%'"))
              .value()
              .toLongLong()
        == 0);
}

TEST_CASE("the same line of a strategy changed on two laptops: the newer wins and the older waits in the conflict log",
    "[sync][engine][conflict][merge]")
{
    SyncDevices net(2);
    auto &lampung = net.laptop(0);
    auto &hongKong = net.laptop(1);
    const auto client = lampung.addClient(QStringLiteral("Sri Wahyuni"));
    auto kase = lampung.addCase(client.id);
    auto c = caseOf(lampung, kase.id);
    c.strategy = QStringLiteral("Mediasi di Labour Department\nLalu Labour Tribunal\n");
    REQUIRE(lampung.ws->cases().update(c).ok());
    syncOk(net, 0);
    syncOk(net, 1);

    auto here = caseOf(lampung, kase.id);
    here.strategy = QStringLiteral("Mediasi lewat serikat\nLalu Labour Tribunal\n");
    REQUIRE(lampung.ws->cases().update(here).ok());
    hongKong.clock.advanceMs(60'000);
    auto there = caseOf(hongKong, kase.id);
    there.strategy = QStringLiteral("Mediasi di konsulat\nLalu Labour Tribunal\n");
    REQUIRE(hongKong.ws->cases().update(there).ok());

    syncOk(net, 0);
    syncOk(net, 1);
    syncOk(net, 0);
    CHECK(net.dump(0) == net.dump(1));
    for (int i : {0, 1}) {
        INFO("laptop " << i);
        CHECK(caseOf(net.laptop(i), kase.id).strategy == there.strategy);
        const auto open = openConflicts(net.laptop(i));
        REQUIRE(open.size() == 1);
        CHECK(open.first().field == QStringLiteral("strategy"));
        CHECK(open.first().lostValue.toString() == here.strategy);
    }
}
