#pragma once

#include "repo/EntityMappings.h"
#include "repo/EntityRepository.h"

#include <QHash>

namespace lintas::repo {

struct PartyUsage {
    domain::Party party;
    int caseCount = 0; // live cases this party is linked to
};

// Which parties a list shows: one kind (empty = all) and words in the name (empty = all).
struct PartyFilter {
    QString kind;
    QString nameText;
};

// One case a party is linked to, as the party's page lists it.
struct PartyCaseRow {
    QString linkId;
    QString caseId;
    QString reference;
    QString clientName;
    QString status;
    QString role;
};

// One party linked to a case, as the case's Parties tab lists it.
struct LinkedParty {
    domain::CaseParty link;
    domain::Party party;
    int caseCount = 0;
};

class PartyRepository : public EntityRepository<domain::Party> {
public:
    explicit PartyRepository(ChangeWriter &writer);

    Result<QVector<PartyUsage>> listWithCaseCounts(const QString &kind = {}, int limit = 500, int offset = 0);
    // A page of live parties matching `filter`, A to Z, each with its number of live cases.
    Result<QVector<PartyUsage>> find(const PartyFilter &filter, int limit, int offset = 0);
    Result<int> count(const PartyFilter &filter);
    // Soft-deletes the party and every link to it, in one transaction.
    Status removeWithLinks(const QString &partyId);

    Result<domain::CaseParty> link(domain::CaseParty link);
    Status unlink(const QString &linkId);
    Result<domain::CaseParty> getLink(const QString &linkId);
    // Writes the role and notes of a link; returns true if anything changed.
    Result<bool> updateLink(const domain::CaseParty &link);
    Result<QVector<domain::CaseParty>> linksForCase(const QString &caseId);
    // The live parties linked to a live case, by party name.
    Result<QVector<LinkedParty>> linkedParties(const QString &caseId);
    Result<QStringList> caseIdsForParty(const QString &partyId);
    // The live cases a party is linked to, one row per link, by case reference.
    Result<QVector<PartyCaseRow>> casesForParty(const QString &partyId);

protected:
    Status validate(const domain::Party &p) override;

private:
    Result<QHash<QString, int>> caseCounts(const QString &partiesSql, const QVariantList &binds);

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
