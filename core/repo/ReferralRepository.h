#pragma once

#include "repo/EntityMappings.h"
#include "repo/EntityRepository.h"

namespace lintas::repo {

class ReferralRepository : public EntityRepository<domain::Referral> {
public:
    explicit ReferralRepository(ChangeWriter &writer) : EntityRepository(writer, referralMapping()) { }
    Result<QVector<domain::Referral>> forCase(const QString &caseId);

protected:
    void prepareNew(domain::Referral &r) override;
    Status validate(const domain::Referral &r) override;
};

class ConsentRepository : public EntityRepository<domain::Consent> {
public:
    explicit ConsentRepository(ChangeWriter &writer) : EntityRepository(writer, consentMapping()) { }
    Result<QVector<domain::Consent>> forClient(const QString &clientId);

protected:
    Status validate(const domain::Consent &c) override;
};

} // namespace lintas::repo
