#include "HandoffLaptops.h"

#include "casework/CaseWorkspace.h"
#include "domain/CodeLists.h"
#include "print/HandOffDialog.h"
#include "ui/Mnemonics.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QTableWidget>

using namespace lintas;
using namespace lintas::test;

namespace {

// Hong Kong's laptop sends the case, Lampung's receives it.
struct HongKongToLampung {
    TempDir files;
    HandoffLaptop hk {QStringLiteral("en")};
    HandoffLaptop lampung {QStringLiteral("en")};
    CaseToRefer kase = makeCaseToRefer(hk.ws(), true);
    QString packetPath = files.file(QStringLiteral("case.lintashandoff"));
    QString replyPath = files.file(QStringLiteral("reply.lintashandoff"));

    void send()
    {
        const handoff::HandoffAddress to = lampung.address();
        const QString shown = handOffAsFile(openReferrals(hk, kase), to.code(), packetPath);
        // What is read out by phone: the recipient's fingerprint, shown from the typed code.
        CHECK(shown.contains(to.fingerprint()));
        CHECK(hk.ws().referrals().get(kase.referralId)->status == QStringLiteral("sent"));
    }
};

} // namespace

TEST_CASE("a case handed off as a file is opened on Today, declined or accepted, and the sender's referral says so",
    "[ui][handoff]")
{
    HongKongToLampung t;
    t.send();

    ui::HandoffInboxBox &inbox = t.lampung.inbox();
    REQUIRE(inbox.list()->rowCount() == 0);
    REQUIRE(inbox.openPacketFrom(t.packetPath));
    CHECK(inbox.status()->text().contains(t.hk.address().fingerprint()));
    REQUIRE(inbox.list()->rowCount() == 1);
    const QString reference = t.lampung.ws().cases().get(t.kase.caseId)->reference;
    CHECK(inbox.list()->item(0, 0)->text() == reference);
    CHECK(inbox.list()->item(0, 1)->text() == QStringLiteral("Siti Aminah"));

    // Opening the case from the list shows its workspace.
    inbox.list()->setCurrentCell(0, 0);
    child<QPushButton>(inbox, "openHandoffCaseButton")->click();
    CHECK(t.lampung.workbench().currentPage() == static_cast<QWidget *>(t.lampung.workbench().caseWorkspace()));
    CHECK(t.lampung.workbench().caseWorkspace()->currentCase().id == t.kase.caseId);

    ui::CaseReferralsPanel &sent = openReferrals(t.hk, t.kase);
    SECTION("declined with a reason")
    {
        CHECK_FALSE(inbox.answer(0, handoff::HandoffReceiver::Decision::Decline, QStringLiteral("  "), t.replyPath));
        CHECK(inbox.list()->rowCount() == 1);
        REQUIRE(inbox.answer(
            0, handoff::HandoffReceiver::Decision::Decline, QStringLiteral("She lives outside our area"), t.replyPath));
        CHECK(inbox.list()->rowCount() == 0); // answered ones leave the list

        REQUIRE(sent.readReplyFrom(t.replyPath));
        const auto referral = t.hk.ws().referrals().get(t.kase.referralId);
        CHECK(referral->status == QStringLiteral("rejected"));
        CHECK(referral->feedback == QStringLiteral("She lives outside our area"));
        CHECK(
            child<QLabel>(sent, "referralHandoffNote")->text().contains(QStringLiteral("She lives outside our area")));
        CHECK(child<QComboBox>(sent, "referralStatus")->currentText() == QStringLiteral("Rejected"));
    }
    SECTION("accepted")
    {
        REQUIRE(inbox.answer(0, handoff::HandoffReceiver::Decision::Accept, QString(), t.replyPath));
        CHECK(inbox.list()->rowCount() == 0);
        REQUIRE(sent.readReplyFrom(t.replyPath));
        CHECK(t.hk.ws().referrals().get(t.kase.referralId)->status == QStringLiteral("accepted"));
    }
}

