#pragma once

#include "activities/ActivitiesPage.h"
#include "activities/ActivityEditor.h"
#include "activities/ParticipantGrid.h"
#include "casework/CaseDetailsForm.h"
#include "casework/CaseWorkspace.h"
#include "casework/ClaimsTab.h"
#include "casework/DeadlineModel.h"
#include "casework/DeadlinesTab.h"
#include "casework/TimelineModel.h"
#include "casework/TimelineTab.h"
#include "clients/ClientDetailsForm.h"
#include "clients/ClientPhoneModel.h"
#include "clients/ClientPhonesTab.h"
#include "clients/ClientWorkspace.h"
#include "common/CodeCombo.h"
#include "common/KeptDialogInput.h"
#include "common/KeptInputBar.h"
#include "directory/DirectoryPage.h"
#include "directory/OrganisationForm.h"
#include "i18n/LanguageManager.h"
#include "parties/CasePartiesPanel.h"
#include "parties/LinkedPartiesModel.h"
#include "parties/PartiesPage.h"
#include "parties/PartyDetails.h"
#include "parties/PartyForm.h"
#include "repo/UnsavedInputs.h"
#include "support/WorkspaceFixture.h"
#include "ui/FindChild.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <memory>

// What the tests of kept input share: a case open in its workspace, locking the way the main
// window does, and the keys kept.
namespace lintas::test::kept {

using test::child;

// What locking does to a page (Workbench::keepWork, then the page is deleted), and the page made
// again after unlocking.
template<typename Page> void lockAndDelete(std::unique_ptr<Page> &page)
{
    page->saveBeforeClosing();
    page.reset();
}

template<typename Page> void show(Page &page)
{
    page.resize(1100, 720);
    page.show();
}

inline QStringList keptKeys(test::WorkspaceFixture &f)
{
    QStringList keys;
    for (const auto &entry : repo::UnsavedInputs(*f.ws).withPrefix(QString()).value())
        keys << entry.key;
    return keys;
}

struct Casework {
    test::WorkspaceFixture f;
    ui::LanguageManager languages;
    domain::Case kase;
    std::unique_ptr<ui::CaseWorkspace> page;

    Casework()
    {
        languages.setLanguage(QStringLiteral("en"));
        kase = f.addCase(f.addClient(QStringLiteral("Siti Aminah")).id);
        open();
    }
    void open()
    {
        page = std::make_unique<ui::CaseWorkspace>(*f.ws, QStringLiteral("Dewi (caseworker)"));
        show(*page);
        REQUIRE(page->openCase(kase.id));
    }
    QLabel *notice() { return child<QLabel>(*page, "keptInputNotice"); }
};

} // namespace lintas::test::kept
