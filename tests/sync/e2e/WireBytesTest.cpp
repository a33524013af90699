#include "Org.h"

#include "support/FaultProxy.h"

#include <catch2/catch.hpp>

using namespace lintas;
using test::Org;

namespace {

domain::Case caseOf(test::WorkspaceFixture &f, const QString &id)
{
    auto c = f.ws->cases().get(id);
    REQUIRE(c.ok());
    return *c;
}

// Bytes both ways through the proxy for one sync run (login included) of what waits.
qint64 bytesToSync(test::WorkspaceFixture &laptop, test::FaultProxy &proxy)
{
    proxy.resetCounters();
    const auto out = test::syncOver(laptop, QStringLiteral("http://127.0.0.1:%1").arg(proxy.port()));
    INFO(out.detail.toStdString());
    REQUIRE(out.ok());
    return proxy.sinceReset().bytesUp + proxy.sinceReset().bytesDown;
}

} // namespace

// SYNC.md's budget, checked on the real exchange (HTTP headers, CBOR, envelope, login and the
// reply included): ≤ 300 B per one-field edit and ≤ 500 B per five-field save inside batches.
TEST_CASE("edits cost little on the wire: a one-field edit and a five-field save inside a batch", "[sync][e2e][bytes]")
{
    Org org;
    test::WorkspaceFixture lampung(61);
    org.enrol({&lampung});
    test::ServerProcess server(org.where);
    test::FaultProxy proxy(QStringLiteral("127.0.0.1"), server.port());
    REQUIRE(proxy.startInThread().ok());

    const auto client = lampung.addClient(QStringLiteral("Siti Aminah"));
    auto kase = lampung.addCase(client.id);
    bytesToSync(lampung, proxy);

    const int edits = 200;
    const QStringList risks {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")};
    for (int i = 0; i < edits; ++i) {
        kase = caseOf(lampung, kase.id);
        kase.risk = risks.at((risks.indexOf(kase.risk) + 1) % 3);
        REQUIRE(lampung.ws->cases().update(kase).ok());
    }
    const qint64 changes = lampung.db->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE pushed_at IS NULL"))
                               .value()
                               .toLongLong();
    REQUIRE(changes == edits);
    const qint64 oneField = bytesToSync(lampung, proxy);
    WARN("one-field edits: " << oneField << " bytes for " << edits << " = " << oneField / edits << " B each");
    CHECK(oneField / edits <= 300);

    for (int i = 0; i < edits; ++i) {
        kase = caseOf(lampung, kase.id);
        kase.risk = risks.at((risks.indexOf(kase.risk) + 1) % 3);
        kase.outcomeNotes = QStringLiteral("Mediasi %1 gagal").arg(i);
        kase.safetyFlag = !kase.safetyFlag;
        kase.demands = QStringLiteral("Gaji 3 bulan HK$ %1").arg(14000 + i);
        kase.strategy = QStringLiteral("Labour Tribunal, sidang ke-%1").arg(i);
        REQUIRE(lampung.ws->cases().update(kase).ok());
    }
    const qint64 fiveFields = bytesToSync(lampung, proxy);
    WARN("five-field saves: " << fiveFields << " bytes for " << edits << " = " << fiveFields / edits << " B each");
    CHECK(fiveFields / edits <= 500);
}

// An idle day: the worker polls once an hour with the token it already holds. SYNC.md allows
// 20 KB a day; one idle round must stay well under 20 KB / 24.
TEST_CASE("an idle poll costs a few hundred bytes", "[sync][e2e][bytes]")
{
    Org org;
    test::WorkspaceFixture lampung(62);
    org.enrol({&lampung});
    test::ServerProcess server(org.where);
    test::FaultProxy proxy(QStringLiteral("127.0.0.1"), server.port());
    REQUIRE(proxy.startInThread().ok());
    lampung.addClient(QStringLiteral("Nur Hayati"));

    sync::HttpTransport transport {QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port())), 10'000};
    sync::SyncSession session; // as the worker keeps it from run to run
    const auto first = sync::SyncEngine(*lampung.db, transport, lampung.clock, lampung.random, &session).run();
    REQUIRE(first.ok());
    proxy.resetCounters();
    const int polls = 24;
    for (int i = 0; i < polls; ++i) {
        const auto idle = sync::SyncEngine(*lampung.db, transport, lampung.clock, lampung.random, &session).run();
        REQUIRE(idle.ok());
        CHECK(idle.rounds == 1);
    }
    const qint64 day = proxy.sinceReset().bytesUp + proxy.sinceReset().bytesDown;
    WARN("idle day, " << polls << " hourly polls: " << day << " bytes (" << day / polls << " B each)");
    CHECK(day <= 20 * 1000);
}
