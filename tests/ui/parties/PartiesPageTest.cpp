#include "parties/PartiesPage.h"
#include "common/CodeCombo.h"
#include "i18n/LanguageManager.h"
#include "parties/PartyCasesModel.h"
#include "parties/PartyDetails.h"
#include "parties/PartyForm.h"
#include "parties/PartyListModel.h"
#include "support/QtPrinters.h"
#include "ui/FindChild.h"
#include "ui/UiWait.h"
#include "ui/parties/PartyTestData.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lintas;
using test::child;
using test::waitUntil;
using ui::PartyListModel;

namespace {

struct Register {
    test::WorkspaceFixture f;
    ui::LanguageManager languages;
    domain::Party agency;
    domain::Party employer;
    domain::Case first;
    domain::Case second;

    Register()
    {
        languages.setLanguage(QStringLiteral("en"));
        agency = test::addParty(f, QStringLiteral("Golden Star Employment Agency"), QStringLiteral("agency_overseas"));
        employer = test::addParty(f, QStringLiteral("Chan Tai Man"), QStringLiteral("employer"));
        first = f.addCase(f.addClient(QStringLiteral("Siti Aminah")).id);
        second = f.addCase(f.addClient(QStringLiteral("Rina Marlina")).id);
        test::linkParty(f, first.id, agency.id, QStringLiteral("agency"));
        test::linkParty(f, second.id, agency.id, QStringLiteral("agency"));
        test::linkParty(f, second.id, employer.id, QStringLiteral("employer"));
    }
};

struct OpenPage : Register {
    ui::PartiesPage page {*f.ws};

    OpenPage()
    {
        page.resize(1200, 700);
        page.show();
        page.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&page));
    }

    QTableView *table() { return child<QTableView>(page, "partyTable"); }
    void select(const QString &partyId)
    {
        const int row = page.model()->rowOf(partyId);
        REQUIRE(row >= 0);
        table()->setFocus();
        table()->setCurrentIndex(page.model()->index(row, 0));
    }
};

} // namespace

TEST_CASE("the party list pages through thousands of parties with their case counts", "[ui][parties]")
{
    Register r;
    for (int i = 0; i < 250; ++i)
        test::addParty(r.f, QStringLiteral("Majikan %1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("employer"));
    PartyListModel model(*r.f.ws);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.totalCount() == 252);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 252);

    const int agencyRow = model.rowOf(r.agency.id);
    REQUIRE(agencyRow >= 0);
    CHECK(model.data(model.index(agencyRow, PartyListModel::Cases)).toInt() == 2);
    CHECK(model.data(model.index(agencyRow, PartyListModel::Cases), Qt::ToolTipRole)
              .toString()
              .startsWith(QStringLiteral("Appears in 2 case")));
    CHECK(model.data(model.index(agencyRow, PartyListModel::Kind)).toString()
        == QStringLiteral("Employment agency abroad"));
    CHECK(model.data(model.index(agencyRow, PartyListModel::Country)).toString() == QStringLiteral("Hong Kong"));

    model.setFilter({QStringLiteral("agency_overseas"), {}});
    CHECK(model.totalCount() == 1);
    model.setFilter({QStringLiteral("employer"), QStringLiteral("chan")});
    CHECK(model.totalCount() == 1);
    model.setFilter({{}, QStringLiteral("100%")}); // typed % is a letter, not a wildcard
    CHECK(model.totalCount() == 0);
    model.setFilter({{}, QStringLiteral("majikan 12")});
    CHECK(model.totalCount() == 10);
    model.fetchMore({});
    CHECK(model.rowCount() == 10);

    r.languages.setLanguage(QStringLiteral("id"));
    model.retranslate();
    model.setFilter({QStringLiteral("employer"), QStringLiteral("chan")});
    model.fetchMore({});
    CHECK(model.data(model.index(0, PartyListModel::Kind)).toString() == QStringLiteral("Pemberi kerja (majikan)"));
}

