#pragma once

#include "cases/CaseListModel.h"
#include "cases/CaseListPage.h"
#include "casework/CaseWorkspace.h"
#include "crypto/SecretBytes.h"
#include "demo/DemoDataGenerator.h"
#include "i18n/LanguageManager.h"
#include "shell/MainWindow.h"
#include "shell/Workbench.h"
#include "support/TempDir.h"
#include "today/TodayPage.h"
#include "ui/UiWait.h"
#include "unlock/ProfileService.h"
#include "unlock/Session.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

#include <memory>

namespace lintas::test {

// A profile with the small demo dataset, unlocked in a real main window, showing the case list.
struct UnlockedWindow {
    static inline const QString kPassphrase = QStringLiteral("kopi tubruk tanpa gula");

    TempDir dir;
    ui::LanguageManager languages;
    std::unique_ptr<ui::ProfileService> service;
    std::unique_ptr<ui::MainWindow> window;

    explicit UnlockedWindow(const QString &language)
    {
        languages.setLanguage(language);
        service = std::make_unique<ui::ProfileService>(
            dir.file(QStringLiteral("profiles")), profile::KdfStrength::FastForTests);
        {
            auto future = service->createAndOpen(QStringLiteral("Dewi Lestari"), SecretBytes::fromUtf8(kPassphrase));
            future.waitForFinished();
            auto created = future.takeResult();
            REQUIRE(created.ok());
            REQUIRE(created->session.ok());
            REQUIRE(
                demo::DemoDataGenerator((*created->session)->workspace(), 2024).generate(demo::DemoSize::small()).ok());
        }
        window = std::make_unique<ui::MainWindow>(*service, languages);
        window->resize(1180, 760);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        unlock();
    }

    void unlock()
    {
        auto *passphrase = window->findChild<QLineEdit *>(QStringLiteral("passphraseEdit"));
        REQUIRE(passphrase);
        passphrase->setText(kPassphrase);
        QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("unlockButton")), Qt::LeftButton);
        REQUIRE(waitUntil([&] { return window->isUnlocked(); }));
        // Unlocking shows Today; Alt+3 is the third section, Cases.
        REQUIRE(waitUntil([&] { return window->workbench()->today()->isVisible(); }));
        window->activateWindow(); // shortcuts act in the active window only
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_3, Qt::AltModifier);
        REQUIRE(waitUntil([&] { return window->caseList()->isVisible(); }));
        REQUIRE(waitUntil([&] { return window->caseList()->model()->rowCount() > 0; }));
    }

    QTableView *caseTable() const { return window->findChild<QTableView *>(QStringLiteral("caseTable")); }

    // Selects the first case in the list and opens it with Enter, as a keyboard user would.
    void openFirstCase()
    {
        QTableView *table = caseTable();
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Return);
        REQUIRE(waitUntil([&] { return window->caseWorkspace()->isVisible(); }));
    }
};

} // namespace lintas::test
