#pragma once

#include "domain/Activity.h"
#include "domain/Case.h"
#include "domain/Claim.h"
#include "domain/Client.h"
#include "domain/ClientPhone.h"
#include "domain/Consent.h"
#include "domain/Deadline.h"
#include "domain/Note.h"
#include "domain/Organisation.h"
#include "domain/Party.h"
#include "domain/Referral.h"
#include "repo/EntityMapping.h"

namespace lintas::repo {

const EntityMapping<domain::Client> &clientMapping();
const EntityMapping<domain::ClientPhone> &clientPhoneMapping();
const EntityMapping<domain::Consent> &consentMapping();
const EntityMapping<domain::Case> &caseMapping();
const EntityMapping<domain::Claim> &claimMapping();
const EntityMapping<domain::ClaimPayment> &claimPaymentMapping();
const EntityMapping<domain::Note> &noteMapping();
const EntityMapping<domain::Deadline> &deadlineMapping();
const EntityMapping<domain::Referral> &referralMapping();
const EntityMapping<domain::Party> &partyMapping();
const EntityMapping<domain::CaseParty> &casePartyMapping();
const EntityMapping<domain::Organisation> &organisationMapping();
const EntityMapping<domain::Activity> &activityMapping();
const EntityMapping<domain::ActivityCount> &activityCountMapping();

} // namespace lintas::repo
