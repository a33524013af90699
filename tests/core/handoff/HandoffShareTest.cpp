#include "handoff/CaseBundle.h"
#include "handoff/HandoffReceiver.h"
#include "handoff/HandoffSender.h"
#include "store/Transaction.h"
#include "support/HandoffTestData.h"
#include "support/QtPrinters.h"
#include "transfer/CaseRecords.h"
#include "transfer/CaseShare.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace lintas;
using handoff::HandoffReceiver;
using handoff::HandoffSender;
using transfer::CaseShareChoice;
using transfer::SharePart;

namespace {

int count(test::WorkspaceFixture &f, const QString &sql, const QString &bind)
{
    auto st = f.db->prepare(sql);
    REQUIRE(st.ok());
    if (!bind.isEmpty())
        st->bind(1, bind);
    REQUIRE(st->step().value());
    return static_cast<int>(st->int64(0));
}

// makeHandoffCase's case, with a confidential note and a correction of it that is not marked
// confidential itself (it goes where its note goes).
struct PartlyShared {
    test::HandoffProfile hk {31, QStringLiteral("Serikat BMI Hong Kong")};
    test::HandoffProfile lampung {32, QStringLiteral("Yayasan Pekerja Migran Lampung")};
    test::HandoffCase kase = test::makeHandoffCase(hk);
    QString secretId;
    QString secretFixId;
    HandoffSender sender {*hk.ws, hk.identity, hk.name};
    HandoffReceiver receiver {*lampung.ws, lampung.identity, lampung.name};

    PartlyShared()
    {
        domain::Note secret;
        secret.caseId = kase.caseId;
        secret.kind = QStringLiteral("interview");
        secret.body = QStringLiteral("Penilaian trauma: hanya untuk konselor.");
        secret.confidential = true;
        auto note = hk.ws->notes().create(secret);
        REQUIRE(note.ok());
        secretId = note->id;
        domain::Note fix;
        fix.caseId = kase.caseId;
        fix.kind = QStringLiteral("correction");
        fix.body = QStringLiteral("Koreksi tanggal penilaian.");
        fix.correctsNoteId = secretId;
        auto fixed = hk.ws->notes().create(fix);
        REQUIRE(fixed.ok());
        secretFixId = fixed->id;
    }

    // The bundle's records of one entity, by id.
    QStringList idsIn(const CaseShareChoice &share, const QString &entity)
    {
        auto bundle = handoff::CaseBundle::collect(*hk.ws, kase.caseId, share);
        REQUIRE(bundle.ok());
        QStringList ids;
        const QJsonArray records = QJsonDocument::fromJson(*bundle)
                                       .object()
                                       .value(QStringLiteral("entities"))
                                       .toObject()
                                       .value(entity)
                                       .toArray();
        for (const QJsonValue &record : records)
            ids << record.toObject().value(QStringLiteral("id")).toString();
        return ids;
    }

    transfer::ImportSummary sendAndImport(const CaseShareChoice &share)
    {
        auto packet = sender.makePacket(kase.caseId, lampung.address(), kase.referralId, share);
        REQUIRE(packet.ok());
        auto imported = receiver.importPacket(*packet);
        REQUIRE(imported.ok());
        return imported->summary;
    }
};

} // namespace

TEST_CASE("a hand-off file leaves confidential notes and their corrections home unless they are chosen", "[handoff]")
{
    PartlyShared t;
    const QStringList byDefault = t.idsIn({}, QStringLiteral("note"));
    CHECK(byDefault.size() == 2);
    CHECK_FALSE(byDefault.contains(t.secretId));
    CHECK_FALSE(byDefault.contains(t.secretFixId));
    const QStringList all = t.idsIn(CaseShareChoice::everything(), QStringLiteral("note"));
    CHECK(all.size() == 4);
    CHECK(all.contains(t.secretId));
    CHECK(all.contains(t.secretFixId));

    t.sendAndImport({});
    repo::Workspace &ws = *t.lampung.ws;
    CHECK(count(t.lampung, QStringLiteral("SELECT count(*) FROM notes WHERE case_id = ?"), t.kase.caseId) == 2);
    CHECK_FALSE(ws.notes().get(t.secretId).ok());
    CHECK_FALSE(ws.notes().get(t.secretFixId).ok());
}

