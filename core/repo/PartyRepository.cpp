#include "repo/PartyRepository.h"

#include "domain/CodeLists.h"
#include "repo/Validation.h"

namespace lintas::repo {

PartyRepository::PartyRepository(ChangeWriter &writer) : EntityRepository(writer, partyMapping()), m_links(writer) { }

Status PartyRepository::validate(const domain::Party &p)
{
    LINTAS_TRY(validate::required(p.name, QStringLiteral("name")));
    LINTAS_TRY(validate::code(domain::partyKinds(), p.kind, QStringLiteral("kind"), false));
    return validate::code(domain::jurisdictions(), p.country, QStringLiteral("country"));
}

Status PartyRepository::LinkRepository::validate(const domain::CaseParty &l)
{
    LINTAS_TRY(validate::exists(db(), QStringLiteral("cases"), l.caseId, QStringLiteral("case_id")));
    LINTAS_TRY(validate::exists(db(), QStringLiteral("parties"), l.partyId, QStringLiteral("party_id")));
    return validate::code(domain::partyRoles(), l.role, QStringLiteral("role"));
}

Result<QVector<PartyUsage>> PartyRepository::listWithCaseCounts(const QString &kind, int limit, int offset)
{
    QString where = QStringLiteral("coalesce(t.deleted, 0) = 0");
    QVariantList binds;
    if (!kind.isEmpty()) {
        where += QStringLiteral(" AND t.kind = ?");
        binds << kind;
    }
    auto parties = select(where, binds, QStringLiteral("t.name COLLATE NOCASE, t.id"), limit, offset);
    if (!parties.ok())
        return parties.error();
    QVector<PartyUsage> out;
    for (const domain::Party &p : *parties) {
        auto ids = caseIdsForParty(p.id);
        if (!ids.ok())
            return ids.error();
        out.push_back({p, static_cast<int>(ids->size())});
    }
    return out;
}

Result<domain::CaseParty> PartyRepository::link(domain::CaseParty link)
{
    return m_links.create(std::move(link));
}

Status PartyRepository::unlink(const QString &linkId)
{
    return m_links.remove(linkId);
}

Result<QVector<domain::CaseParty>> PartyRepository::linksForCase(const QString &caseId)
{
    return m_links.select(
        QStringLiteral("t.case_id = ? AND coalesce(t.deleted, 0) = 0"), {caseId}, QStringLiteral("t.id"));
}

Result<QStringList> PartyRepository::caseIdsForParty(const QString &partyId)
{
    auto st = db().prepare(QStringLiteral(
        "SELECT DISTINCT l.case_id FROM case_parties l JOIN cases c ON c.id = l.case_id WHERE l.party_id = ? "
        "AND coalesce(l.deleted, 0) = 0 AND coalesce(c.deleted, 0) = 0 ORDER BY l.case_id"));
    if (!st.ok())
        return st.error();
    st->bind(1, partyId);
    return st->textColumn();
}

} // namespace lintas::repo
