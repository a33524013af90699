#include "shell/AutoLock.h"
#include "crypto/SecretBytes.h"
#include "i18n/LanguageManager.h"
#include "shell/ClipboardGuard.h"
#include "shell/MainWindow.h"
#include "support/TempDir.h"
#include "ui/UiWait.h"
#include "unlock/ProfileService.h"
#include "unlock/Session.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace lintas;
using namespace std::chrono_literals;
using test::waitUntil;

namespace {

const QString kPassphrase = QStringLiteral("garam dan gula jawa");

// A private D-Bus session bus for one test, so the test can play the desktop's screen locker.
struct PrivateBus {
    QProcess daemon;
    QString address;

    PrivateBus()
    {
        daemon.start(QStringLiteral("dbus-daemon"),
            {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        REQUIRE(daemon.waitForStarted());
        while (!daemon.canReadLine())
            REQUIRE(daemon.waitForReadyRead(10000));
        address = QString::fromUtf8(daemon.readLine()).trimmed();
        REQUIRE_FALSE(address.isEmpty());
    }
    ~PrivateBus()
    {
        daemon.terminate();
        daemon.waitForFinished(3000);
    }
    QDBusConnection connect(const QString &name) { return QDBusConnection::connectToBus(address, name); }
};

void announceScreenLock(QDBusConnection &bus, const QString &path, const QString &interface, bool active)
{
    QDBusMessage signal = QDBusMessage::createSignal(path, interface, QStringLiteral("ActiveChanged"));
    signal << active;
    REQUIRE(bus.send(signal));
}

} // namespace

TEST_CASE("auto-lock fires after the idle time, and input in the app postpones it", "[ui][autolock]")
{
    QWidget widget;
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    ui::AutoLock autoLock(nullptr, QDBusConnection(QStringLiteral("none")));
    QSignalSpy spy(&autoLock, &ui::AutoLock::lockRequested);
    autoLock.setIdleTime(300ms);

    // Not armed (no profile open): nothing happens.
    QTest::qWait(450);
    CHECK(spy.isEmpty());

    autoLock.setArmed(true);
    for (int i = 0; i < 6; ++i) { // 6 × 100 ms of typing: twice the idle time, never idle
        QTest::qWait(100);
        QTest::keyClick(&widget, Qt::Key_A);
    }
    CHECK(spy.isEmpty());
    REQUIRE(waitUntil([&] { return !spy.isEmpty(); }, 2000));
    CHECK(spy.size() == 1);
    CHECK(spy.first().first().value<ui::AutoLock::Reason>() == ui::AutoLock::Reason::Idle);

    autoLock.setArmed(false);
    QTest::qWait(450);
    CHECK(spy.size() == 1);
}

TEST_CASE("the desktop's screen locker locks Lintas (freedesktop and GNOME)", "[ui][autolock]")
{
    PrivateBus bus;
    ui::AutoLock autoLock(nullptr, bus.connect(QStringLiteral("lintas")));
    QDBusConnection desktop = bus.connect(QStringLiteral("desktop"));
    REQUIRE(desktop.isConnected());
    QSignalSpy spy(&autoLock, &ui::AutoLock::lockRequested);

    // Unarmed, or the screen saver going off: nothing. (Signals arrive asynchronously: give each
    // time to arrive before the state changes.)
    announceScreenLock(
        desktop, QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"), true);
    QTest::qWait(300);
    autoLock.setArmed(true);
    announceScreenLock(
        desktop, QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"), false);
    QTest::qWait(300);
    CHECK(spy.isEmpty());

    announceScreenLock(
        desktop, QStringLiteral("/org/freedesktop/ScreenSaver"), QStringLiteral("org.freedesktop.ScreenSaver"), true);
    REQUIRE(waitUntil([&] { return spy.size() == 1; }, 5000));
    CHECK(spy.first().first().value<ui::AutoLock::Reason>() == ui::AutoLock::Reason::ScreenLocked);
    announceScreenLock(
        desktop, QStringLiteral("/org/gnome/ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver"), true);
    REQUIRE(waitUntil([&] { return spy.size() == 2; }, 5000));
}

TEST_CASE("the window locks itself when idle, says why, keeps the chosen time and clears copied client data",
    "[ui][autolock][shell]")
{
    test::TempDir dir;
    QSettings().clear();
    ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("id"));
    ui::ProfileService service(dir.file(QStringLiteral("profiles")), profile::KdfStrength::FastForTests);
    {
        auto future = service.createAndOpen(QStringLiteral("Siti Aminah"), SecretBytes::fromUtf8(kPassphrase));
        future.waitForFinished();
        auto created = future.takeResult();
        REQUIRE(created.ok());
        REQUIRE(created->session.ok());
    } // closes the profile again
    ui::MainWindow window(service, languages);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto unlock = [&] {
        auto *passphrase = window.findChild<QLineEdit *>(QStringLiteral("passphraseEdit"));
        REQUIRE(passphrase);
        passphrase->setText(kPassphrase);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("unlockButton")), Qt::LeftButton);
        REQUIRE(waitUntil([&] { return window.isUnlocked(); }));
    };
    unlock();
    CHECK(window.autoLock().isArmed());
    auto *profileButton = window.findChild<QToolButton *>(QStringLiteral("profileMenuButton"));
    REQUIRE(profileButton);
    // A toolbar shows its widgets when it next lays itself out, not at once.
    CHECK(waitUntil([&] { return profileButton->isVisible(); }));
    CHECK(profileButton->text() == QStringLiteral("Siti Aminah"));
    CHECK(window.autoLock().idleTime() == 5min); // the default

