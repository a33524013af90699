#include "cases/CaseListPage.h"
#include "common/ErrorText.h"
#include "i18n/LanguageManager.h"
#include "shell/MainWindow.h"
#include "support/TempDir.h"
#include "ui/FindChild.h"
#include "ui/UiWait.h"
#include "unlock/CreateProfileDialog.h"
#include "unlock/ProfileService.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace lintas;
using test::child;
using test::waitUntil;

namespace {

const QString kPassphrase = QStringLiteral("garam dan gula jawa");

QString statusSummary(QMainWindow &window)
{
    QString text;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
        if (!label->text().isEmpty())
            text = label->text();
    }
    return text;
}

} // namespace

TEST_CASE("create a profile, lock, unlock and switch language in the real window", "[ui][shell]")
{
    test::TempDir dir;
    ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("id"));
    ui::ProfileService service(dir.file(QStringLiteral("profiles")), profile::KdfStrength::FastForTests);
    ui::MainWindow window(service, languages);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // An empty laptop offers only "create".
    auto *passphrase = child<QLineEdit>(window, "passphraseEdit");
    auto *create = child<QPushButton>(window, "createProfileButton");
    CHECK_FALSE(passphrase->isVisible());
    CHECK(create->isVisible());
    CHECK(create->text() == QStringLiteral("&Buat profil"));
    QTest::mouseClick(create, Qt::LeftButton);
    auto *dialog = child<ui::CreateProfileDialog>(window, "createProfileDialog");
    REQUIRE(dialog->isVisible());

    auto *name = child<QLineEdit>(*dialog, "displayNameEdit");
    auto *newPassphrase = child<QLineEdit>(*dialog, "newPassphraseEdit");
    auto *confirm = child<QLineEdit>(*dialog, "confirmPassphraseEdit");
    auto *createButton = child<QPushButton>(*dialog, "createButton");
    auto *strength = child<QProgressBar>(*dialog, "passphraseStrengthBar");
    name->setText(QStringLiteral("Siti Aminah"));
    newPassphrase->setText(QStringLiteral("pendek"));
    confirm->setText(QStringLiteral("pendek"));
    CHECK(strength->value() == 0); // the meter says "too short" before Create does
    QTest::mouseClick(createButton, Qt::LeftButton);
    // Too short: said in Indonesian, and nothing typed is lost.
    auto visibleErrors = [&] {
        QStringList texts;
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->isVisible() && label->styleSheet().contains(QStringLiteral("#b3261e")))
                texts << label->text();
        }
        return texts;
    };
    REQUIRE(visibleErrors().size() == 1);
    CHECK(visibleErrors().first() == QStringLiteral("Kata sandi minimal 10 karakter."));
    CHECK(name->text() == QStringLiteral("Siti Aminah"));
    CHECK(newPassphrase->text() == QStringLiteral("pendek"));

    newPassphrase->setText(kPassphrase);
    CHECK(strength->value() >= 3);
    confirm->setText(kPassphrase + QStringLiteral("!"));
    QTest::mouseClick(createButton, Qt::LeftButton);
    REQUIRE(visibleErrors().size() == 1);
    CHECK(visibleErrors().first().startsWith(QStringLiteral("Kedua kata sandi tidak sama")));

    confirm->setText(kPassphrase);
    QTest::mouseClick(createButton, Qt::LeftButton);
    auto *code = child<QLabel>(*dialog, "recoveryCode");
    REQUIRE(waitUntil([&] { return code->isVisible(); }));
    CHECK(QRegularExpression(QStringLiteral("^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$")).match(code->text()).hasMatch());
    CHECK(newPassphrase->text().isEmpty());
    CHECK_FALSE(child<QLabel>(*dialog, "recoveryQrCode")->pixmap().isNull());
    CHECK(child<QPushButton>(*dialog, "recoveryPrint")->isVisible());
    CHECK(child<QPushButton>(*dialog, "recoverySavePdf")->isVisible());
    dialog->reject(); // the code cannot be closed away unseen
    CHECK(dialog->isVisible());
    auto *openButton = child<QPushButton>(*dialog, "recoveryContinue");
    CHECK_FALSE(openButton->isEnabled());
    child<QCheckBox>(*dialog, "recoveryWrittenDown")->setChecked(true);
    QTest::mouseClick(openButton, Qt::LeftButton);

    REQUIRE(waitUntil([&] { return window.isUnlocked(); }));
    CHECK(child<QWidget>(window, "todayPage")->isVisible());
    CHECK(child<QLabel>(window, "deadlinesEmpty")->text()
        == QStringLiteral("Tidak ada batas waktu atau sidang yang terbuka dalam 14 hari ke depan."));
    window.activateWindow(); // shortcuts act in the active window only
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_3, Qt::AltModifier);
    auto *page = child<ui::CaseListPage>(window, "caseListPage");
    REQUIRE(waitUntil([&] { return page->isVisible(); }));
    CHECK(window.windowTitle().startsWith(QStringLiteral("Siti Aminah")));
    CHECK(statusSummary(window) == QStringLiteral("0 kasus"));
    CHECK(child<QLabel>(window, "caseListMessage")->text() == QStringLiteral("Belum ada kasus."));

    // Ctrl+L locks: the case list is gone, the profile screen is back.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    CHECK_FALSE(window.isUnlocked());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(window.findChild<ui::CaseListPage *>() == nullptr);
    CHECK(passphrase->isVisible());
    CHECK(statusSummary(window).isEmpty());

    // A wrong passphrase: a clear message, the field keeps the focus, the profile stays chosen.
    passphrase->setText(QStringLiteral("bukan kata sandinya"));
    QTest::keyClick(passphrase, Qt::Key_Return);
    auto *error = child<QLabel>(window, "unlockError");
    REQUIRE(waitUntil([&] { return error->isVisible(); }));
    CHECK(error->text() == QStringLiteral("Kata sandi salah. Pastikan Caps Lock tidak menyala, lalu coba lagi."));
    CHECK(window.focusWidget() == passphrase);
    CHECK(passphrase->isEnabled());
    CHECK(passphrase->text().isEmpty());
    CHECK_FALSE(window.isUnlocked());

    // The message follows a language switch.
    QTest::mouseClick(child<QToolButton>(window, "language_en"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return error->text().startsWith(QStringLiteral("Wrong passphrase")); }));
    QTest::mouseClick(child<QToolButton>(window, "language_id"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return error->text().startsWith(QStringLiteral("Kata sandi salah")); }));

    passphrase->setText(kPassphrase);
    QTest::mouseClick(child<QPushButton>(window, "unlockButton"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return window.isUnlocked(); }));
    QTest::keyClick(&window, Qt::Key_3, Qt::AltModifier);
    auto *table = child<QTableView>(window, "caseTable");
    REQUIRE(waitUntil([&] { return table->isVisible(); }));
    auto header = [&] { return table->model()->headerData(0, Qt::Horizontal).toString(); };
    CHECK(header() == QStringLiteral("Nomor kasus"));
    CHECK(window.lockAction()->text() == QStringLiteral("Kunci"));

    QTest::mouseClick(child<QToolButton>(window, "language_en"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return window.lockAction()->text() == QStringLiteral("Lock"); }));
    CHECK(header() == QStringLiteral("Reference"));
    CHECK(statusSummary(window) == QStringLiteral("0 cases"));
    CHECK(child<QLineEdit>(window, "caseSearch")->placeholderText().startsWith(QStringLiteral("Search")));
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("en"));

    window.lock();
    CHECK_FALSE(window.isUnlocked());
}

TEST_CASE("a folder that is not a profile is reported, not fatal", "[ui][shell]")
{
    test::TempDir dir;
    const QString root = dir.file(QStringLiteral("profiles"));
    REQUIRE(QDir().mkpath(root + QStringLiteral("/not-a-profile")));
    QFile junk(root + QStringLiteral("/not-a-profile/profile.json"));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("{ this is not json");
    junk.close();

    ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    ui::ProfileService service(root, profile::KdfStrength::FastForTests);
    ui::MainWindow window(service, languages);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *warning = child<QLabel>(window, "listingWarning");
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(QStringLiteral("not-a-profile")));
    CHECK(child<QPushButton>(window, "createProfileButton")->isVisible());
}
