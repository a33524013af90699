#pragma once

#include "repo/EntityMappings.h"
#include "repo/EntityRepository.h"

namespace lintas::demo {

// The rules of the repositories that ClientRepository, PartyRepository and ClaimRepository keep
// as private nested classes (phones, case–party links, payments), restated so the generator can
// create those records with BatchCreator instead of one savepoint each (links, phones and
// payments were over 40% of the time spent on clients and cases). Keep in step with
// repo/ClientRepository.cpp, repo/PartyRepository.cpp and repo/ClaimRepository.cpp; if the
// repositories ever expose those nested repositories, use them and delete these.
class PhoneRules : public repo::EntityRepository<domain::ClientPhone> {
public:
    explicit PhoneRules(repo::ChangeWriter &writer) : EntityRepository(writer, repo::clientPhoneMapping()) { }

protected:
    Status validate(const domain::ClientPhone &phone) override;
};

class CasePartyRules : public repo::EntityRepository<domain::CaseParty> {
public:
    explicit CasePartyRules(repo::ChangeWriter &writer) : EntityRepository(writer, repo::casePartyMapping()) { }

protected:
    Status validate(const domain::CaseParty &link) override;
};

class PaymentRules : public repo::EntityRepository<domain::ClaimPayment> {
public:
    explicit PaymentRules(repo::ChangeWriter &writer) : EntityRepository(writer, repo::claimPaymentMapping()) { }

protected:
    Status validate(const domain::ClaimPayment &payment) override;
};

} // namespace lintas::demo
