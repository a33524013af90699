#include "crypto/SecretBytes.h"
#include "demo/DemoDataGenerator.h"
#include "i18n/LanguageManager.h"
#include "shell/MainWindow.h"
#include "support/TempDir.h"
#include "ui/Screenshots.h"
#include "ui/UiWait.h"
#include "unlock/ProfileService.h"
#include "unlock/RecoverySheet.h"
#include "unlock/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lintas;
using test::waitUntil;

namespace {

const QString kPassphrase = QStringLiteral("kopi tubruk tanpa gula");

std::unique_ptr<ui::Session> createProfile(ui::ProfileService &service, const QString &name)
{
    auto future = service.createAndOpen(name, SecretBytes::fromUtf8(kPassphrase));
    future.waitForFinished();
    Result<ui::CreatedSession> created = future.takeResult();
    REQUIRE(created.ok());
    REQUIRE(created->session.ok());
    return std::move(created->session.value());
}

// The printed sheet as it comes out of the printer: A4 at 100 dpi with the PDF's margins.
void saveSheet(const ui::RecoverySheet &sheet, const QString &dir, const QString &name)
{
    const int dotsPerMetre = 3937;
    QImage page(827, 1169, QImage::Format_RGB32);
    page.setDotsPerMeterX(dotsPerMetre);
    page.setDotsPerMeterY(dotsPerMetre);
    page.fill(Qt::white);
    {
        QPainter painter(&page);
        const qreal margin = ui::RecoverySheet::MarginMillimetres / 1000.0 * dotsPerMetre;
        sheet.paint(painter, QRectF(page.rect()).adjusted(margin, margin, -margin, -margin));
    }
    REQUIRE(page.save(QDir(dir).filePath(name)));
}

} // namespace

