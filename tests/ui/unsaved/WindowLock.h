#pragma once

#include "repo/Workspace.h"
#include "shell/MainWindow.h"
#include "ui/FindChild.h"
#include "ui/ProfileWindow.h"
#include "ui/UiWait.h"
#include "unlock/Session.h"

#include <QLineEdit>
#include <QTest>

#include <catch2/catch.hpp>

// What the tests of kept input in the real window share: a case to type into, and unlocking
// again after the window locked.
namespace lintas::test::kept {

inline const QString kWindowPassphrase = QStringLiteral("sambal terasi pedas sekali");

// Siti Aminah, abroad, with one unpaid-wages case in Hong Kong.
inline domain::Case sitiAminahCase(repo::Workspace &ws)
{
    domain::Client client;
    client.fullName = QStringLiteral("Siti Aminah");
    client.gender = QStringLiteral("female");
    client.status = QStringLiteral("abroad");
    client = ws.clients().create(client).value();
    domain::Case kase;
    kase.clientId = client.id;
    kase.caseTypes = {QStringLiteral("unpaid_wages")};
    kase.jurisdictions = {QStringLiteral("hk")};
    return ws.cases().create(kase).value();
}

// The main window, unlocked on a new profile with Siti Aminah's case in it.
struct WindowWithCase {
    test::ProfilesFolder profiles {QStringLiteral("en")};
    ui::MainWindow window {profiles.service, profiles.languages};
    domain::Case kase;

    WindowWithCase()
    {
        test::showActive(window);
        test::createProfileInWindow(window, kWindowPassphrase);
        kase = sitiAminahCase(workspace());
    }
    repo::Workspace &workspace() { return window.session()->workspace(); }
};

// Waits for the window to have locked, then unlocks it with the passphrase as a user would.
inline void unlockAgain(ui::MainWindow &window)
{
    REQUIRE(waitUntil([&] { return !window.isUnlocked(); }));
    auto *passphrase = child<QLineEdit>(window, QStringLiteral("passphraseEdit"));
    REQUIRE(waitUntil([&] { return passphrase->isVisible(); }));
    passphrase->setText(kWindowPassphrase);
    QTest::keyClick(passphrase, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return window.isUnlocked(); }));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

} // namespace lintas::test::kept
