#include "casework/CaseWorkspace.h"
#include "common/CodeCombo.h"
#include "parties/CasePartiesPanel.h"
#include "parties/LinkRoleDialog.h"
#include "repo/UnsavedInputs.h"
#include "repo/Workspace.h"
#include "shell/MainWindow.h"
#include "shell/Workbench.h"
#include "support/TempDir.h"
#include "ui/FindChild.h"
#include "ui/ProfileWindow.h"
#include "ui/UiWait.h"
#include "ui/parties/PartyTestData.h"
#include "ui/unsaved/WindowLock.h"
#include "unlock/Session.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace lintas;
using test::child;
using test::waitUntil;

TEST_CASE("a link's role typed in its dialog survives Ctrl+L in the real window", "[ui][unsaved][e2e]")
{
    test::kept::WindowWithCase w;
    ui::MainWindow &window = w.window;
    repo::Workspace *ws = &w.workspace();
    const domain::Case kase = w.kase;
    domain::Party agency;
    agency.name = QStringLiteral("PT Duta Mitra Sejahtera");
    agency.kind = QStringLiteral("p3mi");
    agency = ws->parties().create(agency).value();
    domain::CaseParty link;
    link.caseId = kase.id;
    link.partyId = agency.id;
    link.role = QStringLiteral("agency");
    link = ws->parties().link(link).value();

    window.workbench()->openCase(kase.id);
    ui::CasePartiesPanel *parties = window.workbench()->caseWorkspace()->parties();
    // Ctrl+L while the dialog is open: it closes, its input is kept, then Lintas locks.
    QTimer::singleShot(0, [&window] {
        auto *dialog = qobject_cast<ui::LinkRoleDialog *>(QApplication::activeModalWidget());
        CHECK(dialog);
        if (!dialog)
            return;
        dialog->findChild<ui::CodeCombo *>(QStringLiteral("linkRole"))->setCode(QStringLiteral("lender"));
        dialog->findChild<QLineEdit *>(QStringLiteral("linkNotes"))->setText(QStringLiteral("Lent her Rp 12 juta"));
        window.lockAction()->trigger();
    });
    parties->editLink();
    test::kept::unlockAgain(window);
    ws = &window.session()->workspace();
    CHECK(waitUntil([&] { return window.statusBar()->currentMessage().contains(kase.reference); }));
    CHECK(ws->parties().linkedParties(kase.id)->at(0).link.role == QStringLiteral("agency"));

    window.workbench()->openCase(kase.id);
    parties = window.workbench()->caseWorkspace()->parties();
    CHECK(parties->hasKeptDialogInput());
    bool sawInput = false;
    QTimer::singleShot(0, [&sawInput] {
        auto *dialog = qobject_cast<ui::LinkRoleDialog *>(QApplication::activeModalWidget());
        CHECK(dialog);
        if (!dialog)
            return;
        sawInput = dialog->link().role == QStringLiteral("lender")
            && dialog->link().notes == QStringLiteral("Lent her Rp 12 juta");
        dialog->findChild<QPushButton *>(QStringLiteral("saveLinkButton"))->click();
    });
    parties->editLink();
    CHECK(sawInput);
    CHECK(ws->parties().linkedParties(kase.id)->at(0).link.role == QStringLiteral("lender"));
    CHECK(repo::UnsavedInputs(*ws).withPrefix(QString())->isEmpty());
}
