#include "repo/EntityTable.h"
#include "support/WorkspaceFixture.h"

#include <QDate>

#include <catch2/catch.hpp>

using namespace lintas;
using namespace lintas::repo;

TEST_CASE("invalid input is refused with the field named and nothing written", "[repo]")
{
    test::WorkspaceFixture f;
    domain::Client nameless;
    nameless.fullName = QStringLiteral("   ");
    auto r = f.ws->clients().create(nameless);
    REQUIRE_FALSE(r.ok());
    CHECK(r.code() == ErrorCode::Validation);
    CHECK(r.error().field == QStringLiteral("full_name"));

    domain::Client badNik;
    badNik.fullName = QStringLiteral("Yati");
    badNik.nik = QStringLiteral("12345");
    CHECK(f.ws->clients().create(badNik).error().field == QStringLiteral("nik"));

    domain::Client future;
    future.fullName = QStringLiteral("Yati");
    future.birthDate = QDate(2090, 1, 1);
    CHECK(f.ws->clients().create(future).error().field == QStringLiteral("birth_date"));

    domain::Case orphan;
    orphan.clientId = QStringLiteral("nope");
    CHECK(f.ws->cases().create(orphan).error().field == QStringLiteral("client_id"));

    auto client = f.addClient(QStringLiteral("Yati"));
    domain::Case badType;
    badType.clientId = client.id;
    badType.caseTypes = {QStringLiteral("not_a_type")};
    CHECK(f.ws->cases().create(badType).error().field == QStringLiteral("case_types"));

    domain::Claim negative;
    negative.caseId = f.addCase(client.id).id;
    negative.claimType = QStringLiteral("wages_arrears");
    negative.currency = QStringLiteral("HKD");
    negative.amountClaimed = -5;
    CHECK(f.ws->claims().create(negative).error().field == QStringLiteral("amount_claimed"));

    CHECK(f.outboxCount() == 2); // only the valid client and case
}

TEST_CASE("case status follows the workflow", "[repo]")
{
    test::WorkspaceFixture f;
    auto kase = f.addCase(f.addClient(QStringLiteral("Lastri")).id);
    CHECK(kase.status == QStringLiteral("intake"));
    CHECK(kase.openedOn == QDate(2026, 11, 18));
    kase.status = QStringLiteral("assessment");
    REQUIRE(f.ws->cases().update(kase).ok());
    kase.status = QStringLiteral("closed");
    kase.outcome = QStringLiteral("settled");
    REQUIRE(f.ws->cases().update(kase).ok());
    kase.status = QStringLiteral("intake");
    auto back = f.ws->cases().update(kase);
    REQUIRE_FALSE(back.ok());
    CHECK(back.error().field == QStringLiteral("status"));
}

