#include "repo/DerivedTables.h"

#include "repo/CaseListKeys.h"
#include "repo/ClientMatchKeys.h"
#include "repo/EntityDef.h"
#include "search/SearchIndex.h"
#include "store/Database.h"
#include "store/Transaction.h"

namespace lintas::repo {

int DerivedTables::partsFor(const EntityDef &def, const sync::Change &change, bool created)
{
    int parts = 0;
    if (search::SearchIndex::affectedBy(def, change, created))
        parts |= SearchPart;
    if (repo::CaseListKeys::affectedBy(def, change, created))
        parts |= CaseListPart;
    if (repo::ClientMatchKeys::affectedBy(def, change, created))
        parts |= MatchKeysPart;
    return parts;
}

Status DerivedTables::refreshParts(store::Database &db, const EntityDef &def, const QString &id, int parts)
{
    if (parts & SearchPart)
        LINTAS_TRY(search::SearchIndex::reindex(db, def, id));
    if (parts & CaseListPart)
        LINTAS_TRY(repo::CaseListKeys::refreshAfterWrite(db, def, id));
    if (parts & MatchKeysPart)
        LINTAS_TRY(repo::ClientMatchKeys::refreshAfterWrite(db, def, id));
    return {};
}

Status DerivedTables::refresh(
    store::Database &db, const EntityDef &def, const QString &id, const sync::Change &change, bool created)
{
    return refreshParts(db, def, id, partsFor(def, change, created));
}

void DerivedTables::Deferred::note(const EntityDef &def, const QString &id, const sync::Change &change, bool created)
{
    add(def, id, partsFor(def, change, created));
}

void DerivedTables::Deferred::add(const EntityDef &def, const QString &id, int parts)
{
    if (parts == 0)
        return;
    const QString key = def.name + QLatin1Char('/') + id;
    const auto slot = m_slot.constFind(key);
    if (slot != m_slot.cend()) {
        m_pending[*slot].parts |= parts;
        return;
    }
    m_slot.insert(key, static_cast<int>(m_pending.size()));
    m_pending.push_back({&def, id, parts});
}

Status DerivedTables::Deferred::park(store::Database &db)
{
    for (const Pending &p : std::as_const(m_pending)) {
        LINTAS_TRY_ASSIGN(auto st,
            db.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO derived_pending (entity, entity_id, parts) VALUES (?, ?, ? | "
                "coalesce((SELECT parts FROM derived_pending WHERE entity = ? AND entity_id = ?), 0))")));
        st.bind(1, p.def->name).bind(2, p.id).bind(3, p.parts).bind(4, p.def->name).bind(5, p.id);
        LINTAS_TRY(st.exec());
    }
    m_pending.clear();
    m_slot.clear();
    return {};
}

Status DerivedTables::Deferred::flush(store::Database &db)
{
    LINTAS_TRY_ASSIGN(auto parked, db.prepare(QStringLiteral("SELECT entity, entity_id, parts FROM derived_pending")));
    LINTAS_TRY(parked.forEachRow([&] {
        // An entity this version does not know (parked by a newer Lintas) has nothing derived here.
        if (const EntityDef *def = entityDefByName(parked.text(0)))
            add(*def, parked.text(1), static_cast<int>(parked.int64(2)));
    }));
    for (const Pending &p : std::as_const(m_pending))
        LINTAS_TRY(refreshParts(db, *p.def, p.id, p.parts));
    m_pending.clear();
    m_slot.clear();
    LINTAS_TRY_ASSIGN(auto done, db.prepare(QStringLiteral("DELETE FROM derived_pending")));
    return done.exec();
}

Status DerivedTables::flushParked(store::Database &db)
{
    LINTAS_TRY_ASSIGN(const store::SqlValue parked, db.scalar(QStringLiteral("SELECT count(*) FROM derived_pending")));
    if (parked.toLongLong() == 0)
        return {};
    LINTAS_TRY_ASSIGN(auto tx, db.begin());
    Deferred none;
    LINTAS_TRY(none.flush(db));
    return tx.commit();
}

} // namespace lintas::repo
