#include "shell/Workbench.h"

#include "activities/ActivitiesPage.h"
#include "clients/ClientWorkspace.h"
#include "clients/ClientsPage.h"
#include "directory/DirectoryPage.h"
#include "parties/PartiesPage.h"
#include "profile/OpenProfile.h"
#include "sync/SyncPage.h"
#include "unlock/Session.h"

#include <QStackedWidget>

// The section pages made on first use: what each is wired to, and what the workbench asks of it.

namespace lintas::ui {

Workbench::SectionPage Workbench::makeSectionPage(Section section)
{
    repo::Workspace &ws = m_session.workspace();
    SectionPage page;
    switch (section) {
    case Section::Clients: {
        auto *clients = new ClientsPage(ws, m_stack);
        m_clientWorkspace = new ClientWorkspace(ws, m_session.profile().info().displayName, m_stack);
        m_stack->addWidget(m_clientWorkspace);
        connect(clients, &ClientsPage::summaryChanged, this, &Workbench::summaryChanged);
        connect(clients, &ClientsPage::clientActivated, this, &Workbench::openClient);
        connect(m_clientWorkspace, &ClientWorkspace::backRequested, this, &Workbench::backToClients);
        connect(m_clientWorkspace, &ClientWorkspace::caseActivated, this, &Workbench::openCase);
        connect(m_clientWorkspace, &ClientWorkspace::clientChanged, clients, &ClientsPage::clientChanged);
        page.widget = clients;
        page.summary = [clients] { return clients->summary(); };
        page.refresh = [clients] { clients->refresh(); };
        break;
    }
    case Section::Activities: {
        auto *activities = new ActivitiesPage(ws, m_stack);
        connect(activities, &ActivitiesPage::summaryChanged, this, &Workbench::summaryChanged);
        page.widget = activities;
        page.confirmLeave = [activities] { return activities->confirmLeave(); };
        page.keepWork = [activities] { activities->saveBeforeClosing(); };
        page.refresh = [activities] { activities->refresh(); };
        page.summary = [activities] { return activities->summary(); };
        break;
    }
    case Section::Parties: {
        auto *parties = new PartiesPage(ws, m_stack);
        connect(parties, &PartiesPage::caseActivated, this, &Workbench::openCase);
        page.widget = parties;
        page.confirmLeave = [parties] { return parties->confirmLeave(); };
        page.keepWork = [parties] { parties->saveBeforeClosing(); };
        page.refresh = [parties] { parties->refresh(); };
        break;
    }
    case Section::Directory: {
        auto *directory = new DirectoryPage(ws, m_stack);
        page.widget = directory;
        page.confirmLeave = [directory] { return directory->confirmLeave(); };
        page.keepWork = [directory] { directory->saveBeforeClosing(); };
        page.refresh = [directory] { directory->refresh(); };
        break;
    }
    case Section::Sync: {
        if (!m_sync)
            return page;
        auto *sync = new SyncPage(*m_sync, m_stack);
        connect(sync, &SyncPage::caseRequested, this, &Workbench::openCase);
        connect(sync, &SyncPage::clientRequested, this, &Workbench::openClient);
        connect(sync, &SyncPage::summaryChanged, this, &Workbench::summaryChanged);
        page.widget = sync;
        page.refresh = [sync] { sync->refresh(); };
        page.summary = [sync] { return sync->summary(); };
        break;
    }
    default:
        return page;
    }
    m_stack->addWidget(page.widget);
    return page;
}

Workbench::SectionPage &Workbench::sectionPage(Section section)
{
    auto it = m_sectionPages.find(int(section));
    if (it == m_sectionPages.end())
        it = m_sectionPages.insert(int(section), makeSectionPage(section));
    return it.value();
}

const Workbench::SectionPage *Workbench::sectionPageOf(const QWidget *widget) const
{
    for (const SectionPage &page : m_sectionPages) {
        if (page.widget && page.widget == widget)
            return &page;
    }
    return nullptr;
}

const Workbench::SectionPage *Workbench::currentSectionPage() const
{
    return sectionPageOf(m_stack->currentWidget());
}

ClientsPage *Workbench::clients()
{
    return static_cast<ClientsPage *>(sectionPage(Section::Clients).widget);
}

ClientWorkspace *Workbench::clientWorkspace()
{
    sectionPage(Section::Clients);
    return m_clientWorkspace;
}

SyncPage *Workbench::syncPage()
{
    return m_sync ? static_cast<SyncPage *>(sectionPage(Section::Sync).widget) : nullptr;
}

ActivitiesPage *Workbench::activities()
{
    return static_cast<ActivitiesPage *>(sectionPage(Section::Activities).widget);
}

} // namespace lintas::ui