TEST_CASE("a changed hand-off file, or one for someone else, is refused in plain words", "[ui][handoff]")
{
    HongKongToLampung t;
    t.send();
    QFile file(t.packetPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();

    SECTION("made for someone else: the intended fingerprint is named")
    {
        ui::HandoffInboxBox &own = t.hk.inbox();
        CHECK_FALSE(own.openPacketFrom(t.packetPath));
        CHECK(own.status()->text()
            == QStringLiteral("This hand-off file was made for someone else: it is locked to the hand-off address with "
                              "fingerprint %1. Ask the sender to make it again for your hand-off address.")
                   .arg(t.lampung.address().fingerprint()));
    }
    SECTION("changed on the way, in English and in Indonesian")
    {
        bytes[bytes.size() - 20] = static_cast<char>(bytes[bytes.size() - 20] ^ 0x01);
        REQUIRE(ui::handofffiles::write(t.packetPath, bytes).ok());
        ui::HandoffInboxBox &inbox = t.lampung.inbox();
        CHECK_FALSE(inbox.openPacketFrom(t.packetPath));
        CHECK(inbox.status()->text()
            == QStringLiteral("This hand-off file is damaged or was changed after it was made, so nothing of it was "
                              "taken in. Ask the sender for a new one."));
        CHECK(inbox.list()->rowCount() == 0);
        t.lampung.folder.languages.setLanguage(QStringLiteral("id"));
        QCoreApplication::processEvents();
        CHECK(inbox.status()->text().startsWith(QStringLiteral("Berkas serah terima ini rusak")));
    }
    SECTION("a reply file is not a case")
    {
        CHECK_FALSE(t.lampung.inbox().openPacketFrom(t.packetPath + QStringLiteral(".missing")));
        ui::CaseReferralsPanel &panel = openReferrals(t.hk, t.kase);
        CHECK_FALSE(panel.readReplyFrom(t.packetPath));
        CHECK(child<QLabel>(panel, "referralHandoffNote")->text().startsWith(QStringLiteral("This is the other kind")));
    }
}

TEST_CASE("an admin sends a referral without her consent, with a reason the referral shows", "[ui][handoff]")
{
    HandoffLaptop hk(QStringLiteral("en"));
    const CaseToRefer kase = makeCaseToRefer(hk.ws(), false);
    ui::CaseReferralsPanel &panel = openReferrals(hk, kase);
    // A laptop that never joined an organisation is its own admin.
    auto *without = child<QPushButton>(panel, "referralWithoutConsentButton");
    CHECK(without->isVisible());
    REQUIRE(panel.sendWithoutConsentBecause(QStringLiteral("She is in hospital; the shelter must act today")));
    const auto referral = hk.ws().referrals().get(kase.referralId);
    CHECK(referral->status == QStringLiteral("sent"));
    CHECK(referral->overrideBy == QStringLiteral("Dewi Lestari"));
    CHECK(child<QLabel>(panel, "referralConsentOverride")->text()
        == QStringLiteral("Sent without her recorded consent, by Dewi Lestari: She is in hospital; the shelter must "
                          "act today"));
    CHECK_FALSE(without->isVisible());
}

TEST_CASE("a referral without her consent is not handed off, and says why", "[ui][handoff]")
{
    TempDir files;
    HandoffLaptop hk(QStringLiteral("en"));
    const CaseToRefer kase = makeCaseToRefer(hk.ws(), false);
    ui::HandoffSendDialog dialog(hk.ws(), kase.caseId, kase.referralId, QStringLiteral("Dewi Lestari"),
        QStringLiteral("Yayasan Pekerja Migran Lampung"), &hk.window);
    auto *save = child<QPushButton>(dialog, "handoffSaveButton");
    CHECK_FALSE(save->isEnabled());
    dialog.setAddressText(QStringLiteral("05FT-97K8"));
    CHECK_FALSE(save->isEnabled());
    CHECK(child<QLabel>(dialog, "handoffRecipient")
              ->text()
              .startsWith(QStringLiteral("This hand-off address is not right")));
    dialog.setAddressText(hk.address().qrText());
    CHECK(save->isEnabled());
    const QString path = files.file(QStringLiteral("case.lintashandoff"));
    CHECK_FALSE(dialog.saveTo(path).ok());
    CHECK(child<QLabel>(dialog, "handoffSendStatus")->text()
        == QStringLiteral("Record the client's consent before sending this."));
    CHECK_FALSE(QFile::exists(path));
    CHECK(hk.ws().referrals().get(kase.referralId)->status == QStringLiteral("draft"));
}

TEST_CASE("a part unticked in the send dialog is not in the file, and the hand-over record names it", "[ui][handoff]")
{
    TempDir files;
    HandoffLaptop hk(QStringLiteral("en"));
    HandoffLaptop lampung(QStringLiteral("en"));
    const CaseToRefer kase = makeCaseToRefer(hk.ws(), true);
    const QString clientId = hk.ws().cases().get(kase.caseId)->clientId;
    REQUIRE(hk.ws()
                .clients()
                .addPhone({{}, clientId, QStringLiteral("+62 812-1111-2222"), QStringLiteral("mobile"), {}})
                .ok());
    for (const bool confidential : {false, true}) {
        domain::Note note;
        note.caseId = kase.caseId;
        note.kind = QStringLiteral("interview");
        note.body = confidential ? QStringLiteral("For the counsellor only.") : QStringLiteral("First interview.");
        note.confidential = confidential;
        REQUIRE(hk.ws().notes().create(note).ok());
    }

    ui::HandoffSendDialog dialog(hk.ws(), kase.caseId, kase.referralId, QStringLiteral("Dewi Lestari"),
        QStringLiteral("Yayasan Pekerja Migran Lampung"), &hk.window);
    auto *phones = child<QCheckBox>(dialog, "sharePhones");
    auto *secret = child<QCheckBox>(dialog, "shareConfidentialNotes");
    CHECK(phones->text() == QStringLiteral("Her p&hone numbers (1)"));
    CHECK(child<QCheckBox>(dialog, "shareNotes")->text() == QStringLiteral("Other &notes, the timeline (1)"));
    CHECK(secret->text() == QStringLiteral("C&onfidential notes (1)"));
    CHECK(phones->isChecked());
    CHECK_FALSE(secret->isChecked());
    dialog.show();
    QCoreApplication::processEvents();
    CHECK(mnemonicClashes(&dialog).isEmpty());
    phones->setChecked(false);
    dialog.setAddressText(lampung.address().code());
    const QString path = files.file(QStringLiteral("case.lintashandoff"));
    REQUIRE(dialog.saveTo(path).ok());

    REQUIRE(lampung.inbox().openPacketFrom(path));
    REQUIRE(lampung.ws().cases().get(kase.caseId).ok());
    CHECK(lampung.ws().clients().phones(clientId)->isEmpty());
    const auto notes = lampung.ws().notes().forCase(kase.caseId);
    REQUIRE(notes.ok());
    REQUIRE(notes->size() == 1);
    CHECK(notes->front().body == QStringLiteral("First interview."));

    // The hand-over record printed from the dialog says what the file left out.
    const auto printedRecord = [&] {
        QString html;
        whenModalShows([&](QWidget *modal) {
            if (auto *record = qobject_cast<ui::HandOffDialog *>(modal)) {
                const auto sheet = ui::HandOffSheet::build(hk.ws(), kase.caseId, record->details());
                if (sheet.ok())
                    html = sheet->html();
            }
            modal->close();
        });
        child<QPushButton>(dialog, "handoffPrintButton")->click();
        return html;
    };
    const QString html = printedRecord();
    CHECK(html.contains(QStringLiteral("Not shared: confidential notes (1), the client's phone numbers (1).")));
    CHECK(html.contains(QStringLiteral("the referrals, with: notes (1).")));

    // In Indonesian, the boxes and the record follow the language.
    hk.folder.languages.setLanguage(QStringLiteral("id"));
    QCoreApplication::processEvents();
    CHECK(phones->text() == QStringLiteral("Nomor telepon (&HP) klien (1)"));
    CHECK(mnemonicClashes(&dialog).isEmpty());
    CHECK(printedRecord().contains(QStringLiteral("Tidak dibagikan: catatan rahasia (1), nomor telepon klien (1).")));
}
