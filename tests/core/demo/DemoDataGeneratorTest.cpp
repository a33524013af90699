#include "demo/DemoDataGenerator.h"
#include "demo/DemoRandom.h"
#include "domain/CodeLists.h"
#include "domain/Regions.h"
#include "support/WorkspaceFixture.h"
#include "sync/OutboxReplay.h"
#include "transfer/DataExporter.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace lintas;
using namespace lintas::demo;

namespace {

const DemoSize kTiny {30, 36, 300, 60, 6};

int count(test::WorkspaceFixture &f, const QString &sql)
{
    return f.db->scalar(sql).value().toInt();
}

QStringList column(test::WorkspaceFixture &f, const QString &sql)
{
    QStringList out;
    auto st = f.db->prepare(sql);
    REQUIRE(st.ok());
    while (st->step().value())
        out << st->text(0);
    return out;
}

} // namespace

TEST_CASE("demo data has the requested size and goes through the write path", "[demo]")
{
    test::WorkspaceFixture f;
    DemoDataGenerator gen(*f.ws, 2024);
    int lastDone = -1;
    int calls = 0;
    REQUIRE(gen.generate(kTiny,
                   [&](int done, int total) {
                       CHECK(total == kTiny.total());
                       CHECK(done >= lastDone);
                       lastDone = done;
                       ++calls;
                       return true;
                   })
                .ok());
    CHECK(lastDone == kTiny.total());
    CHECK(calls >= 1);
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM clients")) == kTiny.clients);
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM cases")) == kTiny.cases);
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM notes")) == kTiny.notes);
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM deadlines")) == kTiny.deadlines);
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM activities")) == kTiny.activities);
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM organisations WHERE seed_key IS NOT NULL")) >= 20);
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM client_phones")) >= kTiny.clients);
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM claims")) > 0);
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM case_parties")) >= kTiny.cases);
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM activity_counts")) >= kTiny.activities);
    CHECK(gen.recordsWritten() == f.outboxCount());

    auto diff = sync::OutboxReplay::differences(*f.db);
    REQUIRE(diff.ok());
    CHECK(diff->isEmpty());
    auto hits = f.ws->search({QStringLiteral("gaji")});
    REQUIRE(hits.ok());
    CHECK_FALSE(hits->isEmpty());
}

TEST_CASE("demo clients look like Indonesian migrant workers", "[demo]")
{
    test::WorkspaceFixture f;
    REQUIRE(DemoDataGenerator(*f.ws, 7).generate({200, 200, 0, 0, 0}).ok());
    const auto regions = domain::Regions::bundled().value();
    auto clients = f.ws->clients().list(1000);
    REQUIRE(clients.ok());
    int female = 0, singleName = 0, withNik = 0, withAliases = 0;
    for (const domain::Client &c : *clients) {
        INFO(c.fullName.toStdString() << " " << c.nik.toStdString() << " " << c.province.toStdString());
        female += c.gender == QStringLiteral("female");
        singleName += !c.fullName.contains(QLatin1Char(' '));
        withAliases += !c.aliases.isEmpty();
        const domain::Province *province = regions.province(c.province);
        REQUIRE(province);
        CHECK(std::any_of(province->regencies.cbegin(), province->regencies.cend(),
            [&](const domain::Regency &r) { return r.displayName() == c.regency; }));
        if (!c.nik.isEmpty()) {
            ++withNik;
            CHECK(QRegularExpression(QStringLiteral("^\\d{16}$")).match(c.nik).hasMatch());
            CHECK(c.nik.startsWith(province->bpsCode));
            const int day = c.nik.mid(6, 2).toInt();
            CHECK((c.gender == QStringLiteral("female")) == (day > 40));
            CHECK(day % 40 == c.birthDate.day());
        }
        auto phones = f.ws->clients().phones(c.id);
        REQUIRE(phones.ok());
        CHECK_FALSE(phones->isEmpty());
        for (const domain::ClientPhone &p : *phones)
            CHECK((p.number.startsWith(QStringLiteral("+62 ")) || p.number.startsWith(QStringLiteral("+852 "))
                || p.number.startsWith(QStringLiteral("+886 ")) || p.number.startsWith(QStringLiteral("+65 "))
                || p.number.startsWith(QStringLiteral("+60 ")) || p.number.startsWith(QStringLiteral("+966 "))));
    }
    CHECK(female > 160);
    CHECK(female < 200);
    CHECK(singleName > 40);
    CHECK(withNik > 150);
    CHECK(withAliases > 40);
}

