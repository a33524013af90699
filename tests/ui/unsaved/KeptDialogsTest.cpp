#include "KeptInputHelpers.h"

#include "clients/ConsentForm.h"
#include "parties/LinkPartyDialog.h"
#include "parties/LinkRoleDialog.h"
#include "referrals/CaseReferralsPanel.h"
#include "referrals/OrganisationPicker.h"
#include "referrals/RecordConsentDialog.h"
#include "ui/parties/PartyTestData.h"

#include <QTableView>

using namespace lintas;
using namespace lintas::test::kept;

namespace {

// Lintas locks while the dialog is open: the main window keeps its input, then closes it.
template<typename Dialog> void lockWhileOpen(test::WorkspaceFixture &f, std::function<void(Dialog &)> type)
{
    QTimer::singleShot(0, [&f, type] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        CHECK(dialog);
        if (!dialog)
            return;
        type(*dialog);
        ui::KeptDialogInput::keepBeforeLock(dialog, *f.ws);
        dialog->close();
    });
}

// The dialog opened again: `check` sees what came back, then the dialog is accepted with `ok`.
template<typename Dialog> void whenOpen(const char *ok, std::function<void(Dialog &)> check)
{
    QTimer::singleShot(0, [ok, check] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        CHECK(dialog);
        if (!dialog)
            return;
        check(*dialog);
        CHECK(dialog->template findChild<QLabel *>(QStringLiteral("keptDialogInputNotice"))->isVisible());
        dialog->template findChild<QPushButton *>(QString::fromLatin1(ok))->click();
    });
}

template<typename T> T *in(QDialog &dialog, const char *name)
{
    return dialog.findChild<T *>(QString::fromLatin1(name));
}

} // namespace

TEST_CASE("a party being linked when Lintas locks comes back in the link dialog, chosen", "[ui][unsaved]")
{
    Casework o;
    const auto agency = test::addParty(o.f, QStringLiteral("PT Duta Mitra Sejahtera"), QStringLiteral("p3mi"));
    test::addParty(o.f, QStringLiteral("Dutamas Employment Agency"), QStringLiteral("agency_overseas"));
    o.page->tabs()->setCurrentWidget(o.page->parties());
    lockWhileOpen<ui::LinkPartyDialog>(o.f, [&agency](ui::LinkPartyDialog &d) {
        auto *search = in<QLineEdit>(d, "linkPartySearch");
        QTest::keyClicks(search, QStringLiteral("Duta"));
        QTest::keyClick(search, Qt::Key_Down); // into the list: Dutamas, A to Z
        QTest::keyClick(in<QTableView>(d, "linkPartyTable"), Qt::Key_Down);
        CHECK(d.partyId() == agency.id);
        in<ui::CodeCombo>(d, "linkPartyRole")->setCode(QStringLiteral("lender"));
        in<QLineEdit>(d, "linkPartyNotes")->setText(QStringLiteral("Holds her passport in Cianjur"));
    });
    o.page->parties()->linkParty();
    const QString key = QStringLiteral("case/%1/link-party").arg(o.kase.id);
    CHECK(keptKeys(o.f) == QStringList {key});

    lockAndDelete(o.page);
    CHECK(keptKeys(o.f) == QStringList {key});
    o.open();
    CHECK(o.f.ws->parties().linkedParties(o.kase.id)->isEmpty()); // nothing linked until the user links
    CHECK(o.page->tabs()->currentWidget() == o.page->parties());
    CHECK(o.page->parties()->hasKeptDialogInput());
    CHECK_FALSE(o.page->parties()->hasKeptNewParty());
    CHECK(child<QLabel>(*o.page, "casePartiesKeptNotice")->text().contains(QStringLiteral("Link a party")));

    whenOpen<ui::LinkPartyDialog>("linkPartyButton", [&agency](ui::LinkPartyDialog &d) {
        CHECK(in<QLineEdit>(d, "linkPartySearch")->text() == QStringLiteral("Duta"));
        CHECK(d.partyId() == agency.id);
        CHECK(d.role() == QStringLiteral("lender"));
        CHECK(d.notes() == QStringLiteral("Holds her passport in Cianjur"));
    });
    o.page->parties()->linkParty();
    const auto links = o.f.ws->parties().linkedParties(o.kase.id).value();
    REQUIRE(links.size() == 1);
    CHECK(links.at(0).party.id == agency.id);
    CHECK(links.at(0).link.role == QStringLiteral("lender"));
    CHECK(links.at(0).link.notes == QStringLiteral("Holds her passport in Cianjur"));
    CHECK(keptKeys(o.f).isEmpty());
    CHECK_FALSE(o.page->parties()->hasKeptDialogInput());
}

