#pragma once

#include "base/Result.h"
#include "repo/CaseRepository.h"
#include "repo/ChangeWriter.h"
#include "repo/ClaimRepository.h"
#include "repo/ClientRepository.h"
#include "repo/DeadlineRepository.h"
#include "repo/NoteRepository.h"
#include "repo/OrganisationRepository.h"
#include "repo/PartyRepository.h"
#include "repo/ReferralRepository.h"
#include "search/SearchHit.h"
#include "search/SearchIndex.h"

#include <memory>

namespace lintas::repo {

// Everything an unlocked profile offers: the repositories (the only write path), search, and
// the device identity. Borrows the Database; the profile that opened it outlives this.
class Workspace {
public:
    static Result<std::unique_ptr<Workspace>> open(store::Database &db, const Clock &clock, RandomSource &random);

    ClientRepository &clients() { return m_clients; }
    CaseRepository &cases() { return m_cases; }
    ClaimRepository &claims() { return m_claims; }
    NoteRepository &notes() { return m_notes; }
    DeadlineRepository &deadlines() { return m_deadlines; }
    ReferralRepository &referrals() { return m_referrals; }
    ConsentRepository &consents() { return m_consents; }
    PartyRepository &parties() { return m_parties; }
    OrganisationRepository &organisations() { return m_organisations; }
    ActivityRepository &activities() { return m_activities; }

    Result<QVector<search::SearchHit>> search(const search::SearchIndex::Query &query);

    ChangeWriter &writer() { return m_writer; }
    store::Database &database() { return m_db; }
    const Clock &clock() const { return m_writer.clock(); }

private:
    Workspace(store::Database &db, const Clock &clock, RandomSource &random);

    store::Database &m_db;
    ChangeWriter m_writer;
    ClientRepository m_clients;
    CaseRepository m_cases;
    ClaimRepository m_claims;
    NoteRepository m_notes;
    DeadlineRepository m_deadlines;
    ReferralRepository m_referrals;
    ConsentRepository m_consents;
    PartyRepository m_parties;
    OrganisationRepository m_organisations;
    ActivityRepository m_activities;
};

} // namespace lintas::repo