TEST_CASE("parts left out of a hand-off file take what refers to them along, and the rest imports cleanly", "[handoff]")
{
    PartlyShared t;
    CaseShareChoice share = CaseShareChoice::everything();
    share.notes = false;
    share.claims = false;
    share.deadlines = false;
    share.phones = false;
    share.parties = false;
    CHECK(t.idsIn(share, QStringLiteral("claim_payment")).isEmpty());
    CHECK(t.idsIn(share, QStringLiteral("party")).isEmpty()); // the agency came only through its link
    // The confidential note goes with its correction, which counts as confidential with it.
    QStringList notes = t.idsIn(share, QStringLiteral("note"));
    notes.sort();
    QStringList secret {t.secretId, t.secretFixId};
    secret.sort();
    CHECK(notes == secret);
    CHECK(t.idsIn(share, QStringLiteral("consent")) == QStringList {t.kase.consentId});
    CHECK(t.idsIn(share, QStringLiteral("referral")) == QStringList {t.kase.referralId});

    const transfer::ImportSummary summary = t.sendAndImport(share);
    CHECK(summary.byEntity.value(QStringLiteral("case")).created == 1);
    repo::Workspace &ws = *t.lampung.ws;
    const QString byCase = QStringLiteral("SELECT count(*) FROM %1 WHERE case_id = ?");
    CHECK(ws.cases().get(t.kase.caseId).ok());
    CHECK(ws.clients().get(t.kase.clientId).ok());
    CHECK(ws.consents().get(t.kase.consentId).ok());
    CHECK(ws.referrals().get(t.kase.referralId).ok());
    CHECK(ws.organisations().get(t.kase.organisationId).ok());
    CHECK(count(t.lampung, byCase.arg(QStringLiteral("claims")), t.kase.caseId) == 0);
    CHECK(count(t.lampung, QStringLiteral("SELECT count(*) FROM claim_payments"), QString()) == 0);
    CHECK(count(t.lampung, byCase.arg(QStringLiteral("deadlines")), t.kase.caseId) == 0);
    CHECK(count(t.lampung, byCase.arg(QStringLiteral("case_parties")), t.kase.caseId) == 0);
    CHECK(count(t.lampung, QStringLiteral("SELECT count(*) FROM client_phones WHERE client_id = ?"), t.kase.clientId)
        == 0);
    CHECK_FALSE(ws.parties().get(t.kase.partyId).ok());
    CHECK(count(t.lampung, byCase.arg(QStringLiteral("notes")), t.kase.caseId) == 2);
    CHECK(ws.notes().get(t.secretId).ok());
    CHECK(ws.notes().get(t.secretFixId).ok());
}

TEST_CASE("a case's parts are counted, and what a choice leaves out", "[handoff]")
{
    PartlyShared t;
    CaseShareChoice share;
    share.phones = false;
    share.claims = false;
    auto shared = transfer::CaseShare::ofCase(*t.hk.db, t.kase.caseId, share);
    REQUIRE(shared.ok());
    CHECK(shared->counted.value(SharePart::ConfidentialNotes) == 2);
    CHECK(shared->counted.value(SharePart::Notes) == 2);
    CHECK(shared->counted.value(SharePart::Claims) == 2);
    CHECK(shared->counted.value(SharePart::Deadlines) == 2);
    CHECK(shared->counted.value(SharePart::Phones) == 1);
    CHECK(shared->counted.value(SharePart::Parties) == 1);
    CHECK(shared->leftOutCounted.value(SharePart::ConfidentialNotes) == 2);
    CHECK(shared->leftOutCounted.value(SharePart::Claims) == 2);
    CHECK(shared->leftOutCounted.value(SharePart::Phones) == 1);
    CHECK(shared->leftOutCounted.value(SharePart::Notes) == 0);
    // 2 confidential notes, 2 claims and their payment, 1 phone.
    CHECK(shared->leftOut.size() == 6);
}