TEST_CASE("demo cases are consistent: codes, forums by jurisdiction, money, rule-based deadlines", "[demo]")
{
    test::WorkspaceFixture f;
    REQUIRE(DemoDataGenerator(*f.ws, 11).generate({120, 150, 200, 300, 0}).ok());
    auto cases = f.ws->cases().select(QString(), {}, QStringLiteral("t.id"));
    REQUIRE(cases.ok());
    QMap<QString, int> byType, byJurisdiction;
    for (const domain::Case &c : *cases) {
        INFO(c.reference.toStdString());
        CHECK_FALSE(c.caseTypes.isEmpty());
        CHECK(domain::caseStatuses().contains(c.status));
        CHECK(c.chronology.contains(QStringLiteral("Klien")));
        CHECK(c.closedOn.isValid() == (c.status == QStringLiteral("closed")));
        for (const QString &t : c.caseTypes)
            ++byType[t];
        for (const QString &j : c.jurisdictions)
            ++byJurisdiction[j];
        for (const QString &forum : c.forums) {
            const QString group = domain::forums().find(forum)->group;
            CHECK((c.jurisdictions.contains(group) || group == QStringLiteral("other")));
        }
        auto claims = f.ws->claims().forCase(c.id);
        REQUIRE(claims.ok());
        for (const domain::Claim &claim : *claims) {
            CHECK(claim.amountClaimed.value_or(0) > 0);
            if (claim.currency == QStringLiteral("HKD") && claim.claimType == QStringLiteral("wages_arrears")
                && c.caseTypes.contains(QStringLiteral("unpaid_wages"))) {
                // Months of the Minimum Allowable Wage: a multiple of one month's HK$4,630–5,600.
                CHECK(*claim.amountClaimed >= 463000);
            }
            qint64 paid = 0;
            const auto payments = f.ws->claims().payments(claim.id);
            REQUIRE(payments.ok());
            for (const domain::ClaimPayment &p : *payments)
                paid += p.amount;
            CHECK(paid <= claim.amountAwarded.value_or(0));
        }
    }
    CHECK(byJurisdiction.value(QStringLiteral("hk")) > byJurisdiction.value(QStringLiteral("tw")));
    CHECK(byType.value(QStringLiteral("unpaid_wages")) > byType.value(QStringLiteral("trafficking_forced_labour")));
    CHECK(count(f,
              QStringLiteral("SELECT count(*) FROM deadlines WHERE rule_id IS NOT NULL AND rule_version > 0 "
                             "AND source IS NOT NULL AND trigger_date IS NOT NULL"))
        > 30);
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM deadlines WHERE kind = 'hearing'")) > 0);
    CHECK(count(f, QStringLiteral("SELECT count(DISTINCT currency) FROM claims")) >= 4);
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM claim_payments")) > 0);
    // Agencies and placement companies are shared by cases, employers mostly not.
    CHECK(count(f,
              QStringLiteral("SELECT max(n) FROM (SELECT count(*) n FROM case_parties l JOIN parties p ON p.id = "
                             "l.party_id WHERE p.kind = 'p3mi' GROUP BY l.party_id)"))
        >= 3);
    CHECK(column(f, QStringLiteral("SELECT name FROM parties WHERE kind = 'p3mi' LIMIT 1"))
              .first()
              .startsWith(QStringLiteral("PT ")));
}

TEST_CASE("the same seed and size give the same data", "[demo]")
{
    auto exportOf = [](std::uint64_t workspaceSeed, std::uint64_t demoSeed) {
        test::WorkspaceFixture f(workspaceSeed);
        REQUIRE(DemoDataGenerator(*f.ws, demoSeed).generate(kTiny).ok());
        return transfer::DataExporter(*f.ws).toJson().value();
    };
    const QByteArray a = exportOf(7, 42);
    CHECK(exportOf(7, 42) == a);
    CHECK(exportOf(7, 43) != a);
}

TEST_CASE("demo generation can be cancelled and refuses to repeat a seed", "[demo]")
{
    test::WorkspaceFixture f;
    auto cancelled = DemoDataGenerator(*f.ws, 5).generate({300, 300, 1000, 0, 0}, [](int, int) { return false; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.code() == ErrorCode::Cancelled);
    CHECK(count(f, QStringLiteral("SELECT count(*) FROM notes")) < 1000);
    CHECK(sync::OutboxReplay::differences(*f.db).value().isEmpty());

    test::WorkspaceFixture g;
    REQUIRE(DemoDataGenerator(*g.ws, 5).generate({3, 3, 3, 3, 1}).ok());
    auto again = DemoDataGenerator(*g.ws, 5).generate({3, 3, 3, 3, 1});
    REQUIRE_FALSE(again.ok());
    CHECK(again.code() == ErrorCode::Validation);
    CHECK(again.error().field == QStringLiteral("seed"));
    REQUIRE(DemoDataGenerator(*g.ws, 6).generate({3, 3, 3, 3, 1}).ok());
}

TEST_CASE("allocate splits exactly", "[demo]")
{
    DemoRandom r(1);
    const QVector<int> counts = DemoDataGenerator::allocate(1001, {1, 2, 0, 3.5}, r);
    CHECK(std::accumulate(counts.cbegin(), counts.cend(), 0) == 1001);
    CHECK(counts[1] > counts[0]);
    CHECK(counts[3] > counts[1]);
}

// Not run by default: `lintas-tests-core-demo "[perf]"` prints the throughput of the small preset
// (LINTAS_DEMO_CLIENTS=N for the small preset scaled to N clients, with progress lines).
TEST_CASE("demo generation speed, small preset", "[.][perf]")
{
    test::WorkspaceFixture f;
    DemoDataGenerator gen(*f.ws, 1);
    QElapsedTimer timer;
    timer.start();
    const DemoSize size = qEnvironmentVariableIsSet("LINTAS_DEMO_CLIENTS")
        ? DemoSize::scaled(qEnvironmentVariableIntValue("LINTAS_DEMO_CLIENTS"))
        : DemoSize::small();
    REQUIRE(gen.generate(size,
                   [&](int done, int total) {
                       if (qEnvironmentVariableIsSet("LINTAS_DEMO_CLIENTS"))
                           WARN(done << "/" << total << " " << timer.elapsed() << " ms");
                       return true;
                   })
                .ok());
    const double seconds = double(timer.elapsed()) / 1000.0;
    WARN(size.clients << " clients: " << size.total() << " items, " << gen.recordsWritten() << " records in " << seconds
                      << " s = " << int(size.total() / seconds) << " items/s, "
                      << int(double(gen.recordsWritten()) / seconds) << " records/s");
}
