#include "casework/ClaimModel.h"
#include "casework/ClaimsTab.h"
#include "i18n/LanguageManager.h"
#include "support/WorkspaceFixture.h"
#include "ui/FindChild.h"
#include "ui/UiWait.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lintas;
using test::child;
using test::waitUntil;

namespace {

struct ClaimsOnScreen {
    test::WorkspaceFixture f;
    ui::LanguageManager languages;
    domain::Case kase;
    domain::Claim wages;
    std::unique_ptr<ui::ClaimsTab> tab;

    ClaimsOnScreen()
    {
        languages.setLanguage(QStringLiteral("en"));
        kase = f.addCase(f.addClient(QStringLiteral("Siti Aminah")).id);
        domain::Claim w;
        w.caseId = kase.id;
        w.claimType = QStringLiteral("wages_arrears");
        w.currency = QStringLiteral("HKD");
        w.amountClaimed = 510000;
        w.amountAwarded = 400050;
        wages = *f.ws->claims().create(w);
        domain::ClaimPayment paid;
        paid.claimId = wages.id;
        paid.amount = 150000;
        paid.paidOn = QDate(2026, 10, 4);
        REQUIRE(f.ws->claims().addPayment(paid).ok());
        domain::Claim fee;
        fee.caseId = kase.id;
        fee.claimType = QStringLiteral("agency_fee_refund");
        fee.currency = QStringLiteral("IDR");
        fee.amountClaimed = 1250000;
        REQUIRE(f.ws->claims().create(fee).ok());

        tab = std::make_unique<ui::ClaimsTab>(*f.ws);
        tab->setCase(kase);
        tab->resize(1000, 640);
        tab->show();
        REQUIRE(QTest::qWaitForWindowExposed(tab.get()));
    }

    QString cell(const QString &claimId, int column) const
    {
        return tab->model()->index(tab->model()->rowOf(claimId), column).data().toString();
    }
    QString text(const char *name) { return child<QLineEdit>(*tab, name)->text(); }
    QString label(const char *name) { return child<QLabel>(*tab, name)->text(); }
};

} // namespace

TEST_CASE("every amount on the Claims tab follows a language switch, both ways", "[ui][casework]")
{
    ClaimsOnScreen s;
    QAbstractItemModelTester tester(s.tab->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto *table = child<QTableView>(*s.tab, "claimTable");
    table->selectRow(s.tab->model()->rowOf(s.wages.id));
    REQUIRE(s.text("amountClaimed") == QStringLiteral("5,100"));
    // Typed and not saved: an offer on the claim, and a payment.
    child<QLineEdit>(*s.tab, "amountOffered")->setText(QStringLiteral("1,000"));
    child<QLineEdit>(*s.tab, "paymentAmount")->setText(QStringLiteral("250.50"));
    CHECK(s.cell(s.wages.id, ui::ClaimModel::Awarded) == QStringLiteral("HK$4,000.50"));
    CHECK(s.label("claimTotals").contains(QStringLiteral("IDR: claimed Rp1,250,000")));

    s.languages.setLanguage(QStringLiteral("id"));
    REQUIRE(waitUntil([&] { return s.label("claimTotals").contains(QStringLiteral("Rp1.250.000")); }));
    CHECK(s.label("claimTotals").contains(QStringLiteral("HK$5.100")));
    CHECK(s.cell(s.wages.id, ui::ClaimModel::Claimed) == QStringLiteral("HK$5.100"));
    CHECK(s.cell(s.wages.id, ui::ClaimModel::Awarded) == QStringLiteral("HK$4.000,50"));
    CHECK(s.cell(s.wages.id, ui::ClaimModel::Paid) == QStringLiteral("HK$1.500"));
    CHECK(s.label("claimPayments").contains(QStringLiteral("HK$1.500")));
    CHECK(s.text("amountClaimed") == QStringLiteral("5.100"));
    CHECK(s.text("amountAwarded") == QStringLiteral("4.000,50"));
    CHECK(s.text("amountOffered") == QStringLiteral("1.000")); // what she typed, kept, rewritten
    CHECK(s.text("paymentAmount") == QStringLiteral("250,50"));
    CHECK(child<QLineEdit>(*s.tab, "amountClaimed")->placeholderText().contains(QStringLiteral("5.100,50")));

    s.languages.setLanguage(QStringLiteral("en"));
    REQUIRE(waitUntil([&] { return s.label("claimTotals").contains(QStringLiteral("Rp1,250,000")); }));
    CHECK(s.cell(s.wages.id, ui::ClaimModel::Claimed) == QStringLiteral("HK$5,100"));
    CHECK(s.cell(s.wages.id, ui::ClaimModel::Awarded) == QStringLiteral("HK$4,000.50"));
    CHECK(s.label("claimPayments").contains(QStringLiteral("HK$1,500")));
    CHECK(s.text("amountClaimed") == QStringLiteral("5,100"));
    CHECK(s.text("amountOffered") == QStringLiteral("1,000"));
    CHECK(s.text("paymentAmount") == QStringLiteral("250.50"));

    // What was typed before the switches is what is saved.
    REQUIRE(s.tab->saveClaim());
    CHECK(s.f.ws->claims().get(s.wages.id)->amountOffered == 100000);
    REQUIRE(s.tab->recordPayment());
    CHECK(s.tab->model()->paidOn(s.tab->model()->rowOf(s.wages.id)) == 175050);
}

TEST_CASE("a new claim typed before a language switch keeps its amounts", "[ui][casework]")
{
    ClaimsOnScreen s;
    s.tab->newClaim();
    child<QLineEdit>(*s.tab, "amountClaimed")->setText(QStringLiteral("2,300.75"));
    child<QLineEdit>(*s.tab, "amountAwarded")->setText(QStringLiteral("not sure yet"));
    s.languages.setLanguage(QStringLiteral("id"));
    REQUIRE(waitUntil([&] { return s.text("amountClaimed") == QStringLiteral("2.300,75"); }));
    CHECK(s.text("amountAwarded") == QStringLiteral("not sure yet")); // not an amount: left as typed
    CHECK(s.tab->hasUnsavedText());
    child<QLineEdit>(*s.tab, "amountAwarded")->clear();
    REQUIRE(s.tab->saveClaim());
    CHECK(s.tab->model()->rowCount() == 3);
    s.languages.setLanguage(QStringLiteral("en"));
}
