#include "referrals/CaseReferralsPanel.h"
#include "clients/ConsentForm.h"
#include "common/CodeCombo.h"
#include "common/OptionalDateEdit.h"
#include "i18n/LanguageManager.h"
#include "referrals/DirectoryCache.h"
#include "referrals/OrganisationPicker.h"
#include "referrals/RecordConsentDialog.h"
#include "referrals/ReferralModel.h"
#include "support/WorkspaceFixture.h"
#include "ui/FindChild.h"
#include "ui/UiWait.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace lintas;
using test::child;

namespace {

domain::Organisation addOrganisation(
    test::WorkspaceFixture &f, const QString &name, const QString &kind, const QString &country, const QString &city)
{
    domain::Organisation o;
    o.name = name;
    o.kind = kind;
    o.country = country;
    o.city = city;
    auto r = f.ws->organisations().create(o);
    REQUIRE(r.ok());
    return *r;
}

struct OpenPanel {
    test::WorkspaceFixture f;
    ui::LanguageManager languages;
    domain::Client client;
    domain::Case kase;
    domain::Organisation lbh;
    domain::Organisation kjri;
    std::unique_ptr<ui::CaseReferralsPanel> panel;

    OpenPanel()
    {
        languages.setLanguage(QStringLiteral("en"));
        client = f.addClient(QStringLiteral("Siti Aminah"));
        kase = f.addCase(client.id);
        lbh = addOrganisation(f, QStringLiteral("LBH Bandung"), QStringLiteral("legal_aid"), QStringLiteral("id"),
            QStringLiteral("Bandung"));
        kjri = addOrganisation(f, QStringLiteral("KJRI Hong Kong"), QStringLiteral("consulate"), QStringLiteral("hk"),
            QStringLiteral("Causeway Bay"));
        panel = std::make_unique<ui::CaseReferralsPanel>(*f.ws);
        panel->setAuthorName(QStringLiteral("Dewi (caseworker)"));
        panel->setCase(kase.id);
        panel->resize(1000, 700);
        panel->show();
        panel->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(panel.get()));
    }

    void pick(const QString &search)
    {
        auto *box = child<QLineEdit>(*panel, "organisationSearch");
        box->setFocus();
        QTest::keyClicks(box, search);
        QTest::keyClick(box, Qt::Key_Down); // into the list: the first match is picked
    }
};

} // namespace

