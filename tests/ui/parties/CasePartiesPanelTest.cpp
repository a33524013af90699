#include "parties/CasePartiesPanel.h"
#include "common/CodeCombo.h"
#include "i18n/LanguageManager.h"
#include "parties/LinkPartyDialog.h"
#include "parties/LinkRoleDialog.h"
#include "parties/LinkedPartiesModel.h"
#include "parties/NewPartyDialog.h"
#include "parties/PartyListModel.h"
#include "support/QtPrinters.h"
#include "ui/FindChild.h"
#include "ui/UiWait.h"
#include "ui/parties/PartyTestData.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lintas;
using test::child;
using test::waitUntil;
using ui::LinkedPartiesModel;

namespace {

struct OpenPanel {
    test::WorkspaceFixture f;
    ui::LanguageManager languages;
    domain::Party agency;
    domain::Case kase;
    domain::Case other;
    std::unique_ptr<ui::CasePartiesPanel> panel;

    OpenPanel()
    {
        languages.setLanguage(QStringLiteral("en"));
        agency = test::addParty(f, QStringLiteral("Golden Star Employment Agency"), QStringLiteral("agency_overseas"));
        test::addParty(f, QStringLiteral("Chan Tai Man"), QStringLiteral("employer"));
        kase = f.addCase(f.addClient(QStringLiteral("Siti Aminah")).id);
        other = f.addCase(f.addClient(QStringLiteral("Rina Marlina")).id);
        test::linkParty(f, other.id, agency.id, QStringLiteral("agency"));
        panel = std::make_unique<ui::CasePartiesPanel>(*f.ws);
        panel->setCase(kase.id);
        panel->resize(900, 500);
        panel->show();
        panel->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(panel.get()));
    }

    QTableView *table() { return child<QTableView>(*panel, "casePartyTable"); }
};

} // namespace

