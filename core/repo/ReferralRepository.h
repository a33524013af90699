#pragma once

#include "repo/EntityMappings.h"
#include "repo/EntityRepository.h"

namespace lintas::repo {

class ReferralRepository : public EntityRepository<domain::Referral> {
public:
    explicit ReferralRepository(ChangeWriter &writer) : EntityRepository(writer, referralMapping()) { }
    Result<QVector<domain::Referral>> forCase(const QString &caseId);
    // Whether this profile may send a referral without the client's consent (with a reason): an
    // admin of its organisation, or a profile that never joined one.
    Result<bool> mayOverrideConsent();

protected:
    void prepareNew(domain::Referral &r) override;
    Status validate(const domain::Referral &r) override;

private:
    Status checkOverride(const domain::Referral &r);
};

class ConsentRepository : public EntityRepository<domain::Consent> {
public:
    explicit ConsentRepository(ChangeWriter &writer) : EntityRepository(writer, consentMapping()) { }
    Result<QVector<domain::Consent>> forClient(const QString &clientId);

protected:
    Status validate(const domain::Consent &c) override;
};

} // namespace lintas::repo
