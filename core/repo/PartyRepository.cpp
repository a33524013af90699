#include "repo/PartyRepository.h"

#include "domain/CodeLists.h"
#include "repo/LikePattern.h"
#include "repo/Validation.h"

#include <QHash>

#include <algorithm>

namespace lintas::repo {

namespace {

void whereFor(const PartyFilter &filter, QString &where, QVariantList &binds)
{
    where = QStringLiteral("coalesce(t.deleted, 0) = 0");
    if (!filter.kind.isEmpty()) {
        where += QStringLiteral(" AND t.kind = ?");
        binds << filter.kind;
    }
    if (!filter.nameText.trimmed().isEmpty()) {
        where += QStringLiteral(" AND t.name LIKE ? ESCAPE '\\'");
        binds << containsPattern(filter.nameText.trimmed());
    }
}

const QString kPartyOrder = QStringLiteral("t.name COLLATE NOCASE, t.id");

} // namespace

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
    return find(PartyFilter {kind, {}}, limit, offset);
}

Result<QVector<PartyUsage>> PartyRepository::find(const PartyFilter &filter, int limit, int offset)
{
    QString where;
    QVariantList binds;
    whereFor(filter, where, binds);
    auto parties = select(where, binds, kPartyOrder, limit, offset);
    if (!parties.ok())
        return parties.error();
    // One query counts the cases of the whole page, instead of one query per party.
    QVariantList pageBinds = binds;
    pageBinds << limit << offset;
    auto counts = caseCounts(
        QStringLiteral("SELECT t.id FROM parties t WHERE %1 ORDER BY %2 LIMIT ? OFFSET ?").arg(where, kPartyOrder),
        pageBinds);
    if (!counts.ok())
        return counts.error();
    QVector<PartyUsage> out;
    out.reserve(parties->size());
    for (const domain::Party &p : *parties)
        out.push_back({p, counts->value(p.id)});
    return out;
}

Result<QHash<QString, int>> PartyRepository::caseCounts(const QString &partiesSql, const QVariantList &binds)
{
    auto st = db().prepare(QStringLiteral("SELECT l.party_id, count(DISTINCT l.case_id) FROM case_parties l "
                                          "JOIN cases c ON c.id = l.case_id WHERE l.party_id IN (%1) "
                                          "AND coalesce(l.deleted, 0) = 0 AND coalesce(c.deleted, 0) = 0 "
                                          "GROUP BY l.party_id")
                               .arg(partiesSql));
    if (!st.ok())
        return st.error();
    for (int i = 0; i < binds.size(); ++i)
        st->bindValue(i + 1, binds[i]);
    QHash<QString, int> counts;
    LINTAS_TRY(st->forEachRow([&] { counts.insert(st->text(0), int(st->int64(1))); }));
    return counts;
}

Result<int> PartyRepository::count(const PartyFilter &filter)
{
    QString where;
    QVariantList binds;
    whereFor(filter, where, binds);
    auto st = db().prepare(QStringLiteral("SELECT count(*) FROM parties t WHERE %1").arg(where));
    if (!st.ok())
        return st.error();
    for (int i = 0; i < binds.size(); ++i)
        st->bindValue(i + 1, binds[i]);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    return int(st->int64(0));
}

Status PartyRepository::removeWithLinks(const QString &partyId)
{
    auto links = m_links.select(
        QStringLiteral("t.party_id = ? AND coalesce(t.deleted, 0) = 0"), {partyId}, QStringLiteral("t.id"));
    if (!links.ok())
        return links.error();
    auto tx = db().begin();
    if (!tx.ok())
        return tx.error();
    for (const domain::CaseParty &l : *links)
        LINTAS_TRY(m_links.remove(l.id));
    LINTAS_TRY(remove(partyId));
    return tx->commit();
}

Result<domain::CaseParty> PartyRepository::link(domain::CaseParty link)
{
    return m_links.create(std::move(link));
}

Status PartyRepository::unlink(const QString &linkId)
{
    return m_links.remove(linkId);
}

Result<domain::CaseParty> PartyRepository::getLink(const QString &linkId)
{
    return m_links.get(linkId);
}

Result<bool> PartyRepository::updateLink(const domain::CaseParty &link)
{
    return m_links.update(link);
}

Result<QVector<domain::CaseParty>> PartyRepository::linksForCase(const QString &caseId)
{
    return m_links.select(
        QStringLiteral("t.case_id = ? AND coalesce(t.deleted, 0) = 0"), {caseId}, QStringLiteral("t.id"));
}

Result<QVector<LinkedParty>> PartyRepository::linkedParties(const QString &caseId)
{
    auto links = linksForCase(caseId);
    if (!links.ok())
        return links.error();
    auto counts = caseCounts(QStringLiteral("SELECT party_id FROM case_parties WHERE case_id = ? "
                                            "AND coalesce(deleted, 0) = 0"),
        {caseId});
    if (!counts.ok())
        return counts.error();
    QVector<LinkedParty> out;
    for (const domain::CaseParty &l : *links) {
        auto party = get(l.partyId);
        // A party deleted on another device while this one linked it: the link shows nothing.
        if (!party.ok() || party->deleted)
            continue;
        out.push_back({l, *party, counts->value(l.partyId)});
    }
    std::stable_sort(out.begin(), out.end(), [](const LinkedParty &a, const LinkedParty &b) {
        return QString::compare(a.party.name, b.party.name, Qt::CaseInsensitive) < 0;
    });
    return out;
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

Result<QVector<PartyCaseRow>> PartyRepository::casesForParty(const QString &partyId)
{
    auto st = db().prepare(QStringLiteral(
        "SELECT l.id, c.id, c.reference, coalesce(k.full_name, ''), c.status, l.role FROM case_parties l "
        "JOIN cases c ON c.id = l.case_id LEFT JOIN clients k ON k.id = c.client_id WHERE l.party_id = ? "
        "AND coalesce(l.deleted, 0) = 0 AND coalesce(c.deleted, 0) = 0 ORDER BY c.reference, l.id"));
    if (!st.ok())
        return st.error();
    st->bind(1, partyId);
    QVector<PartyCaseRow> out;
    LINTAS_TRY(st->forEachRow([&] {
        out.push_back({st->text(0), st->text(1), st->text(2), st->text(3), st->text(4), st->text(5)});
    }));
    return out;
}

} // namespace lintas::repo