TEST_CASE("a referral without consent stays a draft and cannot be sent", "[ui][referrals]")
{
    OpenPanel o;
    ui::CaseReferralsPanel &p = *o.panel;
    QAbstractItemModelTester tester(p.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *noConsent = child<QLabel>(p, "referralNoConsent");
    CHECK(noConsent->isVisible()); // said plainly, before anything is typed
    CHECK(child<QPushButton>(p, "referralRecordConsentButton")->isEnabled());

    o.pick(QStringLiteral("bandung"));
    CHECK(p.organisationPicker()->organisationId() == o.lbh.id);
    QTest::keyClicks(child<QLineEdit>(p, "referralReason"), QStringLiteral("Legal advice on unpaid wages"));
    child<ui::CodeCombo>(p, "referralStatus")->setCode(QStringLiteral("sent"));
    CHECK(child<ui::OptionalDateEdit>(p, "referralSentOn")->date().isValid()); // filled in: today
    CHECK(p.hasUnsavedText());
    CHECK_FALSE(p.saveReferral());
    auto *error = child<QLabel>(p, "referralError");
    CHECK(error->isVisible());
    CHECK(error->text() == QStringLiteral("Record the client's consent before sending this."));
    CHECK(child<QComboBox>(p, "referralConsent")->hasFocus());
    CHECK(child<QLineEdit>(p, "referralReason")->text() == QStringLiteral("Legal advice on unpaid wages"));
    CHECK(o.f.ws->referrals().forCase(o.kase.id)->isEmpty());

    // As a draft it may be kept.
    child<ui::CodeCombo>(p, "referralStatus")->setCode(QStringLiteral("draft"));
    REQUIRE(p.saveReferral());
    REQUIRE(p.model()->rowCount() == 1);
    CHECK(p.model()->data(p.model()->index(0, ui::ReferralModel::Organisation)).toString()
        == QStringLiteral("LBH Bandung"));
    CHECK(p.model()->data(p.model()->index(0, ui::ReferralModel::Status)).toString() == QStringLiteral("Draft"));
}

TEST_CASE("a referral with her consent is sent, and its answer recorded", "[ui][referrals]")
{
    OpenPanel o;
    ui::CaseReferralsPanel &p = *o.panel;
    QAbstractItemModelTester tester(p.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    o.pick(QStringLiteral("kjri"));
    CHECK(p.organisationPicker()->organisationId() == o.kjri.id);

    // No consent yet: record one from here, for the organisation picked.
    QTimer::singleShot(0, [] {
        auto *dialog = qobject_cast<ui::RecordConsentDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("consentScope")),
            QStringLiteral("case summary, contact details"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("consentPurpose")),
            QStringLiteral("help from the consulate to recover her passport"));
        dialog->findChild<QPushButton *>(QStringLiteral("recordConsentOk"))->click();
    });
    REQUIRE(p.recordConsent());
    auto consents = o.f.ws->consents().forClient(o.client.id);
    REQUIRE(consents->size() == 1);
    CHECK(consents->at(0).organisationId == o.kjri.id);
    CHECK(consents->at(0).recipient == QStringLiteral("KJRI Hong Kong"));
    CHECK(consents->at(0).recordedBy == QStringLiteral("Dewi (caseworker)"));
    auto *consent = child<QComboBox>(p, "referralConsent");
    CHECK(consent->currentData().toString() == consents->at(0).id);
    CHECK_FALSE(child<QLabel>(p, "referralNoConsent")->isVisible());

    QTest::keyClicks(child<QLineEdit>(p, "referralReason"), QStringLiteral("Passport held by the agency"));
    child<ui::CodeCombo>(p, "referralStatus")->setCode(QStringLiteral("sent"));
    REQUIRE(p.saveReferral());
    auto stored = o.f.ws->referrals().forCase(o.kase.id);
    REQUIRE(stored->size() == 1);
    CHECK(stored->at(0).status == QStringLiteral("sent"));
    CHECK(stored->at(0).consentId == consents->at(0).id);
    CHECK(stored->at(0).organisationId == o.kjri.id);
    CHECK(stored->at(0).sentOn.isValid());

    // The answer comes back: status, date and feedback on the same referral.
    child<QTableView>(p, "referralTable")->selectRow(0);
    child<ui::CodeCombo>(p, "referralStatus")->setCode(QStringLiteral("accepted"));
    CHECK(child<ui::OptionalDateEdit>(p, "referralRespondedOn")->date().isValid());
    child<QPlainTextEdit>(p, "referralFeedback")->setPlainText(QStringLiteral("Consulate will contact the agency."));
    REQUIRE(p.saveReferral());
    stored = o.f.ws->referrals().forCase(o.kase.id);
    REQUIRE(stored->size() == 1);
    CHECK(stored->at(0).status == QStringLiteral("accepted"));
    CHECK(stored->at(0).feedback == QStringLiteral("Consulate will contact the agency."));
    CHECK_FALSE(p.hasUnsavedText());

    // A response before it was sent is refused, next to the date.
    child<ui::OptionalDateEdit>(p, "referralRespondedOn")->setDate(stored->at(0).sentOn.addDays(-2));
    CHECK_FALSE(p.saveReferral());
    CHECK(child<QLabel>(p, "referralError")->text().startsWith(QStringLiteral("Responded on cannot be before")));

    // Language switch: code-list labels in the table follow.
    o.languages.setLanguage(QStringLiteral("id"));
    REQUIRE(test::waitUntil([&] {
        return p.model()->data(p.model()->index(0, ui::ReferralModel::Status)).toString() == QStringLiteral("Diterima");
    }));
}

TEST_CASE("the organisation picker narrows the directory as she types", "[ui][referrals]")
{
    OpenPanel o;
    ui::CaseReferralsPanel &p = *o.panel;
    auto *list = child<QListWidget>(p, "organisationList");
    CHECK(list->count() == 2);
    QTest::keyClicks(child<QLineEdit>(p, "organisationSearch"), QStringLiteral("causeway"));
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().startsWith(QStringLiteral("KJRI Hong Kong")));
    CHECK(p.organisationPicker()->organisationId().isEmpty()); // typing alone picks nothing
}

