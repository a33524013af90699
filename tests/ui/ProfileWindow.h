#pragma once

#include "i18n/LanguageManager.h"
#include "shell/MainWindow.h"
#include "support/TempDir.h"
#include "ui/FindChild.h"
#include "ui/UiWait.h"
#include "unlock/CreateProfileDialog.h"
#include "unlock/ProfileService.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

// The main window as the end-to-end tests drive it: shown, active (shortcuts act in the active
// window only) and a profile made through its dialog.
namespace lintas::test {

// What a main window is made over in a test: a profiles folder of its own (empty, as on a new
// laptop) and the UI language.
struct ProfilesFolder {
    TempDir dir;
    ui::LanguageManager languages;
    ui::ProfileService service;

    explicit ProfilesFolder(const QString &language)
        : service(dir.file(QStringLiteral("profiles")), profile::KdfStrength::FastForTests)
    {
        languages.setLanguage(language);
    }
};

inline void showActive(ui::MainWindow &window)
{
    window.resize(1180, 760);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

// Creates a profile for "Dewi Lestari" as a new user does: the dialog, the passphrase twice, the
// recovery code written down. Returns once the new profile is unlocked.
inline void createProfileInWindow(ui::MainWindow &window, const QString &passphrase)
{
    QTest::mouseClick(child<QPushButton>(window, "createProfileButton"), Qt::LeftButton);
    auto *dialog = child<ui::CreateProfileDialog>(window, "createProfileDialog");
    child<QLineEdit>(*dialog, "displayNameEdit")->setText(QStringLiteral("Dewi Lestari"));
    child<QLineEdit>(*dialog, "newPassphraseEdit")->setText(passphrase);
    child<QLineEdit>(*dialog, "confirmPassphraseEdit")->setText(passphrase);
    QTest::mouseClick(child<QPushButton>(*dialog, "createButton"), Qt::LeftButton);
    auto *written = child<QCheckBox>(*dialog, "recoveryWrittenDown");
    REQUIRE(waitUntil([&] { return written->isVisible(); }));
    written->setChecked(true);
    QTest::mouseClick(child<QPushButton>(*dialog, "recoveryContinue"), Qt::LeftButton);
    REQUIRE(waitUntil([&] { return window.isUnlocked(); }));
}

} // namespace lintas::test
