#pragma once

#include "ui/WhenModalShows.h"

#include "casework/CaseWorkspace.h"
#include "handoff/HandoffAddressDialog.h"
#include "handoff/HandoffFiles.h"
#include "handoff/HandoffInboxBox.h"
#include "handoff/HandoffSendDialog.h"
#include "referrals/CaseReferralsPanel.h"
#include "repo/Workspace.h"
#include "shell/Workbench.h"
#include "today/TodayPage.h"
#include "ui/ProfileWindow.h"
#include "unlock/Session.h"

#include <QApplication>
#include <QDate>
#include <QLabel>
#include <QTimer>

#include <functional>

// Two organisations' laptops for the hand-off screens: each a main window over a profile folder
// of its own, with no server between them (hand-off files need none).
namespace lintas::test {

struct HandoffLaptop {
    ProfilesFolder folder;
    ui::MainWindow window;

    explicit HandoffLaptop(const QString &language) : folder(language), window(folder.service, folder.languages)
    {
        showActive(window);
        createProfileInWindow(window, QStringLiteral("kopi tubruk di pagi hari"));
    }

    repo::Workspace &ws() { return window.session()->workspace(); }
    ui::Workbench &workbench() { return *window.workbench(); }
    ui::HandoffInboxBox &inbox() { return *workbench().today()->handoffs(); }
    handoff::HandoffAddress address()
    {
        auto me = ui::HandoffMe::load(ws(), window.session()->profile().info().displayName);
        REQUIRE(me.ok());
        return me->address;
    }
};

// A client with a case and a draft referral to an organisation; with her consent, or without.
struct CaseToRefer {
    QString caseId;
    QString referralId;
};

inline CaseToRefer makeCaseToRefer(repo::Workspace &ws, bool withConsent)
{
    domain::Client client;
    client.fullName = QStringLiteral("Siti Aminah");
    client.gender = QStringLiteral("female");
    client.status = QStringLiteral("returned");
    const auto c = ws.clients().create(client);
    REQUIRE(c.ok());
    domain::Organisation org;
    org.name = QStringLiteral("Yayasan Pekerja Migran Lampung");
    org.kind = QStringLiteral("legal_aid");
    org.country = QStringLiteral("id");
    const auto o = ws.organisations().create(org);
    REQUIRE(o.ok());
    domain::Case kase;
    kase.clientId = c->id;
    kase.caseTypes = {QStringLiteral("unpaid_wages")};
    kase.jurisdictions = {QStringLiteral("hk")};
    const auto k = ws.cases().create(kase);
    REQUIRE(k.ok());
    domain::Referral referral;
    referral.caseId = k->id;
    referral.organisationId = o->id;
    referral.reason = QStringLiteral("Her wages claim continues at home");
    if (withConsent) {
        domain::Consent consent;
        consent.clientId = c->id;
        consent.recipient = org.name;
        consent.organisationId = o->id;
        consent.givenOn = QDate(2026, 11, 1);
        const auto given = ws.consents().create(consent);
        REQUIRE(given.ok());
        referral.consentId = given->id;
    }
    const auto r = ws.referrals().create(referral);
    REQUIRE(r.ok());
    return {k->id, r->id};
}

// The referrals tab of the case, open in the window.
inline ui::CaseReferralsPanel &openReferrals(HandoffLaptop &laptop, const CaseToRefer &kase)
{
    laptop.workbench().openCase(kase.caseId);
    auto *panel = child<ui::CaseReferralsPanel>(laptop.window, "caseReferralsPanel");
    laptop.workbench().caseWorkspace()->tabs()->setCurrentWidget(panel);
    REQUIRE(panel->selectReferral(kase.referralId));
    return *panel;
}

// "Hand off as a file…" on the referral in the panel, the address typed, the file saved in
// `path`; returns what the dialog showed about the recipient.
inline QString handOffAsFile(ui::CaseReferralsPanel &panel, const QString &address, const QString &path)
{
    QString shown;
    bool saved = false;
    whenModalShows([&](QWidget *modal) {
        auto *dialog = qobject_cast<ui::HandoffSendDialog *>(modal);
        if (dialog) {
            dialog->setAddressText(address);
            shown = dialog->findChild<QLabel *>(QStringLiteral("handoffRecipient"))->text();
            saved = dialog->saveTo(path).ok();
        }
        modal->close();
    });
    panel.handOffAsFile();
    CHECK(saved);
    return shown;
}

} // namespace lintas::test
