#include "repo/Workspace.h"
#include "shell/Workbench.h"
#include "store/Database.h"
#include "sync/ConflictListModel.h"
#include "sync/ConflictLog.h"
#include "sync/ConflictsPanel.h"
#include "sync/SyncPage.h"
#include "ui/FindChild.h"
#include "ui/ProfileWindow.h"
#include "ui/Screenshots.h"
#include "unlock/Session.h"

#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lintas;
using namespace lintas::test;

namespace {

// A case deleted on another laptop while this one's colleague edited it: the entry that
// repo/DeleteConflicts leaves (kept: deleted, lost: the edit that did not see it).
struct DeletedWhileEdited {
    ProfilesFolder folder;
    ui::MainWindow window;

    explicit DeletedWhileEdited(const QString &language) : folder(language), window(folder.service, folder.languages)
    {
        showActive(window);
        createProfileInWindow(window, QStringLiteral("kopi tubruk di pagi hari"));
        repo::Workspace &ws = window.session()->workspace();
        domain::Client client;
        client.fullName = QStringLiteral("Siti Aminah");
        auto created = ws.clients().create(client);
        REQUIRE(created.ok());
        domain::Case kase;
        kase.clientId = created->id;
        kase.title = QStringLiteral("Unpaid wages, Tuen Mun employer");
        auto made = ws.cases().create(kase);
        REQUIRE(made.ok());
        REQUIRE(ws.cases().remove(made->id).ok());
        const auto deleted = ws.cases().get(made->id);
        REQUIRE(deleted.ok());
        sync::Conflict c;
        c.entity = QStringLiteral("case");
        c.entityId = made->id;
        c.field = QStringLiteral("deleted");
        c.keptValue = qint64(1);
        c.keptHlc = sync::Hlc::from(1'795'000'000'000, 0);
        c.keptDevice = QStringLiteral("aaaaaaaa000000000000000000000000");
        c.lostValue = qint64(0);
        c.lostHlc = sync::Hlc::from(1'795'000'300'000, 0);
        c.lostDevice = QStringLiteral("bbbbbbbb000000000000000000000000");
        c.detectedAt = 1'795'000'400'000;
        REQUIRE(sync::ConflictLog(ws.database()).record(c).ok());
    }

    ui::SyncPage &conflictsPage()
    {
        window.workbench()->showSync();
        ui::SyncPage *page = window.workbench()->syncPage();
        REQUIRE(page);
        page->showTab(ui::SyncPage::Tab::Conflicts);
        page->refresh();
        auto *view = child<QTableView>(*page, "conflictsView");
        view->selectRow(0);
        view->resizeColumnsToContents();
        return *page;
    }
};

} // namespace

TEST_CASE("an edit a deletion did not see reads as such, and offers to bring the record back", "[ui][sync][conflict]")
{
    DeletedWhileEdited laptop(QStringLiteral("en"));
    ui::SyncPage &page = laptop.conflictsPage();
    ui::ConflictListModel *model = page.conflicts()->model();
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, ui::ConflictListModel::Field).data().toString() == QStringLiteral("Deleted while edited"));
    CHECK(model->index(0, ui::ConflictListModel::Kept).data().toString() == QStringLiteral("Deleted"));
    CHECK(model->index(0, ui::ConflictListModel::Lost).data().toString()
        == QStringLiteral("An edit made without seeing the deletion"));
    CHECK(child<QPushButton>(page, "restoreConflictButton")->text() == QStringLiteral("Bring the record back"));
    const QString detail = child<QLabel>(page, "conflictDetail")->text();
    CHECK(detail.startsWith(QStringLiteral("Deleted by laptop aaaaaaaa")));
    CHECK(detail.contains(QStringLiteral("An edit by laptop bbbbbbbb")));

    // One click: the record is back.
    QTest::mouseClick(child<QPushButton>(page, "restoreConflictButton"), Qt::LeftButton);
    CHECK(model->rowCount() == 0);
    const auto cases = laptop.window.session()->workspace().database().scalar(
        QStringLiteral("SELECT count(*) FROM cases WHERE coalesce(deleted, 0) = 0"));
    REQUIRE(cases.ok());
    CHECK(cases->toInt() == 1);
}

// LINTAS_SCREENSHOT_DIR=dir lintas-tests-ui-conflicts "[.screenshots]"
TEST_CASE("the conflicts page with an edit a deletion did not see, in Indonesian and English", "[.screenshots]")
{
    const QString dir = screenshotDir();
    DeletedWhileEdited laptop(QStringLiteral("en"));
    for (const QString &language : {QStringLiteral("id"), QStringLiteral("en")}) {
        switchLanguageNow(laptop.folder.languages, language);
        laptop.conflictsPage();
        saveScreenshot(laptop.window, dir, QStringLiteral("sync-conflict-deleted-%1.png").arg(language));
    }
}
