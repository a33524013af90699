#include "SyncWindows.h"

#include "casework/CaseWorkspace.h"
#include "handoff/HandoffInboxBox.h"
#include "referrals/CaseReferralsPanel.h"
#include "repo/Workspace.h"
#include "sync/BundleFilesBox.h"
#include "sync/SharedSpacesBox.h"
#include "sync/SyncSpaces.h"
#include "today/TodayPage.h"
#include "ui/Screenshots.h"

#include <QComboBox>
#include <QInputDialog>

using namespace lintas;
using namespace lintas::test;

namespace {

// The first admin of an organisation of its own on the same server.
void found(Laptop &laptop, const Organisation &org, const QString &deviceName)
{
    join(laptop, org.adminCode, org.serverUrl, deviceName);
    auto *members = child<ui::MembersPanel>(*laptop.window.workbench()->syncPage(), "membersPanel");
    REQUIRE(waitUntil([&] { return members->isVisible(); }, 30'000));
    REQUIRE(waitUntil([&] { return laptop.synced(); }, 30'000));
}

QString sharedSpaceOf(Laptop &laptop)
{
    auto all = sync::SyncSpaces(laptop.window.session()->workspace().database()).all();
    REQUIRE(all.ok());
    for (const sync::SpaceInfo &s : *all)
        if (!s.home)
            return s.spaceId;
    return QString();
}

} // namespace

TEST_CASE("an admin opens a space shared with another organisation, whose laptop joins it from the sync page, a "
          "moved case says where it lives",
    "[ui][sync][e2e][spaces]")
{
    RunningOrganisation running(QStringLiteral("Serikat BMI Hong Kong"));
    const Organisation lampung = createOrganisation(
        running.server, running.serverDir.file(QStringLiteral("server")), QStringLiteral("LBH Lampung"));
    Laptop eni(QStringLiteral("en"));
    Laptop dewi(QStringLiteral("en"));
    found(eni, running.org, QStringLiteral("Laptop Eni, Causeway Bay"));
    found(dewi, lampung, QStringLiteral("Laptop Dewi, Metro"));

    // Eni opens the shared space from her Organisation tab.
    ui::SyncPage &eniPage = openSyncPage(eni, ui::SyncPage::Tab::Organisation);
    auto *eniMembers = child<ui::MembersPanel>(eniPage, "membersPanel");
    auto *spaceChoice = child<QComboBox>(*eniMembers, "spaceChoice");
    CHECK_FALSE(spaceChoice->isVisible()); // one space: nothing to choose
    whenModalShows([](QWidget *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        REQUIRE(input);
        input->setTextValue(QStringLiteral("Sumiati: HK – Lampung"));
        input->accept();
    });
    QTest::mouseClick(child<QPushButton>(*eniMembers, "openSharedSpaceButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return spaceChoice->isVisible() && spaceChoice->count() == 2; }, 30'000));
    CHECK(spaceChoice->itemText(1) == QStringLiteral("Sumiati: HK – Lampung (shared)"));
    CHECK(child<QLabel>(*eniMembers, "sharedSpacesStatus")->text().contains(QStringLiteral("is open")));

    // She chooses it and invites Dewi's laptop into it.
    spaceChoice->setCurrentIndex(1);
    emit spaceChoice->activated(1);
    CHECK(child<QLabel>(*eniMembers, "organisationLabel")->text().contains(QStringLiteral("shared with another")));
    QString link;
    whenModalShows([&](QWidget *dialog) {
        link = child<QLabel>(*dialog, "inviteLink")->text();
        static_cast<QDialog *>(dialog)->accept();
    });
    QTest::mouseClick(child<QPushButton>(*eniMembers, "inviteButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return !link.isEmpty(); }, 30'000));

    // Dewi joins from her own Organisation tab; Eni approves her by the fingerprint she reads out.
    ui::SyncPage &dewiPage = openSyncPage(dewi, ui::SyncPage::Tab::Organisation);
    auto *dewiMembers = child<ui::MembersPanel>(dewiPage, "membersPanel");
    CHECK_FALSE(child<QPushButton>(*dewiMembers, "openSharedSpaceButton")->isHidden());
    bool joined = false;
    whenModalShows([&](QWidget *dialog) {
        auto *panel = child<ui::JoinPanel>(*dialog, "joinPanel");
        child<QLineEdit>(*panel, "joinLinkEdit")->setText(link);
        QTest::mouseClick(child<QPushButton>(*panel, "joinButton"), Qt::LeftButton);
        auto *shown = child<QLabel>(*panel, "ownFingerprint");
        REQUIRE(waitUntil([&] { return shown->isVisible() && !shown->text().isEmpty(); }, 30'000));
        QTest::mouseClick(child<QPushButton>(*eniMembers, "lookForJoinersButton"), Qt::LeftButton);
        auto *joiners = child<QListWidget>(*eniMembers, "joinerList");
        REQUIRE(waitUntil([&] { return joiners->count() == 1; }, 30'000));
        child<QLineEdit>(*eniMembers, "typedFingerprintEdit")->setText(shown->text());
        INFO(child<QLabel>(*eniMembers, "joinerDetail")->text().toStdString()
            << " | typed " << shown->text().toStdString());
        REQUIRE(child<QPushButton>(*eniMembers, "approveButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(*eniMembers, "approveButton"), Qt::LeftButton);
        const bool approved = waitUntil([&] { return joiners->count() == 0; }, 30'000);
        INFO(child<QLabel>(*eniMembers, "membersStatus")->text().toStdString()
            << " | " << child<QLabel>(*eniMembers, "membersError")->text().toStdString());
        REQUIRE(approved);
        QTest::mouseClick(child<QPushButton>(*panel, "checkApprovalButton"), Qt::LeftButton);
        joined = waitUntil(
            [&] { return child<QLabel>(*panel, "joinStatus")->text().startsWith(QStringLiteral("Joined")); }, 30'000);
        static_cast<QDialog *>(dialog)->reject();
    });
    QTest::mouseClick(child<QPushButton>(*dewiMembers, "joinSharedSpaceButton"), Qt::LeftButton);
    REQUIRE(joined);
    auto *dewiChoice = child<QComboBox>(*dewiMembers, "spaceChoice");
    REQUIRE(waitUntil([&] { return dewiChoice->count() == 2; }, 30'000));
    CHECK(dewiChoice->itemText(0) == QStringLiteral("LBH Lampung (your organisation)"));
    const QString shared = sharedSpaceOf(dewi);
    REQUIRE_FALSE(shared.isEmpty());
    CHECK(shared == sharedSpaceOf(eni));

    // The union hands a case over from its referral, with the client's consent for the NGO.
    repo::Workspace &eniWs = eni.window.session()->workspace();
    domain::Organisation ngo;
    ngo.name = QStringLiteral("LBH Lampung");
    ngo.kind = QStringLiteral("ngo");
    auto org = eniWs.organisations().create(ngo);
    REQUIRE(org.ok());
    domain::Client client;
    client.fullName = QStringLiteral("Sumiati binti Karto");
    auto created = eniWs.clients().create(client);
    REQUIRE(created.ok());
    domain::Consent consent;
    consent.clientId = created->id;
    consent.recipient = ngo.name;
    consent.organisationId = org->id;
    consent.method = QStringLiteral("verbal");
    consent.givenOn = QDate(2026, 11, 1);
    auto given = eniWs.consents().create(consent);
    REQUIRE(given.ok());
    domain::Case kase;
    kase.clientId = created->id;
    kase.title = QStringLiteral("Gaji tidak dibayar empat bulan");
    kase.caseTypes = {QStringLiteral("unpaid_wages")};
    auto made = eniWs.cases().create(kase);
    REQUIRE(made.ok());
    domain::Referral referral;
    referral.caseId = made->id;
    referral.organisationId = org->id;
    referral.consentId = given->id;
    referral.reason = QStringLiteral("Pendampingan setelah pulang");
    auto drafted = eniWs.referrals().create(referral);
    REQUIRE(drafted.ok());

    eni.window.workbench()->openCase(made->id);
    auto *referrals = child<ui::CaseReferralsPanel>(eni.window, "caseReferralsPanel");
    REQUIRE(referrals->selectReferral(drafted->id));
    bool handed = false;
    whenModalShows([&](QWidget *dialog) {
        auto *choice = child<QComboBox>(*dialog, "handoffSpaceChoice");
        CHECK(choice->count() == 1);
        CHECK(choice->currentText() == QStringLiteral("Sumiati: HK – Lampung"));
        QTest::mouseClick(child<QPushButton>(*dialog, "handOverButton"), Qt::LeftButton);
        handed = !dialog->isVisible();
    });
    QTest::mouseClick(child<QPushButton>(*referrals, "handOverSharedButton"), Qt::LeftButton);
    REQUIRE(handed);
    CHECK(eniWs.referrals().get(drafted->id)->status == QLatin1String("sent"));
    CHECK(eniWs.cases().get(made->id)->spaceId == shared);
    REQUIRE(eni.syncAndWait());
    REQUIRE(dewi.syncAndWait());

    // Dewi finds it on her Today page and accepts it; the union sees the answer in its referral.
    ui::TodayPage *today = dewi.window.workbench()->today();
    today->refresh();
    ui::HandoffInboxBox *inbox = today->handoffs();
    inbox->reload();
    REQUIRE(inbox->list()->rowCount() == 1);
    CHECK(inbox->list()->item(0, 1)->text() == QStringLiteral("Sumiati binti Karto"));
    CHECK(inbox->list()->item(0, 2)->text() == QStringLiteral("Laptop Eni, Causeway Bay"));
    inbox->list()->setCurrentCell(0, 0);
    inbox->acceptChosen();
    CHECK(inbox->list()->rowCount() == 0);
    REQUIRE(dewi.syncAndWait());
    REQUIRE(eni.syncAndWait());
    CHECK(eniWs.referrals().get(drafted->id)->status == QLatin1String("accepted"));

    dewi.window.workbench()->openCase(made->id);
    auto *banner = child<QLabel>(dewi.window, "caseSpaceBanner");
    REQUIRE(waitUntil([&] { return banner->isVisible(); }, 10'000));
    CHECK(banner->text().contains(QStringLiteral("Sumiati: HK – Lampung")));
    CHECK(banner->text().startsWith(QStringLiteral("Shared with another organisation")));

    // Without signal, Dewi's changes of the shared space can go as a file of their own.
    auto *bundles = child<ui::BundleFilesBox>(openSyncPage(dewi, ui::SyncPage::Tab::Status), "bundleFilesBox");
    auto *bundleSpace = child<QComboBox>(*bundles, "bundleSpace");
    REQUIRE(waitUntil([&] { return bundleSpace->isVisible() && bundleSpace->count() == 2; }, 10'000));
    CHECK(bundles->chosenSpace().isEmpty());
    bundleSpace->setCurrentIndex(1);
    CHECK(bundleSpace->currentText().startsWith(QStringLiteral("Sumiati: HK – Lampung")));
    CHECK_FALSE(bundles->chosenSpace().isEmpty());

    // The screenshots of the user guide, when asked for: Dewi's Organisation tab on the shared space.
    if (!qEnvironmentVariableIsSet("LINTAS_SCREENSHOT_DIR"))
        return;
    const QString dir = screenshotDir();
    openSyncPage(dewi, ui::SyncPage::Tab::Organisation);
    dewiChoice->setCurrentIndex(1);
    emit dewiChoice->activated(1);
    for (const QString &language : {QStringLiteral("id"), QStringLiteral("en")}) {
        switchLanguageNow(dewi.folder.languages, language);
        saveScreenshot(dewi.window, dir, QStringLiteral("sync-shared-space-%1.png").arg(language));
        dewi.window.workbench()->openCase(made->id);
        saveScreenshot(dewi.window, dir, QStringLiteral("case-shared-space-%1.png").arg(language));
        openSyncPage(dewi, ui::SyncPage::Tab::Status);
        saveScreenshot(dewi.window, dir, QStringLiteral("sync-shared-bundle-%1.png").arg(language));
        openSyncPage(dewi, ui::SyncPage::Tab::Organisation);
    }
}
