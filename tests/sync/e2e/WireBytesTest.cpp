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