TEST_CASE("a link's role being changed when Lintas locks comes back for that link", "[ui][unsaved]")
{
    Casework o;
    const auto employer = test::addParty(o.f, QStringLiteral("Mr Chan Tai Man"), QStringLiteral("employer"));
    const auto agency = test::addParty(o.f, QStringLiteral("PT Duta Mitra Sejahtera"), QStringLiteral("p3mi"));
    test::linkParty(o.f, o.kase.id, employer.id, QStringLiteral("employer"));
    const auto link = test::linkParty(o.f, o.kase.id, agency.id, QStringLiteral("agency"));
    o.open();
    o.page->tabs()->setCurrentWidget(o.page->parties());
    auto *table = child<QTableView>(*o.page, "casePartyTable");
    table->selectRow(o.page->parties()->model()->rowOfLink(link.id));
    lockWhileOpen<ui::LinkRoleDialog>(o.f, [](ui::LinkRoleDialog &d) {
        in<ui::CodeCombo>(d, "linkRole")->setCode(QStringLiteral("lender"));
        in<QLineEdit>(d, "linkNotes")->setText(QStringLiteral("Lent her Rp 12 juta for the placement fee"));
    });
    o.page->parties()->editLink();
    const QString key = QStringLiteral("case/%1/link-role/%2").arg(o.kase.id, link.id);
    CHECK(keptKeys(o.f) == QStringList {key});

    lockAndDelete(o.page);
    o.open();
    const auto stored = [&o, &link] {
        for (const auto &l : o.f.ws->parties().linkedParties(o.kase.id).value())
            if (l.link.id == link.id)
                return l.link;
        return domain::CaseParty {};
    };
    CHECK(stored().role == QStringLiteral("agency")); // not changed until saved
    CHECK(o.page->tabs()->currentWidget() == o.page->parties());
    CHECK(child<QLabel>(*o.page, "casePartiesKeptNotice")->text().contains(QStringLiteral("PT Duta Mitra Sejahtera")));
    table = child<QTableView>(*o.page, "casePartyTable");
    CHECK(o.page->parties()->model()->linkAt(table->currentIndex().row())->link.id == link.id);

    whenOpen<ui::LinkRoleDialog>("saveLinkButton", [](ui::LinkRoleDialog &d) {
        CHECK(d.link().role == QStringLiteral("lender"));
        CHECK(d.link().notes == QStringLiteral("Lent her Rp 12 juta for the placement fee"));
    });
    o.page->parties()->editLink();
    CHECK(stored().role == QStringLiteral("lender"));
    CHECK(stored().notes == QStringLiteral("Lent her Rp 12 juta for the placement fee"));
    CHECK(keptKeys(o.f).isEmpty());
    CHECK_FALSE(o.page->parties()->hasKeptDialogInput());
}

TEST_CASE("a dialog open but left as it came keeps nothing at lock", "[ui][unsaved]")
{
    Casework o;
    const auto agency = test::addParty(o.f, QStringLiteral("PT Duta Mitra Sejahtera"), QStringLiteral("p3mi"));
    test::linkParty(o.f, o.kase.id, agency.id, QStringLiteral("agency"));
    o.open();
    lockWhileOpen<ui::LinkRoleDialog>(o.f, [](ui::LinkRoleDialog &) {});
    o.page->parties()->editLink();
    lockWhileOpen<ui::LinkPartyDialog>(o.f, [](ui::LinkPartyDialog &) {});
    o.page->parties()->linkParty();
    CHECK(keptKeys(o.f).isEmpty());
    CHECK_FALSE(o.page->parties()->hasKeptDialogInput());
}