TEST_CASE("the Parties tab links a party from the register with a role", "[ui][parties][case]")
{
    OpenPanel o;
    QAbstractItemModelTester tester(o.panel->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(o.panel->model()->rowCount() == 0);

    test::onNextModal<ui::LinkPartyDialog>([](ui::LinkPartyDialog &dialog) {
        auto *search = child<QLineEdit>(dialog, "linkPartySearch");
        QTest::keyClicks(search, QStringLiteral("golden"));
        QTest::keyClick(search, Qt::Key_Down); // searches now and moves into the list
        auto *table = child<QTableView>(dialog, "linkPartyTable");
        REQUIRE(table->model()->rowCount() == 1);
        CHECK(dialog.partyId().size() == 32);
        // The role follows the kind of party: an agency abroad is the agency.
        CHECK(child<ui::CodeCombo>(dialog, "linkPartyRole")->code() == QStringLiteral("agency"));
        child<QLineEdit>(dialog, "linkPartyNotes")->setText(QStringLiteral("Penempatan 2019"));
        QTest::mouseClick(child<QPushButton>(dialog, "linkPartyButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(*o.panel, "linkPartyButton"), Qt::LeftButton);

    LinkedPartiesModel *model = o.panel->model();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, LinkedPartiesModel::Name).data().toString() == o.agency.name);
    CHECK(model->index(0, LinkedPartiesModel::Role).data().toString() == QStringLiteral("Agency"));
    CHECK(model->index(0, LinkedPartiesModel::Cases).data().toString().startsWith(QStringLiteral("in 2 case")));
    CHECK(model->index(0, LinkedPartiesModel::Name).data(Qt::ToolTipRole).toString()
        == QStringLiteral("Penempatan 2019"));
    const auto links = o.f.ws->parties().linksForCase(o.kase.id);
    REQUIRE(links->size() == 1);
    CHECK(links->first().role == QStringLiteral("agency"));

    // Enter opens the party's page.
    QSignalSpy opened(o.panel.get(), &ui::CasePartiesPanel::partyActivated);
    o.table()->setFocus();
    o.table()->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(o.table(), Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).toString() == o.agency.id);

    // Change the role.
    test::onNextModal<ui::LinkRoleDialog>([](ui::LinkRoleDialog &dialog) {
        child<ui::CodeCombo>(dialog, "linkRole")->setCode(QStringLiteral("lender"));
        QTest::mouseClick(child<QPushButton>(dialog, "saveLinkButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(*o.panel, "editLinkButton"), Qt::LeftButton);
    CHECK(model->index(0, LinkedPartiesModel::Role).data().toString() == QStringLiteral("Lender"));
    CHECK(o.f.ws->parties().linksForCase(o.kase.id)->first().role == QStringLiteral("lender"));

    // Unlinking asks first; the party stays in the register.
    QString question;
    test::answerNextMessageBox(QMessageBox::Cancel, &question);
    QTest::keyClick(o.table(), Qt::Key_Delete);
    CHECK(question.contains(o.agency.name));
    CHECK(model->rowCount() == 1);
    test::answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(*o.panel, "unlinkPartyButton"), Qt::LeftButton);
    CHECK(model->rowCount() == 0);
    CHECK(o.f.ws->parties().linksForCase(o.kase.id)->isEmpty());
    CHECK_FALSE(o.f.ws->parties().get(o.agency.id)->deleted);
}

TEST_CASE("the Parties tab adds a party that is not in the register yet and links it", "[ui][parties][case]")
{
    OpenPanel o;
    // From the picker: nothing found, so "New party…" with the name typed so far.
    test::onNextModal<ui::LinkPartyDialog>([](ui::LinkPartyDialog &dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, "linkPartySearch"), QStringLiteral("LPK Bina Karya"));
        test::onNextModal<ui::NewPartyDialog>([](ui::NewPartyDialog &create) {
            auto *name = child<QLineEdit>(create, "party_name");
            CHECK(name->text() == QStringLiteral("LPK Bina Karya"));
            // No kind yet: refused, and the dialog stays open with what was typed.
            QTest::mouseClick(child<QPushButton>(create, "createAndLinkButton"), Qt::LeftButton);
            CHECK(create.isVisible());
            CHECK(child<QLabel>(create, "partyError")->isVisible());
            child<ui::CodeCombo>(create, "party_kind")->setCode(QStringLiteral("training_centre_blk"));
            CHECK(child<ui::CodeCombo>(create, "newPartyRole")->code() == QStringLiteral("trainer"));
            child<ui::CodeCombo>(create, "party_country")->setCode(QStringLiteral("id"));
            QTest::mouseClick(child<QPushButton>(create, "createAndLinkButton"), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(dialog, "createPartyButton"), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(*o.panel, "linkPartyButton"), Qt::LeftButton);

    LinkedPartiesModel *model = o.panel->model();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, LinkedPartiesModel::Name).data().toString() == QStringLiteral("LPK Bina Karya"));
    CHECK(model->index(0, LinkedPartiesModel::Kind).data().toString()
        == QStringLiteral("Training centre / dormitory (BLK-LN)"));
    CHECK(model->index(0, LinkedPartiesModel::Role).data().toString() == QStringLiteral("Training provider"));
    CHECK(model->index(0, LinkedPartiesModel::Cases).data().toString().startsWith(QStringLiteral("in 1 case")));
    CHECK(*o.f.ws->parties().count({}) == 3);

    o.languages.setLanguage(QStringLiteral("id"));
    REQUIRE(waitUntil([&] {
        return model->index(0, LinkedPartiesModel::Role).data().toString()
            == QStringLiteral("Penyelenggara pelatihan (BLK/LPK)");
    }));
}

TEST_CASE("the picker of the Parties tab works under the model tester", "[ui][parties][case]")
{
    OpenPanel o;
    test::onNextModal<ui::LinkPartyDialog>([](ui::LinkPartyDialog &dialog) {
        auto *table = child<QTableView>(dialog, "linkPartyTable");
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        CHECK(table->model()->rowCount() == 2);
        QTest::keyClicks(child<QLineEdit>(dialog, "linkPartySearch"), QStringLiteral("chan"));
        REQUIRE(waitUntil([&] { return table->model()->rowCount() == 1; }, 2000));
        CHECK_FALSE(child<QPushButton>(dialog, "linkPartyButton")->isEnabled());
        dialog.reject();
    });
    QTest::mouseClick(child<QPushButton>(*o.panel, "linkPartyButton"), Qt::LeftButton);
    CHECK(o.panel->model()->rowCount() == 0);
}
