#include "SyncWindows.h"

#include "crypto/RecoveryCode.h"
#include "repo/Workspace.h"
#include "store/Database.h"
#include "sync/OrgRecoveryDialog.h"
#include "sync/RemoveLaptopDialog.h"
#include "sync/SyncChip.h"
#include "sync/SyncIdentity.h"
#include "sync/SyncSpaces.h"
#include "ui/Screenshots.h"
#include "unlock/RecoverySheet.h"
#include "unlock/Session.h"

#include <QDir>
#include <QPainter>
#include <QTableView>

using namespace lintas;
using namespace lintas::test;

// Renders the sync screens in both languages: LINTAS_SCREENSHOT_DIR=dir lintas-tests-ui-sync
// "[.screenshots]". An admin with a conflict and a colleague waiting; a laptop waiting for approval.
TEST_CASE("sync screens, in Indonesian and English", "[.screenshots]")
{
    const QString dir = screenshotDir();
    RunningOrganisation running(QStringLiteral("Serikat BMI Hong Kong"));
    const Organisation &org = running.org;
    Laptop eni(QStringLiteral("en"));
    Laptop sri(QStringLiteral("en"));
    setUpOrganisation(org, eni, sri);

    makeOfflineConflict(eni, sri, [](domain::Case &kase, bool onEni) {
        kase.risk = onEni ? QStringLiteral("medium") : QStringLiteral("high");
        kase.openedOn = onEni ? QDate(2026, 11, 1) : QDate(2026, 11, 3);
    });

    // A third laptop asks to join and waits.
    Laptop wati(QStringLiteral("en"));
    QString link;
    auto *members = child<ui::MembersPanel>(*eni.window.workbench()->syncPage(), "membersPanel");
    whenModalShows([&](QWidget *dialog) {
        link = child<QLabel>(*dialog, "inviteLink")->text();
        QTimer::singleShot(0, dialog, [dialog, &dir] {
            saveScreenshot(*dialog, dir, QStringLiteral("sync-invite-en.png"));
            static_cast<QDialog *>(dialog)->accept();
        });
    });
    QTest::mouseClick(child<QPushButton>(*members, "inviteButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !link.isEmpty(); }, 30'000));
    join(wati, link, QString(), QStringLiteral("Laptop Wati, Kantor Lampung"));
    auto *shown
        = child<QLabel>(*child<ui::JoinPanel>(*wati.window.workbench()->syncPage(), "joinPanel"), "ownFingerprint");
    REQUIRE(waitUntil([&] { return shown->isVisible() && !shown->text().isEmpty(); }, 30'000));
    openSyncPage(eni, ui::SyncPage::Tab::Organisation);
    QTest::mouseClick(child<QPushButton>(*members, "lookForJoinersButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return child<QListWidget>(*members, "joinerList")->count() == 1; }, 30'000));
    child<QLineEdit>(*members, "typedFingerprintEdit")->setText(shown->text().left(9));

    // Two records set aside on Eni's laptop, to show how the status tab tells them apart: one a
    // newer Lintas made (it waits for an update), one damaged.
    store::Database &eniDb = eni.window.session()->workspace().database();
    REQUIRE(eniDb
                .execScript(QStringLiteral(
                    "INSERT INTO sync_quarantine (space_id, server_seq, envelope, reason, detail, received_at) "
                    "VALUES ('s', 100001, x'00', 'newer_version', 'entity hearing', 0), "
                    "('s', 100002, x'00', 'unreadable', 'bad plaintext', 0)"))
                .ok());

    for (const QString &language : {QStringLiteral("id"), QStringLiteral("en")}) {
        switchLanguageNow(eni.folder.languages, language);
        for (auto [tab, name] :
            {std::pair {ui::SyncPage::Tab::Status, "status"}, std::pair {ui::SyncPage::Tab::Conflicts, "conflicts"},
                std::pair {ui::SyncPage::Tab::Organisation, "organisation"}}) {
            ui::SyncPage &page = openSyncPage(eni, tab);
            if (tab == ui::SyncPage::Tab::Conflicts) {
                page.refresh();
                child<QTableView>(page, "conflictsView")->selectRow(0);
                child<QTableView>(page, "conflictsView")->resizeColumnsToContents();
            }
            saveScreenshot(eni.window, dir, QStringLiteral("sync-%1-%2.png").arg(QLatin1String(name), language));
        }
        openSyncPage(wati, ui::SyncPage::Tab::Organisation);
        saveScreenshot(wati.window, dir, QStringLiteral("sync-join-pending-%1.png").arg(language));
    }

    // Removing a laptop, and the organisation's recovery key (a made-up one: nothing is registered).
    const auto space = sync::SyncSpaces(eniDb).current();
    REQUIRE(space.ok());
    REQUIRE(space->has_value());
    const auto all = sync::SyncSpaces(eniDb).members((*space)->spaceId);
    REQUIRE(all.ok());
    const auto self = sync::SyncIdentity::loadOrCreate(eniDb, eni.sync().random());
    REQUIRE(self.ok());
    ui::RemoveLaptopDialog remove(*all, self->deviceId(), &eni.window);
    sync::OrgRecoverySheet sheet;
    sheet.link = {org.serverUrl, (*space)->spaceId, crypto::RecoveryCode::generate(eni.sync().random())};
    sheet.spaceName = QStringLiteral("Serikat BMI Hong Kong");
    ui::OrgRecoveryDialog recovery(sheet, QDateTime::currentDateTime(), &eni.window);
    for (const QString &language : {QStringLiteral("id"), QStringLiteral("en")}) {
        switchLanguageNow(eni.folder.languages, language);
        for (auto [dialog, name] : {std::pair<QDialog *, const char *> {&remove, "sync-remove-laptop"},
                 std::pair<QDialog *, const char *> {&recovery, "sync-recovery-key"}}) {
            dialog->show();
            QApplication::processEvents();
            saveScreenshot(*dialog, dir, QStringLiteral("%1-%2.png").arg(QLatin1String(name), language));
            dialog->hide();
        }
        QImage page(827, 1169, QImage::Format_RGB32);
        page.setDotsPerMeterX(3937);
        page.setDotsPerMeterY(3937);
        page.fill(Qt::white);
        {
            QPainter painter(&page);
            ui::RecoverySheet::organisation(
                sheet.spaceName, sheet.link.code, sheet.link.toText(), QDateTime::currentDateTime())
                .paint(painter, QRectF(71, 71, 685, 1027));
        }
        REQUIRE(page.save(QDir(dir).filePath(QStringLiteral("org-recovery-sheet-%1.png").arg(language))));
    }
}