TEST_CASE("case list filters, sorts and pages", "[repo]")
{
    test::WorkspaceFixture f;
    auto a = f.addClient(QStringLiteral("Asih"));
    auto b = f.addClient(QStringLiteral("Budiarti"));
    auto c1 = f.addCase(a.id, {QStringLiteral("unpaid_wages")});
    f.clock.advanceMs(1000);
    auto c2 = f.addCase(b.id, {QStringLiteral("sexual_harassment")});
    f.clock.advanceMs(1000);
    auto c3 = f.addCase(b.id, {QStringLiteral("unpaid_wages"), QStringLiteral("agency_overcharging")});
    c3.risk = QStringLiteral("high");
    c3.assignees = {QStringLiteral("Dewi")};
    REQUIRE(f.ws->cases().update(c3).ok());
    domain::Deadline d;
    d.caseId = c2.id;
    d.kind = QStringLiteral("limitation");
    d.title = QStringLiteral("EOC 12 bulan");
    d.dueOn = QDate(2026, 11, 25);
    REQUIRE(f.ws->deadlines().create(d).ok());

    CaseFilter all;
    CHECK(f.ws->cases().count(all).value() == 3);
    auto recent = f.ws->cases().list(all, CaseSort::RecentlyUpdated, 10).value();
    REQUIRE(recent.size() == 3);
    CHECK(recent[0].id == c3.id);
    CHECK(recent[0].clientName == QStringLiteral("Budiarti"));
    CHECK(recent[0].caseTypes == QStringList {QStringLiteral("agency_overcharging"), QStringLiteral("unpaid_wages")});

    CaseFilter wages;
    wages.caseType = QStringLiteral("unpaid_wages");
    CHECK(f.ws->cases().count(wages).value() == 2);
    CaseFilter dewi;
    dewi.assignee = QStringLiteral("Dewi");
    CHECK(f.ws->cases().list(dewi, CaseSort::Reference, 10).value().size() == 1);
    CaseFilter high;
    high.risk = QStringLiteral("high");
    CHECK(f.ws->cases().list(high, CaseSort::Reference, 10).value().first().id == c3.id);
    CaseFilter soon;
    soon.deadlineWithinDays = 7;
    auto due = f.ws->cases().list(soon, CaseSort::NextDeadline, 10).value();
    REQUIRE(due.size() == 1);
    CHECK(due[0].nextDeadline == QDate(2026, 11, 25));
    soon.deadlineWithinDays = 3;
    CHECK(f.ws->cases().count(soon).value() == 0);

    CaseFilter chosen; // e.g. search hits, with the other filters on top
    chosen.ids = {c1.id, c3.id, QStringLiteral("no-such-case")};
    auto picked = f.ws->cases().list(chosen, CaseSort::Reference, 10).value();
    REQUIRE(picked.size() == 2);
    CHECK(QStringList {picked[0].id, picked[1].id}.contains(c1.id));
    CHECK(QStringList {picked[0].id, picked[1].id}.contains(c3.id));
    for (const auto &row : picked) // the case types of every row, read in one query
        CHECK(row.caseTypes == (row.id == c1.id ? QStringList {QStringLiteral("unpaid_wages")} : recent[0].caseTypes));
    chosen.risk = QStringLiteral("high");
    CHECK(f.ws->cases().count(chosen).value() == 1);
    CHECK(f.ws->cases().list(chosen, CaseSort::ClientName, 10).value().size() == 1); // on the keys table

    // A long page (the command line asks for thousands) reads its case types in chunks: SQLite
    // takes at most 999 bound values per statement.
    const repo::EntityDef *caseDef = nullptr;
    for (const repo::EntityDef *def : repo::allEntityDefs())
        caseDef = def->name == QStringLiteral("case") ? def : caseDef;
    REQUIRE(caseDef);
    QStringList many;
    for (int i = 0; i < 1200; ++i)
        many << QStringLiteral("missing-%1").arg(i);
    many << c3.id;
    auto types = repo::EntityTable(*f.db, *caseDef).liveElements(many, QStringLiteral("case_types"));
    REQUIRE(types.ok());
    CHECK(types->size() == 1);
    CHECK(types->value(c3.id) == recent[0].caseTypes);

    auto byName = f.ws->cases().list(all, CaseSort::ClientName, 2, 0).value();
    CHECK(byName[0].id == c1.id);
    CHECK(f.ws->cases().list(all, CaseSort::ClientName, 2, 2).value().size() == 1);

    REQUIRE(f.ws->cases().remove(c1.id).ok());
    CHECK(f.ws->cases().count(all).value() == 2);
}

TEST_CASE("claims keep a per-currency money ledger with instalments", "[repo]")
{
    test::WorkspaceFixture f;
    auto kase = f.addCase(f.addClient(QStringLiteral("Parsih")).id);
    domain::Claim hk;
    hk.caseId = kase.id;
    hk.claimType = QStringLiteral("wages_arrears");
    hk.currency = QStringLiteral("HKD");
    hk.amountClaimed = 2040000; // HK$20,400.00
    hk.amountAwarded = 1530000;
    auto claim = f.ws->claims().create(hk).value();
    domain::Claim idr;
    idr.caseId = kase.id;
    idr.claimType = QStringLiteral("agency_fee_refund");
    idr.currency = QStringLiteral("IDR");
    idr.amountClaimed = 12500000;
    REQUIRE(f.ws->claims().create(idr).ok());
    for (int i = 0; i < 3; ++i) {
        domain::ClaimPayment p;
        p.claimId = claim.id;
        p.amount = 510000;
        p.paidOn = QDate(2026, 8 + i, 1);
        REQUIRE(f.ws->claims().addPayment(p).ok());
    }
    domain::ClaimPayment zero;
    zero.claimId = claim.id;
    zero.paidOn = QDate(2026, 9, 1);
    CHECK(f.ws->claims().addPayment(zero).error().field == QStringLiteral("amount"));

    auto totals = f.ws->claims().totals(kase.id).value();
    REQUIRE(totals.size() == 2);
    CHECK(totals[QStringLiteral("HKD")].claimed == 2040000);
    CHECK(totals[QStringLiteral("HKD")].awarded == 1530000);
    CHECK(totals[QStringLiteral("HKD")].paid == 1530000);
    CHECK(totals[QStringLiteral("IDR")].claimed == 12500000);
    CHECK(totals[QStringLiteral("IDR")].paid == 0);
}

