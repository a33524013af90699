#include "casework/CaseWorkspace.h"
#include "clients/ClientCasesModel.h"
#include "clients/ClientDetailsForm.h"
#include "clients/ClientListModel.h"
#include "clients/ClientPhonesTab.h"
#include "clients/ClientWorkspace.h"
#include "clients/ClientsPage.h"
#include "crypto/SecretBytes.h"
#include "i18n/LanguageManager.h"
#include "repo/Workspace.h"
#include "shell/MainWindow.h"
#include "shell/Workbench.h"
#include "support/TempDir.h"
#include "today/TodayPage.h"
#include "ui/ProfileWindow.h"
#include "ui/UiWait.h"
#include "unlock/ProfileService.h"
#include "unlock/Session.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lintas;
using test::waitUntil;

namespace {

const QString kPassphrase = QStringLiteral("kopi tubruk tanpa gula");

} // namespace

TEST_CASE("back from a client, the list is where she was opened from", "[ui][shell][clients]")
{
    test::ProfilesFolder profiles(QStringLiteral("en"));
    {
        auto future
            = profiles.service.createAndOpen(QStringLiteral("Dewi Lestari"), SecretBytes::fromUtf8(kPassphrase));
        future.waitForFinished();
        auto created = future.takeResult();
        REQUIRE(created.ok());
        REQUIRE(created->session.ok());
        repo::Workspace &ws = (*created->session)->workspace();
        for (int i = 0; i < 340; ++i) {
            domain::Client c;
            c.fullName = QStringLiteral("Klien %1").arg(i, 4, 10, QLatin1Char('0'));
            c.status = QStringLiteral("abroad");
            auto client = ws.clients().create(c);
            REQUIRE(client.ok());
            if (i == 260) {
                domain::Case k;
                k.clientId = client->id;
                k.caseTypes = {QStringLiteral("unpaid_wages")};
                k.jurisdictions = {QStringLiteral("hk")};
                REQUIRE(ws.cases().create(k).ok());
            }
        }
    }
    ui::MainWindow window(profiles.service, profiles.languages);
    test::showActive(window);
    window.findChild<QLineEdit *>(QStringLiteral("passphraseEdit"))->setText(kPassphrase);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("unlockButton")), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return window.isUnlocked() && window.workbench()->today()->isVisible(); }));
    ui::Workbench *bench = window.workbench();
    REQUIRE(bench->showSection(ui::Section::Clients));
    ui::ClientsPage *clients = bench->clients();
    QAbstractItemModelTester tester(clients->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTableView *table = clients->table();

    // Deep in the list: row 260 of 340, fetched page by page as she scrolls.
    while (clients->model()->rowCount() <= 260 && clients->model()->canFetchMore({}))
        clients->model()->fetchMore({});
    table->setFocus();
    table->selectRow(260);
    table->scrollTo(clients->model()->index(260, 0), QAbstractItemView::PositionAtCenter);
    const int scrolledTo = table->verticalScrollBar()->value();
    REQUIRE(scrolledTo > 200);
    const QString chosen = clients->model()->rowAt(260)->client.id;
    QSignalSpy resets(clients->model(), &QAbstractItemModel::modelReset);

    // Enter opens her; a new number and a new village are saved; Back.
    QTest::keyClick(table, Qt::Key_Return);
    ui::ClientWorkspace *workspace = bench->clientWorkspace();
    REQUIRE(waitUntil([&] { return workspace->isVisible(); }));
    REQUIRE(workspace->currentClient().id == chosen);
    workspace->tabs()->setCurrentWidget(workspace->phones());
    workspace->findChild<QLineEdit *>(QStringLiteral("phoneNumber"))->setText(QStringLiteral("+62 812 3456 7890"));
    REQUIRE(workspace->phones()->addPhone());
    workspace->tabs()->setCurrentIndex(0);
    auto *village = workspace->findChild<QLineEdit *>(QStringLiteral("client_village"));
    REQUIRE(village);
    village->setText(QStringLiteral("Sukamaju"));
    REQUIRE(workspace->details()->save());

    // Her case opened from her Cases tab and edited (here, by sync): back on her record the tab
    // shows it as it is now, still chosen.
    workspace->tabs()->setCurrentIndex(3);
    auto *herCases = workspace->findChild<QTableView *>(QStringLiteral("clientCaseTable"));
    REQUIRE(workspace->casesModel()->rowCount() == 1);
    herCases->setFocus();
    herCases->selectRow(0);
    QTest::keyClick(herCases, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return window.caseWorkspace()->isVisible(); }));
    repo::Workspace &ws = window.session()->workspace();
    domain::Case kase = *ws.cases().get(window.caseWorkspace()->currentCase().id);
    kase.status = QStringLiteral("closed");
    REQUIRE(ws.cases().update(kase).ok());
    QTest::mouseClick(
        window.caseWorkspace()->findChild<QPushButton *>(QStringLiteral("backToCasesButton")), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return workspace->isVisible(); }));
    CHECK(
        workspace->casesModel()->index(0, ui::ClientCasesModel::Status).data().toString() == QStringLiteral("Closed"));
    CHECK(herCases->currentIndex().row() == 0);

    workspace->goBack();
    REQUIRE(waitUntil([&] { return clients->isVisible(); }));

    // Same row, same scroll, not read again from the top; her row shows the new village.
    CHECK(resets.isEmpty());
    CHECK(table->currentIndex().row() == 260);
    CHECK(clients->model()->rowAt(260)->client.id == chosen);
    CHECK(table->verticalScrollBar()->value() == scrolledTo);
    CHECK(clients->model()->index(260, ui::ClientListModel::Home).data().toString() == QStringLiteral("Sukamaju"));

    // To another section and back: read again, still at her.
    REQUIRE(bench->showSection(ui::Section::Today));
    REQUIRE(bench->showSection(ui::Section::Clients));
    CHECK(clients->model()->rowAt(table->currentIndex().row())->client.id == chosen);
    CHECK(table->verticalScrollBar()->value() == scrolledTo);
}
