#pragma once

#include "repo/EntityMappings.h"
#include "repo/EntityRepository.h"

namespace lintas::repo {

struct PartyUsage {
    domain::Party party;
    int caseCount = 0; // live cases this party is linked to
};

class PartyRepository : public EntityRepository<domain::Party> {
public:
    explicit PartyRepository(ChangeWriter &writer);

    Result<QVector<PartyUsage>> listWithCaseCounts(const QString &kind = {}, int limit = 500, int offset = 0);
    Result<domain::CaseParty> link(domain::CaseParty link);
    Status unlink(const QString &linkId);
    Result<QVector<domain::CaseParty>> linksForCase(const QString &caseId);
    Result<QStringList> caseIdsForParty(const QString &partyId);

protected:
    Status validate(const domain::Party &p) override;

private:
    class LinkRepository : public EntityRepository<domain::CaseParty> {
    public:
        explicit LinkRepository(ChangeWriter &w) : EntityRepository(w, casePartyMapping()) { }
        using EntityRepository::select;

    protected:
        Status validate(const domain::CaseParty &l) override;
    };
    LinkRepository m_links;
};

} // namespace lintas::repo