TEST_CASE("her consent being recorded from a referral when Lintas locks comes back in its dialog", "[ui][unsaved]")
{
    Casework o;
    domain::Organisation kjri;
    kjri.name = QStringLiteral("KJRI Hong Kong");
    kjri.kind = QStringLiteral("consulate");
    kjri.country = QStringLiteral("hk");
    kjri.city = QStringLiteral("Hong Kong");
    kjri = o.f.ws->organisations().create(kjri).value();
    o.open();
    o.page->tabs()->setCurrentWidget(o.page->referrals());
    o.page->referrals()->organisationPicker()->setOrganisationId(kjri.id);
    child<QLineEdit>(*o.page, "referralReason")->setText(QStringLiteral("Help to get her passport back"));
    lockWhileOpen<ui::RecordConsentDialog>(o.f, [](ui::RecordConsentDialog &d) {
        in<QLineEdit>(d, "consentScope")->setText(QStringLiteral("case summary, contact details"));
        in<QLineEdit>(d, "consentPurpose")->setText(QStringLiteral("help from the consulate to recover her passport"));
    });
    CHECK_FALSE(o.page->referrals()->recordConsent());
    const QString referralKey = QStringLiteral("case/%1/referral").arg(o.kase.id);
    const QString consentKey = QStringLiteral("case/%1/referral-consent/new").arg(o.kase.id);
    CHECK(keptKeys(o.f) == QStringList {consentKey}); // the referral form is kept at lock, below

    lockAndDelete(o.page);
    CHECK(keptKeys(o.f) == (QStringList {referralKey, consentKey}));
    o.open();
    CHECK(o.f.ws->consents().forClient(o.kase.clientId)->isEmpty()); // nothing recorded until she agrees
    CHECK(o.page->tabs()->currentWidget() == o.page->referrals());
    CHECK(child<QLineEdit>(*o.page, "referralReason")->text() == QStringLiteral("Help to get her passport back"));
    CHECK(child<QLabel>(*o.page, "referralKeptConsent")->isVisible());

    whenOpen<ui::RecordConsentDialog>("recordConsentOk", [](ui::RecordConsentDialog &d) {
        CHECK(in<QComboBox>(d, "consentRecipient")->currentText() == QStringLiteral("KJRI Hong Kong"));
        CHECK(in<QLineEdit>(d, "consentScope")->text() == QStringLiteral("case summary, contact details"));
        CHECK(in<QLineEdit>(d, "consentPurpose")->text()
            == QStringLiteral("help from the consulate to recover her passport"));
    });
    REQUIRE(o.page->referrals()->recordConsent());
    const auto consents = o.f.ws->consents().forClient(o.kase.clientId).value();
    REQUIRE(consents.size() == 1);
    CHECK(consents.at(0).organisationId == kjri.id);
    CHECK(consents.at(0).purpose == QStringLiteral("help from the consulate to recover her passport"));
    CHECK_FALSE(child<QLabel>(*o.page, "referralKeptConsent")->isVisible());
    CHECK(keptKeys(o.f) == QStringList {referralKey});
    REQUIRE(o.page->referrals()->saveReferral());
    CHECK(keptKeys(o.f).isEmpty());
}

TEST_CASE("consent kept for a stored referral shows that referral again after the lock", "[ui][unsaved]")
{
    Casework o;
    domain::Organisation lbh;
    lbh.name = QStringLiteral("LBH Jakarta");
    lbh.kind = QStringLiteral("legal_aid");
    lbh.country = QStringLiteral("id");
    lbh = o.f.ws->organisations().create(lbh).value();
    domain::Referral draft;
    draft.caseId = o.kase.id;
    draft.organisationId = lbh.id;
    draft.reason = QStringLiteral("Legal advice on her unpaid wages claim");
    draft.status = QStringLiteral("draft");
    draft = o.f.ws->referrals().create(draft).value();
    domain::Referral other = draft;
    other.id.clear();
    other.reason = QStringLiteral("Shelter in Jordan for two weeks");
    other = o.f.ws->referrals().create(other).value();
    o.open();
    o.page->tabs()->setCurrentWidget(o.page->referrals());
    REQUIRE(o.page->referrals()->selectReferral(draft.id));
    lockWhileOpen<ui::RecordConsentDialog>(o.f, [](ui::RecordConsentDialog &d) {
        in<QComboBox>(d, "consentRecipient")->setCurrentText(QStringLiteral("LBH Jakarta"));
        in<QLineEdit>(d, "consentPurpose")->setText(QStringLiteral("legal advice on her wages"));
    });
    o.page->referrals()->recordConsent();
    CHECK(keptKeys(o.f) == QStringList {QStringLiteral("case/%1/referral-consent/%2").arg(o.kase.id, draft.id)});

    lockAndDelete(o.page);
    o.open();
    CHECK(o.page->tabs()->currentWidget() == o.page->referrals());
    CHECK(o.page->referrals()->referralId() == draft.id);
    CHECK(child<QLabel>(*o.page, "referralKeptConsent")->isVisible());
    // Another referral: the consent was not typed for it.
    REQUIRE(o.page->referrals()->selectReferral(other.id));
    CHECK_FALSE(child<QLabel>(*o.page, "referralKeptConsent")->isVisible());
    REQUIRE(o.page->referrals()->selectReferral(draft.id));
    whenOpen<ui::RecordConsentDialog>("recordConsentOk", [](ui::RecordConsentDialog &d) {
        CHECK(in<QComboBox>(d, "consentRecipient")->currentText() == QStringLiteral("LBH Jakarta"));
        CHECK(in<QLineEdit>(d, "consentPurpose")->text() == QStringLiteral("legal advice on her wages"));
        in<QLineEdit>(d, "consentScope")->setText(QStringLiteral("case summary"));
    });
    REQUIRE(o.page->referrals()->recordConsent());
    CHECK(o.f.ws->consents().forClient(o.kase.clientId)->size() == 1);
    CHECK(keptKeys(o.f).isEmpty());
}
