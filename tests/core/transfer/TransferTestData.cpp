#include "TransferTestData.h"

#include <QDate>

namespace lintas::test {

void fillRichDataset(WorkspaceFixture &f)
{
    repo::Workspace &ws = *f.ws;
    auto org = ws.organisations().create({{}, QStringLiteral("KJRI Hong Kong"), QStringLiteral("consulate"),
        QStringLiteral("hk"), {}, QStringLiteral("Hong Kong"), QStringLiteral("127-129 Leighton Road, Causeway Bay"),
        QStringLiteral("+852 2890 4421"), {}, {}, QStringLiteral("Paspor, SPLP"), {}, QStringLiteral("kjri_hk")});
    REQUIRE(org.ok());
    domain::Party agency;
    agency.kind = QStringLiteral("agency_overseas");
    agency.name = QStringLiteral("Bintang Cemerlang Employment Agency 星光僱傭中心");
    agency.country = QStringLiteral("hk");
    agency.licenceNo = QStringLiteral("54321");
    auto party = ws.parties().create(agency);
    REQUIRE(party.ok());
    domain::Party lender;
    lender.kind = QStringLiteral("moneylender");
    lender.name = QStringLiteral("Cepat Kredit Finance Ltd");
    auto lenderParty = ws.parties().create(lender);
    REQUIRE(lenderParty.ok());
    REQUIRE(ws.parties().remove(lenderParty->id).ok()); // a soft-deleted record travels too

    domain::Client c;
    c.fullName = QStringLiteral("Sumiati binti Karto");
    c.aliases = {QStringLiteral("Sumiyati"), QStringLiteral("Soemiati"), QStringLiteral("Mbak Sum")};
    c.gender = QStringLiteral("female");
    c.birthDate = QDate(1988, 2, 29);
    c.nik = QStringLiteral("1807046902880003");
    c.passportNo = QStringLiteral("C7654321");
    c.province = QStringLiteral("Lampung");
    c.regency = QStringLiteral("Kabupaten Lampung Timur");
    c.district = QStringLiteral("Labuhan Maringgai");
    c.village = QStringLiteral("Margasari");
    c.address = QStringLiteral("Dusun III RT 002/RW 001 — \"rumah cat hijau\"\nsebelah masjid");
    c.currentCountry = QStringLiteral("id");
    c.status = QStringLiteral("returned");
    c.nextOfKinName = QStringLiteral("Ibu Sartini");
    c.preferredLanguage = QStringLiteral("id");
    c.notes = QStringLiteral("Emoji 🙏 and tab\tinside; ñ é ü; 中文");
    auto client = ws.clients().create(c);
    REQUIRE(client.ok());
    domain::Client single;
    single.fullName = QStringLiteral("Wartini");
    single.gender = QStringLiteral("female");
    auto client2 = ws.clients().create(single); // mostly empty fields: nulls must stay nulls
    REQUIRE(client2.ok());

    domain::ClientPhone oldHk {{}, client->id, QStringLiteral("+852 9123 4567"), QStringLiteral("whatsapp"),
        QDate(2022, 5, 1), QDate(2025, 10, 31), QStringLiteral("nomor HK lama")};
    REQUIRE(ws.clients().addPhone(oldHk).ok());
    domain::ClientPhone idPhone {
        {}, client->id, QStringLiteral("+62 812-3456-7890"), QStringLiteral("mobile"), QDate(2025, 11, 2)};
    REQUIRE(ws.clients().addPhone(idPhone).ok());

    domain::Consent consent;
    consent.clientId = client->id;
    consent.recipient = QStringLiteral("KJRI Hong Kong");
    consent.organisationId = org->id;
    consent.scope = QStringLiteral("ringkasan kasus, kontak");
    consent.method = QStringLiteral("verbal");
    consent.givenOn = QDate(2025, 11, 3);
    auto consentRow = ws.consents().create(consent);
    REQUIRE(consentRow.ok());

    domain::Case k;
    k.clientId = client->id;
    k.title = QStringLiteral("Gaji tidak dibayar 4 bulan");
    k.caseTypes = {QStringLiteral("unpaid_wages"), QStringLiteral("agency_overcharging")};
    k.jurisdictions = {QStringLiteral("hk"), QStringLiteral("id")};
    k.forums = {QStringLiteral("labour_dept_lrd"), QStringLiteral("mecab")};
    k.assignees = {QStringLiteral("Fitri")};
    k.tags = {QStringLiteral("prioritas")};
    k.risk = QStringLiteral("medium");
    k.safetyFlag = true;
    k.openedOn = QDate(2025, 11, 3);
    k.chronology = QStringLiteral("Klien bekerja sejak 2022.\nGaji Juli–Oktober 2025 tidak dibayar.");
    k.demands = QStringLiteral("1. Tunggakan gaji HK$20.400\n2. Tiket pulang");
    auto kase = ws.cases().create(k);
    REQUIRE(kase.ok());
    domain::CaseParty link {{}, kase->id, party->id, QStringLiteral("agency"), QStringLiteral("memotong gaji")};
    REQUIRE(ws.parties().link(link).ok());

    domain::Claim claim;
    claim.caseId = kase->id;
    claim.claimType = QStringLiteral("wages_arrears");
    claim.forum = QStringLiteral("mecab");
    claim.currency = QStringLiteral("HKD");
    claim.amountClaimed = 2'040'000; // HK$20,400.00
    claim.amountOffered = 0; // zero is a value, not "unset"
    claim.filedOn = QDate(2025, 11, 10);
    auto claimRow = ws.claims().create(claim);
    REQUIRE(claimRow.ok());
    domain::Claim idr;
    idr.caseId = kase->id;
    idr.claimType = QStringLiteral("agency_fee_refund");
    idr.currency = QStringLiteral("IDR");
    idr.amountClaimed = 25'000'000;
    auto idrRow = ws.claims().create(idr);
    REQUIRE(idrRow.ok());
    REQUIRE(ws.claims().addPayment({{}, claimRow->id, 510'000, QDate(2026, 1, 15), QStringLiteral("cicilan 1")}).ok());
    REQUIRE(ws.claims().addPayment({{}, claimRow->id, 510'000, QDate(2026, 2, 15)}).ok());

    domain::Note n;
    n.caseId = kase->id;
    n.kind = QStringLiteral("interview");
    n.author = QStringLiteral("Fitri");
    n.body = QStringLiteral("Wawancara awal. Klien menangis 😢 saat bercerita.");
    n.confidential = true;
    n.occurredAt = 1'762'150'000'000;
    auto note = ws.notes().create(n);
    REQUIRE(note.ok());
    domain::Note fix;
    fix.caseId = kase->id;
    fix.kind = QStringLiteral("correction");
    fix.body = QStringLiteral("Koreksi: gaji tertunggak 4 bulan, bukan 3.");
    fix.correctsNoteId = note->id;
    REQUIRE(ws.notes().create(fix).ok());

    domain::Deadline d;
    d.caseId = kase->id;
    d.kind = QStringLiteral("limitation");
    d.title = QStringLiteral("Batas klaim MECAB");
    d.dueOn = QDate(2026, 7, 31);
    d.ruleId = QStringLiteral("hk_mecab_claim");
    d.ruleVersion = 2;
    d.triggerDate = QDate(2025, 7, 31);
    d.source = QStringLiteral("Cap. 453 s.4");
    REQUIRE(ws.deadlines().create(d).ok());
    domain::Deadline task;
    task.caseId = kase->id;
    task.kind = QStringLiteral("task");
    task.title = QStringLiteral("Minta slip gaji");
    task.dueOn = QDate(2025, 11, 20);
    task.doneOn = QDate(2025, 11, 19);
    REQUIRE(ws.deadlines().create(task).ok());

    domain::Referral r;
    r.caseId = kase->id;
    r.organisationId = org->id;
    r.consentId = consentRow->id;
    r.status = QStringLiteral("sent");
    r.reason = QStringLiteral("Bantuan dokumen");
    r.sentOn = QDate(2025, 11, 5);
    REQUIRE(ws.referrals().create(r).ok());

    domain::Activity a;
    a.kind = QStringLiteral("village_discussion");
    a.title = QStringLiteral("Diskusi desa: migrasi aman");
    a.heldOn = QDate(2026, 3, 8);
    a.province = QStringLiteral("Nusa Tenggara Barat");
    a.regency = QStringLiteral("Kabupaten Lombok Timur");
    a.village = QStringLiteral("Paok Motong");
    auto activity = ws.activities().create(a);
    REQUIRE(activity.ok());
    REQUIRE(ws.activities().setCount(activity->id, QStringLiteral("female"), QStringLiteral("25_34"), 14).ok());
    REQUIRE(ws.activities().setCount(activity->id, QStringLiteral("male"), QStringLiteral("45_59"), 3).ok());
}

QByteArray withoutRunHeader(const QByteArray &exportJson)
{
    QList<QByteArray> lines = exportJson.split('\n');
    lines.removeIf([](const QByteArray &line) {
        return line.startsWith("  \"exportedAt\"") || line.startsWith("  \"deviceCode\"");
    });
    return lines.join('\n');
}

} // namespace lintas::test