TEST_CASE("choosing another referral or a new one asks before dropping what was typed", "[ui][referrals]")
{
    OpenPanel o;
    ui::CaseReferralsPanel &p = *o.panel;
    o.pick(QStringLiteral("bandung"));
    QTest::keyClicks(child<QLineEdit>(p, "referralReason"), QStringLiteral("Legal advice"));
    REQUIRE(p.saveReferral()); // a draft
    REQUIRE(p.model()->rowCount() == 1);

    auto answerNext = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            REQUIRE(box);
            box->button(button)->click();
        });
    };
    auto *reason = child<QLineEdit>(p, "referralReason");
    p.newReferral();
    QTest::keyClicks(reason, QStringLiteral("Shelter for two weeks"));
    auto *table = child<QTableView>(p, "referralTable");

    // Cancel: the half-typed referral stays, and so does the list's selection.
    answerNext(QMessageBox::Cancel);
    table->selectRow(0);
    CHECK(reason->text() == QStringLiteral("Shelter for two weeks"));
    CHECK_FALSE(table->currentIndex().isValid());
    answerNext(QMessageBox::Cancel);
    QTest::mouseClick(child<QPushButton>(p, "newReferralButton"), Qt::LeftButton);
    CHECK(reason->text() == QStringLiteral("Shelter for two weeks"));

    // Discard: the saved referral is shown.
    answerNext(QMessageBox::Discard);
    table->selectRow(0);
    CHECK(reason->text() == QStringLiteral("Legal advice"));
}

TEST_CASE(
    "the directory is read when the Referrals tab is first shown, and again only after it changed", "[ui][referrals]")
{
    test::WorkspaceFixture f;
    ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    const domain::Case first = f.addCase(f.addClient(QStringLiteral("Siti Aminah")).id);
    const domain::Case second = f.addCase(f.addClient(QStringLiteral("Rina Marlina")).id);
    addOrganisation(
        f, QStringLiteral("LBH Bandung"), QStringLiteral("legal_aid"), QStringLiteral("id"), QStringLiteral("Bandung"));
    // As in the case workspace: the panel on a tab behind another.
    QTabWidget tabs;
    tabs.addTab(new QWidget, QStringLiteral("Details"));
    auto *panel = new ui::CaseReferralsPanel(*f.ws);
    tabs.addTab(panel, QStringLiteral("Referrals"));
    tabs.resize(1000, 700);
    tabs.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tabs));
    ui::DirectoryCache *directory = panel->organisationPicker()->directory();
    REQUIRE(directory);
    auto *list = child<QListWidget>(*panel, "organisationList");

    // Cases opened without looking at their referrals read nothing of the directory.
    panel->setCase(first.id);
    panel->setCase(second.id);
    CHECK(directory->reads() == 0);
    CHECK(list->count() == 0);

    tabs.setCurrentWidget(panel);
    CHECK(directory->reads() == 1);
    CHECK(list->count() == 1);
    // Back and forth, another case: the list read once is used.
    tabs.setCurrentIndex(0);
    panel->setCase(first.id);
    tabs.setCurrentWidget(panel);
    CHECK(directory->reads() == 1);
    CHECK(list->count() == 1);

    // The directory changed (the Directory page, or sync): read again the next time it is shown.
    tabs.setCurrentIndex(0);
    const domain::Organisation kjri = addOrganisation(f, QStringLiteral("KJRI Hong Kong"), QStringLiteral("consulate"),
        QStringLiteral("hk"), QStringLiteral("Causeway Bay"));
    tabs.setCurrentWidget(panel);
    CHECK(directory->reads() == 2);
    REQUIRE(list->count() == 2);
    domain::Organisation renamed = kjri;
    renamed.name = QStringLiteral("Konsulat Jenderal RI Hong Kong");
    REQUIRE(f.ws->organisations().update(renamed).ok());
    tabs.setCurrentIndex(0);
    tabs.setCurrentWidget(panel);
    CHECK(directory->reads() == 3);
    CHECK(list->findItems(QStringLiteral("Konsulat Jenderal RI Hong Kong"), Qt::MatchStartsWith).size() == 1);
    REQUIRE(f.ws->organisations().remove(kjri.id).ok());
    tabs.setCurrentIndex(0);
    tabs.setCurrentWidget(panel);
    CHECK(list->count() == 1);
}
