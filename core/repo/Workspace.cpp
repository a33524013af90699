#include "repo/Workspace.h"

#include "repo/DerivedTables.h"
#include "repo/NewerFields.h"
#include "repo/Schema.h"
#include "store/Database.h"

namespace lintas::repo {

Workspace::Workspace(store::Database &db, const Clock &clock, RandomSource &random)
    : m_db(db),
      m_writer(db, clock, random),
      m_clients(m_writer),
      m_cases(m_writer),
      m_claims(m_writer),
      m_notes(m_writer),
      m_deadlines(m_writer),
      m_referrals(m_writer),
      m_consents(m_writer),
      m_parties(m_writer),
      m_organisations(m_writer),
      m_activities(m_writer)
{
    // Derived data (search index, case-list keys, duplicate-client keys) is refreshed inside the
    // write's transaction; ChangeApplier does the same for changes from other devices.
    m_writer.setAfterWrite([&db](const EntityDef &def, const QString &id, const sync::Change &change, bool created) {
        return DerivedTables::refresh(db, def, id, change, created);
    });
}

Result<std::unique_ptr<Workspace>> Workspace::open(store::Database &db, const Clock &clock, RandomSource &random)
{
    if (db.userVersion() != profileSchema().latestVersion())
        return makeError(ErrorCode::Internal, QStringLiteral("workspace opened on an unmigrated database"));
    std::unique_ptr<Workspace> ws(new Workspace(db, clock, random));
    auto tx = db.begin();
    if (!tx.ok())
        return tx.error();
    LINTAS_TRY(ws->m_writer.load());
    LINTAS_TRY(tx->commit());
    // A pull cut off by a crash leaves rows whose search entry and list keys were still to come.
    LINTAS_TRY(DerivedTables::flushParked(db));
    // After an upgrade: fields kept from newer versions that this one now knows go into their rows.
    LINTAS_TRY(NewerFields::foldKnown(db, allEntityDefs()));
    return ws;
}

Result<QVector<search::SearchHit>> Workspace::search(const search::SearchIndex::Query &query)
{
    return search::SearchIndex::search(m_db, query);
}

} // namespace lintas::repo
