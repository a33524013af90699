#include "SyncWindows.h"

#include "repo/Workspace.h"
#include "sync/BundleFilesBox.h"
#include "sync/ConflictListModel.h"
#include "sync/ConflictsPanel.h"
#include "sync/JoinPanel.h"
#include "sync/MembersPanel.h"
#include "sync/SyncChip.h"
#include "sync/SyncPage.h"
#include "ui/Screenshots.h"
#include "unlock/Session.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

using namespace lintas;
using namespace lintas::test;

TEST_CASE("a laptop joins from the sync page, an admin invites and approves a colleague by her fingerprint",
    "[ui][sync][e2e]")
{
    RunningOrganisation running(QStringLiteral("Serikat BMI Hong Kong"));
    const Organisation &org = running.org;
    Laptop eni(QStringLiteral("en"));
    Laptop sri(QStringLiteral("en"));
    CHECK(eni.window.syncChip()->text() == QStringLiteral("Not syncing"));

    setUpOrganisation(org, eni, sri);

    // A client added on one laptop reaches the other, and the chip tells when.
    domain::Client client;
    client.fullName = QStringLiteral("Siti Aminah");
    client.gender = QStringLiteral("female");
    REQUIRE(eni.window.session()->workspace().clients().create(client).ok());
    REQUIRE(waitUntil([&] { return eni.sync().state().waiting == 1; }, 10'000)); // noticed without being told
    CHECK(eni.window.syncChip()->text().contains(QStringLiteral("waiting")));
    REQUIRE(eni.syncAndWait());
    CHECK(eni.window.syncChip()->text().startsWith(QStringLiteral("Synced at")));
    REQUIRE(sri.syncAndWait());
    auto listed = sri.window.session()->workspace().clients().list(100);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().fullName == QStringLiteral("Siti Aminah"));
}

TEST_CASE("an offline conflict shows on both laptops' conflicts page and is put back with one click", "[ui][sync][e2e]")
{
    RunningOrganisation running(QStringLiteral("Serikat BMI Hong Kong"));
    const Organisation &org = running.org;
    Laptop eni(QStringLiteral("en"));
    Laptop sri(QStringLiteral("en"));
    setUpOrganisation(org, eni, sri);

    repo::Workspace &eniWs = eni.window.session()->workspace();
    repo::Workspace &sriWs = sri.window.session()->workspace();
    // Both change the risk before either hears of the other's change.
    const QString caseId = makeOfflineConflict(eni, sri,
        [](domain::Case &kase, bool onEni) { kase.risk = onEni ? QStringLiteral("medium") : QStringLiteral("high"); });
    const QString kept = eniWs.cases().get(caseId)->risk;
    CHECK(sriWs.cases().get(caseId)->risk == kept);
    const QString lost = kept == QStringLiteral("high") ? QStringLiteral("Medium") : QStringLiteral("High");

    for (Laptop *laptop : {&eni, &sri}) {
        ui::SyncPage &page = openSyncPage(*laptop, ui::SyncPage::Tab::Conflicts);
        page.refresh();
        ui::ConflictListModel *model = page.conflicts()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        REQUIRE(model->rowCount() == 1);
        CHECK(model->index(0, ui::ConflictListModel::Record).data().toString().contains(QStringLiteral("Tuen Mun")));
        CHECK(model->index(0, ui::ConflictListModel::Field).data().toString() == QStringLiteral("Risk"));
        CHECK(model->index(0, ui::ConflictListModel::Lost).data().toString() == lost);
        CHECK(page.summary() == QStringLiteral("1 conflict to check"));
    }

    // Sri puts the replaced value back: on her laptop at once, on Eni's after a sync, and the
    // entry closes on both.
    ui::SyncPage &page = openSyncPage(sri, ui::SyncPage::Tab::Conflicts);
    auto *view = child<QTableView>(page, "conflictsView");
    view->selectRow(0);
    QTest::mouseClick(child<QPushButton>(page, "restoreConflictButton"), Qt::LeftButton);
    const QString restored = lost.toLower();
    CHECK(sriWs.cases().get(caseId)->risk == restored);
    CHECK(page.conflicts()->model()->rowCount() == 0);
    CHECK(child<QLabel>(page, "noConflictsLabel")->isVisible());
    REQUIRE(sri.syncAndWait());
    REQUIRE(eni.syncAndWait());
    CHECK(eniWs.cases().get(caseId)->risk == restored);
    ui::SyncPage &eniPage = openSyncPage(eni, ui::SyncPage::Tab::Conflicts);
    eniPage.refresh();
    CHECK(eniPage.conflicts()->model()->rowCount() == 0);
}

TEST_CASE("an admin makes the recovery key and removes a lost laptop, a new laptop comes back with the key",
    "[ui][sync][e2e][revocation]")
{
    RunningOrganisation running(QStringLiteral("Serikat BMI Hong Kong"));
    const Organisation &org = running.org;
    Laptop eni(QStringLiteral("en"));
    Laptop sri(QStringLiteral("en"));
    setUpOrganisation(org, eni, sri);
    domain::Client client;
    client.fullName = QStringLiteral("Ratna Dewi");
    REQUIRE(eni.window.session()->workspace().clients().create(client).ok());
    REQUIRE(eni.syncAndWait());
    REQUIRE(sri.syncAndWait());

    ui::SyncPage &page = *eni.window.workbench()->syncPage();
    auto *members = child<ui::MembersPanel>(page, "membersPanel");

    // The recovery key: asked once, then shown once; Done waits for the tick.
    QString recoveryLink;
    whenModalShows([&](QWidget *question) {
        whenModalShows([&](QWidget *dialog) {
            auto *done = child<QPushButton>(*dialog, "orgRecoveryDone");
            CHECK_FALSE(done->isEnabled());
            CHECK_FALSE(child<QLabel>(*dialog, "orgRecoveryCode")->text().isEmpty());
            recoveryLink = child<QLabel>(*dialog, "orgRecoveryLink")->text();
            child<QCheckBox>(*dialog, "orgRecoveryKept")->setChecked(true);
            CHECK(done->isEnabled());
            QTest::mouseClick(done, Qt::LeftButton);
        });
        auto *box = qobject_cast<QMessageBox *>(question);
        REQUIRE(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(*members, "recoveryKeyButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !recoveryLink.isEmpty(); }, 60'000));
    REQUIRE(recoveryLink.startsWith(QStringLiteral("lintas:orgrecovery?")));
    REQUIRE(eni.syncAndWait());

    // Sri's laptop is lost: removed after a tick, from a list without Eni's own laptop.
    bool removeOffered = false;
    whenModalShows([&](QWidget *dialog) {
        auto *laptops = child<QComboBox>(*dialog, "laptopCombo");
        CHECK(laptops->count() == 2); // Sri's laptop and the recovery key
        const int sri = laptops->findText(QStringLiteral("Laptop Sri"), Qt::MatchStartsWith);
        REQUIRE(sri >= 0);
        laptops->setCurrentIndex(sri);
        auto *remove = child<QPushButton>(*dialog, "removeButton");
        CHECK_FALSE(remove->isEnabled());
        child<QCheckBox>(*dialog, "understoodCheck")->setChecked(true);
        REQUIRE(remove->isEnabled());
        removeOffered = true;
        QTest::mouseClick(remove, Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(*members, "removeLaptopButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return removeOffered; }, 30'000));
    auto *status = child<QLabel>(*members, "membersStatus");
    REQUIRE(waitUntil([&] { return status->text().contains(QStringLiteral("is removed")); }, 60'000));

    sri.window.sync()->syncNow();
    REQUIRE(waitUntil([&] { return sri.sync().state().problem == sync::SyncProblem::Refused; }, 30'000));

    // Eni's laptop is lost too: a new laptop types the link from the sheet where it asks for a join code.
    Laptop baru(QStringLiteral("en"));
    join(baru, recoveryLink, QString(), QStringLiteral("New laptop, Causeway Bay"));
    ui::SyncPage &baruPage = *baru.window.workbench()->syncPage();
    auto *baruMembers = child<ui::MembersPanel>(baruPage, "membersPanel");
    REQUIRE(waitUntil([&] { return baruMembers->isVisible(); }, 60'000));
    REQUIRE(waitUntil([&] { return baru.synced(); }, 60'000));
    CHECK(child<QWidget>(*baruMembers, "adminTools")->isVisible());
    auto listed = baru.window.session()->workspace().clients().list(100);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 1);
    CHECK(listed->first().fullName == QStringLiteral("Ratna Dewi"));
}

TEST_CASE(
    "with no signal, a laptop's changes go to a colleague as a file from the status page", "[ui][sync][e2e][bundle]")
{
    RunningOrganisation running(QStringLiteral("Serikat BMI Hong Kong"));
    Laptop eni(QStringLiteral("en"));
    Laptop sri(QStringLiteral("en"));
    setUpOrganisation(running.org, eni, sri);
    domain::Client client;
    client.fullName = QStringLiteral("Wati Village Client");
    REQUIRE(eni.window.session()->workspace().clients().create(client).ok());

    TempDir files;
    const QString path = files.file(QStringLiteral("eni.lintasbundle"));
    auto *eniBox = child<ui::BundleFilesBox>(openSyncPage(eni, ui::SyncPage::Tab::Status), "bundleFilesBox");
    REQUIRE(eniBox->isVisible());
    eniBox->saveTo(path);
    auto *eniStatus = child<QLabel>(*eniBox, "bundleStatus");
    REQUIRE(waitUntil([&] { return eniStatus->text().contains(QStringLiteral("saved in the file")); }, 30'000));
    REQUIRE(QFile::exists(path));

    auto *sriBox = child<ui::BundleFilesBox>(openSyncPage(sri, ui::SyncPage::Tab::Status), "bundleFilesBox");
    auto *sriStatus = child<QLabel>(*sriBox, "bundleStatus");
    sriBox->loadFrom(path);
    REQUIRE(waitUntil([&] { return sriStatus->text().contains(QStringLiteral("added from the file")); }, 30'000));
    CHECK(sriStatus->text().startsWith(QStringLiteral("1 change")));
    auto listed = sri.window.session()->workspace().clients().list(100);
    REQUIRE(listed.ok());
    CHECK(std::any_of(listed->cbegin(), listed->cend(),
        [](const domain::Client &c) { return c.fullName == QStringLiteral("Wati Village Client"); }));

    // The same file again adds nothing; a file that is not one is refused in plain words.
    sriBox->loadFrom(path);
    REQUIRE(waitUntil([&] { return sriStatus->text().contains(QStringLiteral("were here already")); }, 30'000));
    CHECK(sriStatus->text().startsWith(QStringLiteral("0 changes")));
    const QString photo = files.file(QStringLiteral("photo.jpg"));
    {
        QFile f(photo);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("\xff\xd8\xff\xe0 not a bundle");
    }
    sriBox->loadFrom(photo);
    REQUIRE(waitUntil([&] { return sriStatus->text().contains(QStringLiteral("not a Lintas changes file")); }, 30'000));
}
