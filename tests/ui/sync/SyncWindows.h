#pragma once

#include "ui/WhenModalShows.h"

#include "repo/Workspace.h"
#include "shell/Workbench.h"
#include "support/ServerProcess.h"
#include "sync/JoinPanel.h"
#include "sync/MembersPanel.h"
#include "sync/SyncController.h"
#include "sync/SyncPage.h"
#include "ui/ProfileWindow.h"
#include "unlock/Session.h"

#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

#include <functional>

// What the sync screens' tests share: a real lintas-server on 127.0.0.1, organisations made with
// its admin command, and laptops (a main window over a profile folder of its own).
namespace lintas::test {

struct Organisation {
    QString serverUrl;
    QString adminCode;
};

inline Organisation createOrganisation(ServerProcess &server, const QString &dataDir, const QString &name)
{
    QProcess admin;
    admin.start(QStringLiteral(LINTAS_SERVER_PATH),
        {QStringLiteral("admin"), QStringLiteral("create-org"), QStringLiteral("--name"), name,
            QStringLiteral("--data-dir"), dataDir});
    REQUIRE(admin.waitForFinished(60'000));
    REQUIRE(admin.exitCode() == 0);
    const QJsonObject org = QJsonDocument::fromJson(admin.readAllStandardOutput()).object();
    return {server.url(), org.value(QStringLiteral("invite_code")).toString()};
}

// A lintas-server running over a folder of its own, with one organisation created by its admin
// command.
struct RunningOrganisation {
    TempDir serverDir;
    ServerProcess server {StoreLocation {serverDir.file(QStringLiteral("server")), QString()}};
    Organisation org;

    explicit RunningOrganisation(const QString &name)
        : org(createOrganisation(server, serverDir.file(QStringLiteral("server")), name))
    { }
};

// One laptop: its own profiles folder and an unlocked profile in a shown window.
struct Laptop {
    ProfilesFolder folder;
    ui::MainWindow window;

    explicit Laptop(const QString &language) : folder(language), window(folder.service, folder.languages)
    {
        showActive(window);
        createProfileInWindow(window, QStringLiteral("kopi tubruk di pagi hari"));
    }

    ui::SyncController &sync() { return *window.sync(); }
    bool synced()
    {
        const auto &s = window.sync()->state();
        return s.phase == sync::SyncState::Phase::Idle && s.lastSyncAt > 0 && s.waiting == 0;
    }
    // Runs a sync now and waits for it to end well.
    bool syncAndWait()
    {
        const qint64 before = window.sync()->state().lastSyncAt;
        window.sync()->syncNow();
        return waitUntil(
            [&] {
                const auto &s = window.sync()->state();
                return s.phase == sync::SyncState::Phase::Idle && s.lastSyncAt > before;
            },
            30'000);
    }
};

inline ui::SyncPage &openSyncPage(Laptop &laptop, ui::SyncPage::Tab tab)
{
    laptop.window.workbench()->showSync();
    ui::SyncPage *page = laptop.window.workbench()->syncPage();
    REQUIRE(page);
    REQUIRE(laptop.window.workbench()->currentPage() == page);
    page->showTab(tab);
    return *page;
}

// Types what the admin gave into the join panel and presses Join.
inline void join(Laptop &laptop, const QString &codeOrLink, const QString &server, const QString &deviceName)
{
    ui::SyncPage &page = openSyncPage(laptop, ui::SyncPage::Tab::Organisation);
    auto *panel = child<ui::JoinPanel>(page, "joinPanel");
    auto *link = child<QLineEdit>(*panel, "joinLinkEdit");
    link->setFocus();
    QTest::keyClicks(link, codeOrLink);
    if (!server.isEmpty())
        child<QLineEdit>(*panel, "joinServerEdit")->setText(server);
    child<QLineEdit>(*panel, "deviceLabelEdit")->setText(deviceName);
    QTest::mouseClick(child<QPushButton>(*panel, "joinButton"), Qt::LeftButton);
}

// The first laptop joins as the organisation's first admin; the second is invited from its
// screen, joins with the link and is approved by typing the fingerprint it shows.
inline void setUpOrganisation(const Organisation &org, Laptop &admin, Laptop &member)
{
    join(admin, org.adminCode, org.serverUrl, QStringLiteral("Laptop Eni, Causeway Bay"));
    ui::SyncPage &adminPage = *admin.window.workbench()->syncPage();
    auto *members = child<ui::MembersPanel>(adminPage, "membersPanel");
    REQUIRE(waitUntil([&] { return members->isVisible(); }, 30'000));
    REQUIRE(waitUntil([&] { return admin.synced(); }, 30'000));
    CHECK(child<QLabel>(*members, "organisationLabel")->text().contains(QStringLiteral("Serikat BMI Hong Kong")));
    CHECK(child<QWidget>(*members, "adminTools")->isVisible());

    QString link;
    whenModalShows([&](QWidget *dialog) {
        link = child<QLabel>(*dialog, "inviteLink")->text();
        CHECK_FALSE(child<QLabel>(*dialog, "inviteCode")->text().isEmpty());
        static_cast<QDialog *>(dialog)->accept();
    });
    QTest::mouseClick(child<QPushButton>(*members, "inviteButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !link.isEmpty(); }, 30'000));
    REQUIRE(link.startsWith(QStringLiteral("lintas:join?")));

    join(member, link, QString(), QStringLiteral("Laptop Sri, Lampung Timur"));
    ui::SyncPage &memberPage = *member.window.workbench()->syncPage();
    auto *joinPanel = child<ui::JoinPanel>(memberPage, "joinPanel");
    auto *shown = child<QLabel>(*joinPanel, "ownFingerprint");
    REQUIRE(waitUntil([&] { return shown->isVisible() && !shown->text().isEmpty(); }, 30'000));
    const QString fingerprint = shown->text();

    QTest::mouseClick(child<QPushButton>(*members, "lookForJoinersButton"), Qt::LeftButton);
    auto *joiners = child<QListWidget>(*members, "joinerList");
    REQUIRE(waitUntil([&] { return joiners->count() == 1; }, 30'000));
    CHECK(joiners->item(0)->text() == QStringLiteral("Laptop Sri, Lampung Timur"));
    auto *typed = child<QLineEdit>(*members, "typedFingerprintEdit");
    auto *approve = child<QPushButton>(*members, "approveButton");
    // A fingerprint that differs by one character approves nobody; the one read out, typed in
    // lower case and without dashes, does.
    QString wrong = fingerprint;
    wrong[0] = wrong[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    typed->setText(wrong);
    CHECK_FALSE(approve->isEnabled());
    typed->setText(fingerprint.toLower().remove(QLatin1Char('-')));
    REQUIRE(approve->isEnabled());
    QTest::mouseClick(approve, Qt::LeftButton);
    REQUIRE(waitUntil([&] { return joiners->count() == 0; }, 30'000));

    QTest::mouseClick(child<QPushButton>(*joinPanel, "checkApprovalButton"), Qt::LeftButton);
    auto *memberMembers = child<ui::MembersPanel>(memberPage, "membersPanel");
    REQUIRE(waitUntil([&] { return memberMembers->isVisible(); }, 30'000));
    REQUIRE(waitUntil([&] { return member.synced(); }, 30'000));
    CHECK(child<QTableWidget>(*memberMembers, "membersTable")->rowCount() == 2);
}

// A case both laptops have, which each then changes (`edit`, told which laptop it is on) before
// hearing of the other's change; both sync until each has the other's edit. Returns the case id.
inline QString makeOfflineConflict(
    Laptop &first, Laptop &second, const std::function<void(domain::Case &kase, bool onFirst)> &edit)
{
    repo::Workspace &firstWs = first.window.session()->workspace();
    repo::Workspace &secondWs = second.window.session()->workspace();
    domain::Client client;
    client.fullName = QStringLiteral("Siti Aminah");
    auto created = firstWs.clients().create(client);
    REQUIRE(created.ok());
    domain::Case kase;
    kase.clientId = created->id;
    kase.title = QStringLiteral("Unpaid wages, Tuen Mun employer");
    kase.caseTypes = {QStringLiteral("unpaid_wages")};
    auto made = firstWs.cases().create(kase);
    REQUIRE(made.ok());
    REQUIRE(first.syncAndWait());
    REQUIRE(second.syncAndWait());
    for (auto [ws, onFirst] : {std::pair {&firstWs, true}, std::pair {&secondWs, false}}) {
        auto mine = ws->cases().get(made->id);
        REQUIRE(mine.ok());
        edit(*mine, onFirst);
        REQUIRE(ws->cases().update(*mine).ok());
    }
    REQUIRE(first.syncAndWait());
    REQUIRE(second.syncAndWait());
    REQUIRE(first.syncAndWait());
    return made->id;
}

} // namespace lintas::test
