#pragma once

#include "demo/BatchCreator.h"
#include "demo/DemoBatch.h"
#include "demo/DemoDependentRules.h"
#include "demo/DemoPlaces.h"
#include "demo/DemoRandom.h"
#include "demo/DemoTexts.h"
#include "domain/Organisation.h"
#include "repo/Workspace.h"
#include "rules/DeadlineCalculator.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace lintas::demo {

// What later steps need to know about a generated client.
struct DemoClient {
    QString id;
    QString name;
    bool female = true;
    QString jurisdiction; // where she works or worked
    QString status; // clientStatuses()
    QString provinceKey;
    QDate firstContact;
};

// What later steps (deadlines, notes) need to know about a generated case.
struct DemoCase {
    QString id;
    QString status;
    QDate opened;
    QDate closed; // invalid while open
    QStringList jurisdictions;
    QStringList forums;
    QStringList assignees;
    QMap<QString, QDate> triggers; // deadline trigger code → date (see the rules file)
    CaseStory story;
};

// The bulk write path (see BatchCreator), sharing the workspace's ChangeWriter. Participant counts,
// whose ids the ActivityRepository derives, and the directory go through the repositories as usual.
struct DemoWriters {
    explicit DemoWriters(repo::ChangeWriter &w)
        : clients(w),
          cases(w),
          claims(w),
          notes(w),
          deadlines(w),
          parties(w),
          activities(w),
          consents(w),
          referrals(w),
          phones(w),
          caseParties(w),
          payments(w)
    { }
    BatchCreator<repo::ClientRepository, domain::Client> clients;
    BatchCreator<repo::CaseRepository, domain::Case> cases;
    BatchCreator<repo::ClaimRepository, domain::Claim> claims;
    BatchCreator<repo::NoteRepository, domain::Note> notes;
    BatchCreator<repo::DeadlineRepository, domain::Deadline> deadlines;
    BatchCreator<repo::PartyRepository, domain::Party> parties;
    BatchCreator<repo::ActivityRepository, domain::Activity> activities;
    BatchCreator<repo::ConsentRepository, domain::Consent> consents;
    BatchCreator<repo::ReferralRepository, domain::Referral> referrals;
    BatchCreator<PhoneRules, domain::ClientPhone> phones;
    BatchCreator<CasePartyRules, domain::CaseParty> caseParties;
    BatchCreator<PaymentRules, domain::ClaimPayment> payments;
};

// Shared state of one generator run.
struct DemoContext {
    repo::Workspace &workspace;
    DemoRandom &random;
    DemoBatch &batch;
    DemoWriters &writers;
    const DemoPlaces &places;
    const rules::DeadlineCalculator &calculator;
    QDate today;
    QVector<domain::Organisation> organisations; // the seeded directory, for referrals
};

} // namespace lintas::demo
