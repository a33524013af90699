#include "BundleTestSupport.h"

#include "sync/ChangeCodec.h"

#include <catch2/catch.hpp>

using namespace lintas;
using test::caseOf;
using test::count;
using test::exportBundle;
using test::importOk;
using test::SyncDevices;

namespace {

qint64 serverHead(SyncDevices &net)
{
    auto head = net.server.store->head(net.spaceId);
    REQUIRE(head.ok());
    return head->seq;
}

QVector<QByteArray> serverEnvelopes(SyncDevices &net)
{
    auto records = net.server.store->read(net.spaceId, 0, 10'000, 64LL << 20);
    REQUIRE(records.ok());
    QVector<QByteArray> out;
    for (const auto &r : *records)
        out.push_back(r.envelope);
    return out;
}

QVector<QByteArray> envelopesOf(const QByteArray &file)
{
    auto read = protocol::ReadBundle::decode(file);
    REQUIRE(read.ok());
    return read->bundle.envelopes;
}

} // namespace

TEST_CASE("a bundle carries one laptop's edits to another, as network sync would", "[sync][bundle]")
{
    SyncDevices net(3);
    auto &lampung = net.laptop(0); // no signal: exports to a file
    auto &office = net.laptop(1); // imports the file
    const auto client = lampung.addClient(QStringLiteral("Siti Aminah"));
    const auto kase = lampung.addCase(client.id);
    const auto note = test::addNote(lampung, kase.id, QStringLiteral("Agen menahan paspor"));
    const qint64 changes = lampung.outboxCount();
    const qint64 officeOutbox = office.outboxCount();

    const QByteArray file = exportBundle(lampung);
    CHECK(envelopesOf(file).size() == changes);
    const auto imported = importOk(office, file);
    CHECK(imported.envelopes == changes);
    CHECK(imported.applied == changes);
    CHECK(imported.quarantined == 0);
    CHECK(caseOf(office, kase.id).clientId == client.id);
    auto there = office.ws->notes().get(note.id);
    REQUIRE(there.ok());
    CHECK(there->body == note.body);
    // Exporting waits for nothing and sends nothing: the changes still wait for the server.
    CHECK(count(lampung, "SELECT count(*) FROM outbox WHERE pushed_at IS NULL") == changes);
    CHECK(office.outboxCount() == officeOutbox);

    // The third laptop learns the same through the server: the same data everywhere.
    test::requireSynced(net, 0);
    test::requireSynced(net, 2);
    CHECK(net.dump(1) == net.dump(0));
    CHECK(net.dump(2) == net.dump(1));
}

TEST_CASE("a bundle applies once, however often and by whichever way its records come again", "[sync][bundle]")
{
    SyncDevices net(2);
    auto &lampung = net.laptop(0);
    auto &office = net.laptop(1);
    const auto client = lampung.addClient(QStringLiteral("Sri Wahyuni"));
    const auto kase = lampung.addCase(client.id);
    test::addNote(lampung, kase.id, QStringLiteral("Gaji tidak dibayar tiga bulan"));
    const qint64 changes = lampung.outboxCount();
    const QByteArray file = exportBundle(lampung);

    CHECK(importOk(office, file).applied == changes);
    const auto again = importOk(office, file);
    CHECK(again.applied == 0);
    CHECK(again.alreadyApplied == changes);
    const QStringList afterBundle = net.dump(1);

    // The same bytes go to the server: one record per change, and the office's pull applies
    // nothing a second time.
    test::requireSynced(net, 0);
    CHECK(serverHead(net) == changes);
    CHECK((serverEnvelopes(net) == envelopesOf(file)));
    const auto pulled = net.sync(1);
    REQUIRE(pulled.ok());
    CHECK(pulled.applied == 0);
    CHECK(net.dump(1) == afterBundle);
    CHECK(net.dump(0) == afterBundle);

    // An acknowledgement lost on the way: the exporter pushes its bundled bytes again and the
    // server answers "duplicate"; still one record per change.
    REQUIRE(lampung.db->execScript(QStringLiteral("UPDATE outbox SET pushed_at = NULL, server_seq = NULL;")).ok());
    const auto repushed = net.sync(0);
    REQUIRE(repushed.ok());
    CHECK(repushed.pushed == changes);
    CHECK(repushed.refused == 0);
    CHECK(serverHead(net) == changes);
    // A bundle made after the push holds nothing: only what the server has not acknowledged goes.
    CHECK(envelopesOf(exportBundle(lampung)).isEmpty());
}

TEST_CASE("changes delivered by bundle and by network in different orders converge", "[sync][bundle][convergence]")
{
    SyncDevices net(3);
    auto &a = net.laptop(0);
    auto &b = net.laptop(1);
    auto &c = net.laptop(2);

    const auto client = a.addClient(QStringLiteral("Dewi Lestari"));
    const auto kase = a.addCase(client.id);
    const QByteArray fromA = exportBundle(a); // a stays offline for now

    // b learns a's case by bundle, works on it and syncs: its edit and note reach the server
    // before the case itself does.
    importOk(b, fromA);
    b.clock.advanceMs(60'000);
    auto onB = caseOf(b, kase.id);
    onB.risk = QStringLiteral("high");
    REQUIRE(b.ws->cases().update(onB).ok());
    test::addNote(b, kase.id, QStringLiteral("Dari b"));
    test::requireSynced(net, 1);

    // c pulls b's edit and note before it has the case, then gets the case by bundle.
    test::requireSynced(net, 2);
    importOk(c, fromA);
    c.clock.advanceMs(120'000);
    auto onC = caseOf(c, kase.id);
    onC.risk = QStringLiteral("low"); // concurrent with nothing: c has seen b's edit
    REQUIRE(c.ws->cases().update(onC).ok());
    const auto other = c.addClient(QStringLiteral("Ratna Sari"));
    const QByteArray fromC = exportBundle(c);

    // a, still offline, edits the same field concurrently, then hears from c by bundle.
    a.clock.advanceMs(30'000);
    auto onA = caseOf(a, kase.id);
    onA.risk = QStringLiteral("medium");
    REQUIRE(a.ws->cases().update(onA).ok());
    importOk(a, fromC);

    // Then everyone syncs, in an order that delivers c's bundled changes to b twice over.
    importOk(b, fromC);
    for (int round = 0; round < 2; ++round)
        for (int i : {0, 2, 1})
            test::requireSynced(net, i);
    CHECK(count(a, "SELECT count(*) FROM sync_quarantine") == 0);
    CHECK(count(b, "SELECT count(*) FROM sync_quarantine") == 0);
    CHECK(count(c, "SELECT count(*) FROM sync_quarantine") == 0);
    CHECK(net.dump(0) == net.dump(1));
    CHECK(net.dump(1) == net.dump(2));
    CHECK(caseOf(a, kase.id).risk == QStringLiteral("low"));
    CHECK(a.ws->clients().get(other.id).ok());
    // Everyone logs a's edit as lost. a also logs b's, which reached it after c's edit that had
    // replaced it (the file came first): a laptop cannot tell a replaced write from a lost one
    // when the replacement arrives first (docs/decisions.md, D40).
    CHECK(test::openConflicts(b).size() == 1);
    CHECK(test::openConflicts(c).size() == 1);
    CHECK(test::openConflicts(a).size() == 2);
}

TEST_CASE("a laptop's own changes in a bundle are skipped", "[sync][bundle]")
{
    SyncDevices net(1);
    auto &lampung = net.laptop(0);
    lampung.addClient(QStringLiteral("Siti Aminah"));
    const auto own = importOk(lampung, exportBundle(lampung));
    CHECK(own.ownSkipped == lampung.outboxCount());
    CHECK(own.applied == 0);
    CHECK(count(lampung, "SELECT count(*) FROM sync_applied") == 0);
}

TEST_CASE("a record a bundle brings that must wait waits once, and takes its place when pulled", "[sync][bundle]")
{
    SyncDevices net(2);
    auto &ahead = net.laptop(0);
    auto &office = net.laptop(1);
    ahead.clock.advanceMs(3LL * 24 * 60 * 60 * 1000); // a laptop three days ahead, never corrected
    ahead.addClient(QStringLiteral("Siti Aminah"));
    const qint64 changes = ahead.outboxCount();
    const QByteArray file = exportBundle(ahead);

    CHECK(importOk(office, file).quarantined == changes);
    CHECK(importOk(office, file).quarantined == changes);
    CHECK(count(office, "SELECT count(*) FROM sync_quarantine WHERE reason = 'clock_ahead' AND server_seq IS NULL")
        == changes);

    test::requireSynced(net, 0);
    test::requireSynced(net, 1);
    CHECK(count(office, "SELECT count(*) FROM sync_quarantine") == changes);
    CHECK(count(office, "SELECT count(*) FROM sync_quarantine WHERE server_seq IS NULL") == 0);
}