    // The profile menu offers the times; the choice is kept for this profile.
    auto *menu = window.findChild<QMenu *>(QStringLiteral("autoLockMenu"));
    REQUIRE(menu);
    QStringList offered;
    QAction *tenMinutes = nullptr;
    for (QAction *a : menu->actions()) {
        offered << a->text();
        if (a->data().toInt() == 10)
            tenMinutes = a;
    }
    CHECK(offered
        == QStringList {QStringLiteral("1 menit"), QStringLiteral("2 menit"), QStringLiteral("5 menit"),
            QStringLiteral("10 menit"), QStringLiteral("15 menit"), QStringLiteral("30 menit")});
    REQUIRE(tenMinutes);
    tenMinutes->trigger();
    CHECK(window.autoLock().idleTime() == 10min);

    // Client data copied while Lintas is in use is gone from the clipboard after the lock.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QApplication::clipboard()->setText(QStringLiteral("Siti Aminah 0812 3456 7890"));
    window.autoLock().setIdleTime(200ms);
    REQUIRE(waitUntil([&] { return !window.isUnlocked(); }, 3000));
    CHECK(QApplication::clipboard()->text().isEmpty());
    CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Dikunci setelah")));
    CHECK(waitUntil([&] { return !profileButton->isVisible(); }));

    // Unlocking again brings back the time chosen for this profile.
    unlock();
    CHECK(window.autoLock().idleTime() == 10min);
    window.lock();
}

TEST_CASE("the clipboard guard clears only text Lintas put there", "[ui][autolock]")
{
    QWidget widget;
    widget.show();
    widget.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&widget));
    QClipboard *clipboard = QApplication::clipboard();
    ui::ClipboardGuard guard(clipboard);

    // Not watching (locked): nothing is remembered, nothing cleared.
    clipboard->setText(QStringLiteral("daftar belanja"));
    guard.clearIfOurs();
    CHECK(clipboard->text() == QStringLiteral("daftar belanja"));

    guard.setWatching(true);
    clipboard->setText(QStringLiteral("Siti Aminah 0812 3456 7890"));
    guard.clearIfOurs();
    CHECK(clipboard->text().isEmpty());

    // Copied in Lintas, then replaced by something else: the new text stays.
    clipboard->setText(QStringLiteral("CW0W-0012"));
    guard.setWatching(false);
    clipboard->setText(QStringLiteral("daftar belanja"));
    guard.setWatching(true);
    guard.clearIfOurs();
    CHECK(clipboard->text() == QStringLiteral("daftar belanja"));
}