TEST_CASE("a party linked to two cases says so and opens either case", "[ui][parties]")
{
    OpenPage o;
    o.select(o.agency.id);
    QTableView *table = o.table();
    const int row = o.page.model()->rowOf(o.agency.id);
    CHECK(o.page.model()->index(row, PartyListModel::Cases).data().toInt() == 2);
    // (Plural endings come from the catalogue: "2 cases" there, "2 case(s)" before it is filled.)
    CHECK(child<QLabel>(o.page, "partyUsage")->text().startsWith(QStringLiteral("This agency appears in 2 case")));
    CHECK(child<QLabel>(o.page, "partyTitle")->text() == o.agency.name);

    auto *cases = child<QTableView>(o.page, "partyCaseTable");
    QAbstractItemModelTester tester(cases->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(cases->model()->rowCount() == 2);
    CHECK(cases->model()->index(0, ui::PartyCasesModel::Client).data().toString() == QStringLiteral("Siti Aminah"));
    CHECK(cases->model()->index(0, ui::PartyCasesModel::Role).data().toString() == QStringLiteral("Agency"));
    CHECK(cases->model()->index(0, ui::PartyCasesModel::Reference).data().toString() == o.first.reference);

    QSignalSpy opened(&o.page, &ui::PartiesPage::caseActivated);
    cases->setFocus();
    cases->setCurrentIndex(cases->model()->index(1, 0));
    QTest::keyClick(cases, Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).toString() == o.second.id);
    const QRect cell = cases->visualRect(cases->model()->index(0, 0));
    // A real double click: press and release, then the double-click event (QTest's widget
    // mouseDClick sends only the last, which a view takes for a first press).
    QTest::mouseClick(cases->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    QTest::mouseDClick(cases->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    QTest::mouseRelease(cases->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    REQUIRE(opened.size() == 2);
    CHECK(opened.at(1).at(0).toString() == o.first.id);

    // The employer, in one case.
    o.select(o.employer.id);
    CHECK(child<QLabel>(o.page, "partyUsage")->text().startsWith(QStringLiteral("This employer appears in 1 case")));
    CHECK(table->currentIndex().row() == o.page.model()->rowOf(o.employer.id));
}

TEST_CASE("editing a party saves it, a refused save keeps what was typed", "[ui][parties]")
{
    OpenPage o;
    o.select(o.employer.id);
    auto *phone = child<QLineEdit>(o.page, "party_phone");
    auto *notes = child<QPlainTextEdit>(o.page, "party_notes");
    auto *name = child<QLineEdit>(o.page, "party_name");
    phone->setFocus();
    QTest::keyClicks(phone, QStringLiteral("+852 9123 4567"));
    CHECK(o.page.hasUnsavedChanges());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(o.page.hasUnsavedChanges());
    CHECK(o.f.ws->parties().get(o.employer.id)->phone == QStringLiteral("+852 9123 4567"));

    name->clear();
    notes->setPlainText(QStringLiteral("Rumah di Tai Po, lantai 12"));
    QTest::mouseClick(child<QPushButton>(o.page, "savePartyButton"), Qt::LeftButton);
    auto *error = child<QLabel>(o.page, "partyError");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("Name")));
    CHECK(name->hasFocus());
    CHECK(notes->toPlainText() == QStringLiteral("Rumah di Tai Po, lantai 12"));
    CHECK(o.f.ws->parties().get(o.employer.id)->name == o.employer.name);

    // Leaving the edited party asks; Cancel stays with everything typed.
    test::answerNextMessageBox(QMessageBox::Cancel);
    o.select(o.agency.id);
    QTest::qWait(20);
    CHECK(child<ui::PartyDetails>(o.page, "partyDetails")->partyId() == o.employer.id);
    CHECK(notes->toPlainText() == QStringLiteral("Rumah di Tai Po, lantai 12"));
    test::answerNextMessageBox(QMessageBox::Discard);
    o.select(o.agency.id);
    CHECK(child<ui::PartyDetails>(o.page, "partyDetails")->partyId() == o.agency.id);
    CHECK_FALSE(o.page.hasUnsavedChanges());
}

TEST_CASE("a new party is added from Ctrl+N and must have a name and a kind", "[ui][parties]")
{
    OpenPage o;
    o.page.setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
    auto *name = child<QLineEdit>(o.page, "party_name");
    CHECK(name->hasFocus());
    CHECK(child<QLabel>(o.page, "partyTitle")->text() == QStringLiteral("New party"));
    QTest::keyClicks(name, QStringLiteral("PT Duta Mitra Sejahtera"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    CHECK(child<QLabel>(o.page, "partyError")->isVisible());
    CHECK(name->text() == QStringLiteral("PT Duta Mitra Sejahtera"));
    CHECK(o.page.model()->totalCount() == 2);

    child<ui::CodeCombo>(o.page, "party_kind")->setCode(QStringLiteral("p3mi"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
    CHECK_FALSE(child<QLabel>(o.page, "partyError")->isVisible());
    CHECK(o.page.model()->totalCount() == 3);
    const QString id = child<ui::PartyDetails>(o.page, "partyDetails")->partyId();
    REQUIRE_FALSE(id.isEmpty());
    CHECK(o.table()->currentIndex().row() == o.page.model()->rowOf(id));
    CHECK(child<QLabel>(o.page, "partyUsage")->text() == QStringLiteral("Not linked to any case yet."));
}

TEST_CASE("deleting a party asks, saying how many cases link to it", "[ui][parties]")
{
    OpenPage o;
    o.select(o.agency.id);
    auto *remove = child<QPushButton>(o.page, "deletePartyButton");
    QString question;
    test::answerNextMessageBox(QMessageBox::Cancel, &question);
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(question.contains(QStringLiteral("linked to 2 case")));
    CHECK_FALSE(o.f.ws->parties().get(o.agency.id)->deleted);

    test::answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(o.f.ws->parties().get(o.agency.id)->deleted);
    CHECK(o.f.ws->parties().linksForCase(o.first.id)->isEmpty());
    CHECK(o.page.model()->totalCount() == 1);
    CHECK(child<QLabel>(o.page, "partyEmpty")->isVisible());
}

TEST_CASE("the parties page searches after a pause and filters by kind", "[ui][parties]")
{
    OpenPage o;
    auto *search = child<QLineEdit>(o.page, "partySearch");
    QTest::keyClicks(search, QStringLiteral("golden"));
    CHECK(o.page.model()->filter().nameText.isEmpty()); // not on every key press
    REQUIRE(waitUntil([&] { return o.page.model()->filter().nameText == QStringLiteral("golden"); }, 2000));
    CHECK(o.page.model()->totalCount() == 1);
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(o.page.model()->totalCount() == 2);

    auto *kind = child<ui::CodeCombo>(o.page, "partyKindFilter");
    kind->setCode(QStringLiteral("employer"));
    CHECK(o.page.model()->totalCount() == 1);
    kind->setCode(QStringLiteral("moneylender"));
    CHECK(child<QLabel>(o.page, "partyListMessage")->text() == QStringLiteral("No party matches."));

    // Opening a party from a case clears the filter that hides it.
    CHECK(o.page.showParty(o.agency.id));
    CHECK(kind->code().isEmpty());
    CHECK(o.table()->currentIndex().row() == o.page.model()->rowOf(o.agency.id));
}

TEST_CASE("the parties page follows a language switch", "[ui][parties]")
{
    OpenPage o;
    o.select(o.agency.id);
    auto *kind = child<ui::CodeCombo>(o.page, "party_kind");
    CHECK(kind->currentText() == QStringLiteral("Employment agency abroad"));
    o.languages.setLanguage(QStringLiteral("id"));
    REQUIRE(waitUntil([&] { return kind->currentText() == QStringLiteral("Agen di negara penempatan"); }));
    const int row = o.page.model()->rowOf(o.agency.id);
    CHECK(o.page.model()->index(row, PartyListModel::Kind).data().toString()
        == QStringLiteral("Agen di negara penempatan"));
    auto *cases = child<QTableView>(o.page, "partyCaseTable");
    CHECK(cases->model()->index(0, ui::PartyCasesModel::Role).data().toString()
        == QStringLiteral("Agen / perusahaan penempatan"));
    CHECK(child<ui::CodeCombo>(o.page, "partyKindFilter")->itemText(1) == QStringLiteral("Pemberi kerja (majikan)"));
}

TEST_CASE("shown again, the parties page counts links made and removed in cases meanwhile", "[ui][parties]")
{
    OpenPage o;
    o.select(o.agency.id);
    auto *usage = child<QLabel>(o.page, "partyUsage");
    auto *cases = child<QTableView>(o.page, "partyCaseTable");
    QAbstractItemModelTester tester(cases->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(usage->text().startsWith(QStringLiteral("This agency appears in 2 case")));
    // Something typed and not saved yet stays through the refresh.
    auto *name = child<QLineEdit>(o.page, "party_name");
    name->setText(QStringLiteral("Golden Star Agency (Causeway Bay)"));

    // Elsewhere (a case's Parties tab): linked to a third case, unlinked from the first.
    const domain::Case third = o.f.addCase(o.f.addClient(QStringLiteral("Yuli Astuti")).id);
    test::linkParty(o.f, third.id, o.agency.id, QStringLiteral("agency"));
    auto links = o.f.ws->parties().casesForParty(o.agency.id);
    REQUIRE(links.ok());
    for (const repo::PartyCaseRow &row : *links) {
        if (row.caseId == o.first.id)
            REQUIRE(o.f.ws->parties().unlink(row.linkId).ok());
    }
    const domain::Case fourth = o.f.addCase(o.f.addClient(QStringLiteral("Wulan Sari")).id);
    test::linkParty(o.f, fourth.id, o.agency.id, QStringLiteral("agency"));
    test::linkParty(o.f, third.id, o.employer.id, QStringLiteral("employer"));

    o.page.refresh();
    CHECK(usage->text().startsWith(QStringLiteral("This agency appears in 3 case")));
    REQUIRE(cases->model()->rowCount() == 3);
    QStringList shown;
    for (int row = 0; row < cases->model()->rowCount(); ++row)
        shown << cases->model()->index(row, ui::PartyCasesModel::Reference).data().toString();
    CHECK(shown.contains(third.reference));
    CHECK_FALSE(shown.contains(o.first.reference));
    CHECK(o.page.details()->partyId() == o.agency.id);
    CHECK(o.table()->currentIndex().row() == o.page.model()->rowOf(o.agency.id));
    CHECK(name->text() == QStringLiteral("Golden Star Agency (Causeway Bay)"));
    // The list's counts are fresh too.
    CHECK(o.page.model()->index(o.page.model()->rowOf(o.employer.id), PartyListModel::Cases).data().toInt() == 2);
    o.page.details()->form()->revert();
}