TEST_CASE("notes are append-only, corrections reference the note they correct", "[repo]")
{
    test::WorkspaceFixture f;
    auto kase = f.addCase(f.addClient(QStringLiteral("Eni")).id);
    domain::Note n;
    n.caseId = kase.id;
    n.kind = QStringLiteral("call");
    n.body = QStringLiteral("Telepon dengan agen, dijanjikan gaji dibayar Jumat.");
    auto note = f.ws->notes().create(n).value();
    CHECK_FALSE(f.ws->notes().update(note).ok());
    domain::Note fix;
    fix.caseId = kase.id;
    fix.kind = QStringLiteral("correction");
    fix.body = QStringLiteral("Koreksi: dijanjikan hari Senin, bukan Jumat.");
    fix.correctsNoteId = note.id;
    REQUIRE(f.ws->notes().create(fix).ok());
    fix.correctsNoteId = QStringLiteral("missing");
    fix.id.clear();
    CHECK(f.ws->notes().create(fix).error().field == QStringLiteral("corrects_note_id"));
    CHECK(f.ws->notes().forCase(kase.id).value().size() == 2);
}

TEST_CASE("phone history, parties across cases, referrals need consent, activity grids converge", "[repo]")
{
    test::WorkspaceFixture f;
    auto client = f.addClient(QStringLiteral("Sulastri"));
    domain::ClientPhone old;
    old.clientId = client.id;
    old.number = QStringLiteral("+852 9123 4567");
    old.kind = QStringLiteral("whatsapp");
    old.validFrom = QDate(2023, 1, 1);
    old.validUntil = QDate(2026, 3, 1);
    REQUIRE(f.ws->clients().addPhone(old).ok());
    domain::ClientPhone current;
    current.clientId = client.id;
    current.number = QStringLiteral("0812-3456-7890");
    current.kind = QStringLiteral("mobile");
    current.validFrom = QDate(2026, 3, 2);
    REQUIRE(f.ws->clients().addPhone(current).ok());
    auto phones = f.ws->clients().phones(client.id).value();
    REQUIRE(phones.size() == 2);
    CHECK(phones[0].number == current.number);

    auto agency = f.ws->parties()
                      .create({{}, QStringLiteral("agency_overseas"), QStringLiteral("Lucky Star Agency"),
                          QStringLiteral("hk")})
                      .value();
    for (int i = 0; i < 3; ++i) {
        auto kase = f.addCase(client.id);
        REQUIRE(f.ws->parties().link({{}, kase.id, agency.id, QStringLiteral("agency")}).ok());
    }
    auto usage = f.ws->parties().listWithCaseCounts().value();
    REQUIRE(usage.size() == 1);
    CHECK(usage[0].caseCount == 3);

    auto org
        = f.ws->organisations()
              .create({{}, QStringLiteral("LBH Bandar Lampung"), QStringLiteral("legal_aid"), QStringLiteral("id")})
              .value();
    domain::Referral ref;
    ref.caseId = f.addCase(client.id).id;
    ref.organisationId = org.id;
    ref.status = QStringLiteral("sent");
    CHECK(f.ws->referrals().create(ref).error().field == QStringLiteral("consent_id"));
    domain::Consent consent;
    consent.clientId = client.id;
    consent.recipient = org.name;
    consent.organisationId = org.id;
    consent.givenOn = QDate(2026, 11, 1);
    ref.consentId = f.ws->consents().create(consent).value().id;
    CHECK(f.ws->referrals().create(ref).ok());

    domain::Activity a;
    a.kind = QStringLiteral("training");
    a.heldOn = QDate(2026, 10, 10);
    auto act = f.ws->activities().create(a).value();
    REQUIRE(f.ws->activities().setCount(act.id, QStringLiteral("female"), QStringLiteral("18_24"), 12).ok());
    REQUIRE(f.ws->activities().setCount(act.id, QStringLiteral("female"), QStringLiteral("18_24"), 14).ok());
    REQUIRE(f.ws->activities().setCount(act.id, QStringLiteral("male"), QStringLiteral("18_24"), 3).ok());
    auto counts = f.ws->activities().counts(act.id).value();
    REQUIRE(counts.size() == 2);
    CHECK(counts[0].count == 14);
    CHECK_FALSE(f.ws->activities().setCount(act.id, QStringLiteral("female"), QStringLiteral("18_24"), -1).ok());
}
