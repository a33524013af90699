#include "support/HandoffTestData.h"

#include <QDate>

namespace lintas::test {

namespace {

sync::SyncIdentity identityOf(WorkspaceFixture &f)
{
    auto id = sync::SyncIdentity::loadOrCreate(*f.db, f.random);
    REQUIRE(id.ok());
    return std::move(id).value();
}

} // namespace

HandoffProfile::HandoffProfile(std::uint64_t seed, QString displayName)
    : WorkspaceFixture(seed), name(std::move(displayName)), identity(identityOf(*this))
{ }

HandoffCase makeHandoffCase(WorkspaceFixture &f)
{
    repo::Workspace &ws = *f.ws;
    HandoffCase out;
    domain::Organisation ngo;
    ngo.name = QStringLiteral("Yayasan Pekerja Migran Lampung");
    ngo.kind = QStringLiteral("ngo");
    ngo.country = QStringLiteral("id");
    auto org = ws.organisations().create(ngo);
    REQUIRE(org.ok());
    out.organisationId = org->id;

    domain::Party agency;
    agency.kind = QStringLiteral("agency_overseas");
    agency.name = QStringLiteral("Bintang Cemerlang Employment Agency");
    agency.country = QStringLiteral("hk");
    auto party = ws.parties().create(agency);
    REQUIRE(party.ok());
    out.partyId = party->id;

    domain::Client c;
    c.fullName = QStringLiteral("Sumiati binti Karto");
    c.gender = QStringLiteral("female");
    c.status = QStringLiteral("returned");
    c.province = QStringLiteral("Lampung");
    auto client = ws.clients().create(c);
    REQUIRE(client.ok());
    out.clientId = client->id;
    REQUIRE(ws.clients()
                .addPhone(
                    {{}, client->id, QStringLiteral("+62 812-3456-7890"), QStringLiteral("mobile"), QDate(2025, 11, 2)})
                .ok());
    domain::Consent consent;
    consent.clientId = client->id;
    consent.recipient = ngo.name;
    consent.organisationId = org->id;
    consent.method = QStringLiteral("verbal");
    consent.givenOn = QDate(2026, 11, 1);
    auto consentRow = ws.consents().create(consent);
    REQUIRE(consentRow.ok());
    out.consentId = consentRow->id;

    domain::Case k;
    k.clientId = client->id;
    k.title = QStringLiteral("Gaji tidak dibayar empat bulan");
    k.caseTypes = {QStringLiteral("unpaid_wages")};
    k.jurisdictions = {QStringLiteral("hk")};
    k.chronology = QStringLiteral("Majikan berhenti membayar gaji sejak Juli.");
    auto kase = ws.cases().create(k);
    REQUIRE(kase.ok());
    out.caseId = kase->id;
    REQUIRE(ws.parties().link({{}, kase->id, party->id, QStringLiteral("agency"), {}}).ok());

    domain::Claim claim;
    claim.caseId = kase->id;
    claim.claimType = QStringLiteral("wages_arrears");
    claim.currency = QStringLiteral("HKD");
    claim.amountClaimed = 2'040'000;
    auto claimRow = ws.claims().create(claim);
    REQUIRE(claimRow.ok());
    REQUIRE(ws.claims().addPayment({{}, claimRow->id, 510'000, QDate(2026, 1, 15), QStringLiteral("cicilan 1")}).ok());
    domain::Claim fee;
    fee.caseId = kase->id;
    fee.claimType = QStringLiteral("agency_fee_refund");
    fee.currency = QStringLiteral("IDR");
    fee.amountClaimed = 25'000'000;
    REQUIRE(ws.claims().create(fee).ok());

    domain::Deadline d;
    d.caseId = kase->id;
    d.kind = QStringLiteral("limitation");
    d.title = QStringLiteral("Batas klaim MECAB");
    d.dueOn = QDate(2027, 7, 31);
    REQUIRE(ws.deadlines().create(d).ok());
    domain::Deadline task;
    task.caseId = kase->id;
    task.kind = QStringLiteral("task");
    task.title = QStringLiteral("Minta slip gaji");
    task.dueOn = QDate(2026, 12, 20);
    REQUIRE(ws.deadlines().create(task).ok());

    domain::Note n;
    n.caseId = kase->id;
    n.kind = QStringLiteral("interview");
    n.body = QStringLiteral("Wawancara awal di shelter Causeway Bay.");
    auto note = ws.notes().create(n);
    REQUIRE(note.ok());
    domain::Note fix;
    fix.caseId = kase->id;
    fix.kind = QStringLiteral("correction");
    fix.body = QStringLiteral("Koreksi: empat bulan, bukan tiga.");
    fix.correctsNoteId = note->id;
    REQUIRE(ws.notes().create(fix).ok());

    domain::Referral r;
    r.caseId = kase->id;
    r.organisationId = org->id;
    r.consentId = consentRow->id;
    r.reason = QStringLiteral("Pendampingan setelah pulang");
    auto referral = ws.referrals().create(r);
    REQUIRE(referral.ok());
    out.referralId = referral->id;

    domain::Case other;
    other.clientId = client->id;
    other.title = QStringLiteral("Kasus lain yang tidak diserahkan");
    other.caseTypes = {QStringLiteral("unpaid_wages")};
    auto otherCase = ws.cases().create(other);
    REQUIRE(otherCase.ok());
    out.otherCaseId = otherCase->id;
    domain::Note otherNote;
    otherNote.caseId = otherCase->id;
    otherNote.kind = QStringLiteral("interview");
    otherNote.body = QStringLiteral("Catatan kasus lain.");
    REQUIRE(ws.notes().create(otherNote).ok());
    return out;
}

} // namespace lintas::test