// Not a check: renders the screens for docs/screenshots/ in both languages. Hidden from normal
// runs; start it with
//   LINTAS_SCREENSHOT_DIR=docs/screenshots <build>/tests/lintas-tests-ui-shell "[.screenshots]"
TEST_CASE("screenshots of the profile screen and the case list", "[.screenshots]")
{
    const QString out = test::screenshotDir();

    test::TempDir dir;
    const QString root = dir.file(QStringLiteral("profiles"));
    {
        ui::ProfileService fast(root, profile::KdfStrength::FastForTests);
        auto session = createProfile(fast, QStringLiteral("Dewi Lestari"));
        REQUIRE(demo::DemoDataGenerator(session->workspace(), 2024).generate(demo::DemoSize::small()).ok());
        createProfile(fast, QStringLiteral("Rina (Hong Kong)"));
    }
    // The window's own service is set up as in the app (no test-mode banner); the profiles above
    // still unlock quickly because their headers carry the cheap parameters they were made with.
    ui::ProfileService service(root, profile::KdfStrength::Moderate);

    ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("id"));
    {
        ui::ProfileService nobody(dir.file(QStringLiteral("empty")), profile::KdfStrength::Moderate);
        ui::MainWindow firstRun(nobody, languages);
        firstRun.resize(1180, 720);
        firstRun.show();
        REQUIRE(QTest::qWaitForWindowExposed(&firstRun));
        test::saveScreenshot(firstRun, out, QStringLiteral("first-run-id.png"));
    }
    ui::MainWindow window(service, languages);
    window.resize(1180, 720);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    test::saveScreenshot(window, out, QStringLiteral("profile-id.png"));
    test::switchLanguageNow(languages, QStringLiteral("en"));
    test::saveScreenshot(window, out, QStringLiteral("profile-en.png"));
    test::switchLanguageNow(languages, QStringLiteral("id"));

    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("createProfileButton")), Qt::LeftButton);
    auto *dialog = window.findChild<QDialog *>(QStringLiteral("createProfileDialog"));
    REQUIRE(dialog);
    const QString newProfile = QStringLiteral("Ayu Wulandari");
    dialog->findChild<QLineEdit *>(QStringLiteral("displayNameEdit"))->setText(newProfile);
    // Half-way through the passphrase, so the strength meter has advice to give.
    auto *newPassphrase = dialog->findChild<QLineEdit *>(QStringLiteral("newPassphraseEdit"));
    newPassphrase->setText(kPassphrase.section(QLatin1Char(' '), 0, 1));
    test::saveScreenshot(*dialog, out, QStringLiteral("create-profile-id.png"));
    test::switchLanguageNow(languages, QStringLiteral("en"));
    test::saveScreenshot(*dialog, out, QStringLiteral("create-profile-en.png"));
    test::switchLanguageNow(languages, QStringLiteral("id"));
    newPassphrase->setText(kPassphrase);
    dialog->findChild<QLineEdit *>(QStringLiteral("confirmPassphraseEdit"))->setText(kPassphrase);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")), Qt::LeftButton);
    auto *code = dialog->findChild<QLabel *>(QStringLiteral("recoveryCode"));
    REQUIRE(waitUntil([&] { return code->isVisible(); }, 60000));
    test::saveScreenshot(*dialog, out, QStringLiteral("recovery-code-id.png"));
    const ui::RecoverySheet sheet(newProfile, code->text(), QDateTime::currentDateTimeUtc());
    saveSheet(sheet, out, QStringLiteral("recovery-sheet-id.png"));
    test::switchLanguageNow(languages, QStringLiteral("en"));
    test::saveScreenshot(*dialog, out, QStringLiteral("recovery-code-en.png"));
    saveSheet(sheet, out, QStringLiteral("recovery-sheet-en.png"));
    test::switchLanguageNow(languages, QStringLiteral("id"));
    dialog->findChild<QCheckBox *>(QStringLiteral("recoveryWrittenDown"))->setChecked(true);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("recoveryContinue")), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return window.isUnlocked(); }));
    window.lock();

    auto *profiles = window.findChild<QListWidget *>(QStringLiteral("profileList"));
    REQUIRE(profiles);
    profiles->setCurrentItem(profiles->findItems(QStringLiteral("Dewi Lestari"), Qt::MatchExactly).value(0));
    auto *passphrase = window.findChild<QLineEdit *>(QStringLiteral("passphraseEdit"));
    passphrase->setText(kPassphrase);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("unlockButton")), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return window.isUnlocked(); }));
    auto *table = window.findChild<QTableView *>(QStringLiteral("caseTable"));
    REQUIRE(table);
    REQUIRE(waitUntil([&] { return table->model()->rowCount() > 0; }));
    QTest::qWait(50);
    test::saveScreenshot(window, out, QStringLiteral("cases-id.png"));
    auto saveProfileMenu = [&](const QString &name) {
        auto *menu = window.findChild<QMenu *>(QStringLiteral("autoLockMenu"));
        REQUIRE(menu);
        menu->popup(QPoint(0, 0));
        REQUIRE(QTest::qWaitForWindowExposed(menu));
        test::saveScreenshot(*menu, out, name);
        menu->hide();
    };
    saveProfileMenu(QStringLiteral("auto-lock-menu-id.png"));
    auto choose = [&](const char *combo, const QVariant &data) {
        auto *box = window.findChild<QComboBox *>(QString::fromLatin1(combo));
        REQUIRE(box);
        box->setCurrentIndex(box->findData(data));
    };
    choose("statusFilter", QStringLiteral("@open"));
    choose("caseTypeFilter", QStringLiteral("unpaid_wages"));
    QTest::qWait(50);
    test::saveScreenshot(window, out, QStringLiteral("cases-filtered-id.png"));
    window.findChild<QPushButton *>(QStringLiteral("clearFiltersButton"))->click();
    test::switchLanguageNow(languages, QStringLiteral("en"));
    test::saveScreenshot(window, out, QStringLiteral("cases-en.png"));
    saveProfileMenu(QStringLiteral("auto-lock-menu-en.png"));
}
