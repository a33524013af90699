#include "casework/CaseWorkspace.h"
#include "casework/TimelineModel.h"
#include "casework/TimelineTab.h"
#include "clients/ClientWorkspace.h"
#include "common/KeptInputBar.h"
#include "i18n/LanguageManager.h"
#include "repo/UnsavedInputs.h"
#include "repo/Workspace.h"
#include "shell/MainWindow.h"
#include "shell/Workbench.h"
#include "support/TempDir.h"
#include "ui/FindChild.h"
#include "ui/ProfileWindow.h"
#include "ui/UiWait.h"
#include "ui/unsaved/WindowLock.h"
#include "unlock/CreateProfileDialog.h"
#include "unlock/ProfileService.h"
#include "unlock/Session.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lintas;
using test::child;
using test::waitUntil;

namespace {

void lockAndUnlock(ui::MainWindow &window)
{
    window.lockAction()->trigger(); // Ctrl+L
    REQUIRE(waitUntil([&] { return !window.isUnlocked(); }));
    CHECK(window.workbench() == nullptr); // every page, and what it showed, is gone
    test::kept::unlockAgain(window);
}

} // namespace

TEST_CASE("what was typed in a case and a client survives Ctrl+L in the real window", "[ui][unsaved][e2e]")
{
    test::kept::WindowWithCase w;
    ui::MainWindow &window = w.window;
    repo::Workspace *ws = &w.workspace();
    const domain::Case kase = w.kase;

    const QString note = QStringLiteral("Her sister in Cianjur says the agency phoned again.");
    window.workbench()->openCase(kase.id);
    ui::CaseWorkspace *caseWorkspace = window.workbench()->caseWorkspace();
    REQUIRE(caseWorkspace->isVisible());
    child<QPlainTextEdit>(*caseWorkspace, QStringLiteral("noteBody"))->setPlainText(note);

    lockAndUnlock(window);
    CHECK(waitUntil([&] { return window.statusBar()->currentMessage().contains(kase.reference); }));
    window.workbench()->openCase(kase.id);
    caseWorkspace = window.workbench()->caseWorkspace();
    CHECK(child<QPlainTextEdit>(*caseWorkspace, QStringLiteral("noteBody"))->toPlainText() == note);
    CHECK(caseWorkspace->keptInput()->isVisible());
    CHECK(caseWorkspace->tabs()->currentWidget() == caseWorkspace->timeline());

    // Typed into the client too, then the note added: only the client's input is kept next time.
    REQUIRE(caseWorkspace->timeline()->addEntry());
    window.workbench()->openClient(kase.clientId);
    ui::ClientWorkspace *clientWorkspace = window.workbench()->clientWorkspace();
    REQUIRE(clientWorkspace->isVisible());
    child<QLineEdit>(*clientWorkspace, QStringLiteral("client_full_name"))->clear(); // a name is required
    child<QLineEdit>(*clientWorkspace, QStringLiteral("phoneNumber"))->setText(QStringLiteral("+852 6123 4567"));

    lockAndUnlock(window);
    ws = &window.session()->workspace();
    QStringList keys;
    for (const auto &entry : repo::UnsavedInputs(*ws).withPrefix(QString()).value())
        keys << entry.key;
    CHECK(keys
        == QStringList {QStringLiteral("client/%1/details").arg(kase.clientId),
            QStringLiteral("client/%1/phone").arg(kase.clientId)});
    CHECK(ws->clients().get(kase.clientId)->fullName == QStringLiteral("Siti Aminah")); // nothing half-saved
    CHECK(ws->notes().forCase(kase.id)->size() == 1);
    window.workbench()->openClient(kase.clientId);
    clientWorkspace = window.workbench()->clientWorkspace();
    CHECK(child<QLineEdit>(*clientWorkspace, QStringLiteral("client_full_name"))->text().isEmpty());
    CHECK(
        child<QLineEdit>(*clientWorkspace, QStringLiteral("phoneNumber"))->text() == QStringLiteral("+852 6123 4567"));
    CHECK(clientWorkspace->keptInput()->isVisible());
    QTest::mouseClick(child<QPushButton>(*clientWorkspace, QStringLiteral("discardKeptInputButton")), Qt::LeftButton);
    CHECK(child<QLineEdit>(*clientWorkspace, QStringLiteral("client_full_name"))->text()
        == QStringLiteral("Siti Aminah"));
    CHECK(child<QLineEdit>(*clientWorkspace, QStringLiteral("phoneNumber"))->text().isEmpty());
    CHECK_FALSE(clientWorkspace->hasUnsavedChanges());
    CHECK(repo::UnsavedInputs(*ws).withPrefix(QString())->isEmpty());
}
