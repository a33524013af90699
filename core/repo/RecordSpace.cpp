#include "repo/RecordSpace.h"

#include "store/Database.h"

namespace lintas::repo {

namespace {

Result<QString> column(store::Database &db, const EntityDef &def, const QString &id, const QString &field,
    const QMap<QString, QVariant> &incoming)
{
    if (incoming.contains(field))
        return incoming.value(field).toString();
    LINTAS_TRY_ASSIGN(auto st, db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(field, def.table)));
    st.bind(1, id);
    LINTAS_TRY_ASSIGN(const bool found, st.step());
    return found && !st.isNull(0) ? st.text(0) : QString();
}

// The distinct spaces of a client's live cases, as cases name them (empty: never moved).
Result<QStringList> caseSpaces(store::Database &db, const QString &clientId, int limit)
{
    if (clientId.isEmpty())
        return QStringList();
    LINTAS_TRY_ASSIGN(auto st,
        db.prepare(QStringLiteral("SELECT DISTINCT coalesce(space_id, '') FROM cases "
                                  "WHERE client_id = ? AND coalesce(deleted, 0) = 0 LIMIT ?")));
    st.bind(1, clientId).bind(2, limit);
    return st.textColumn();
}

// Client-level: the client herself, or a record under her that is not under one of her cases.
Result<QString> clientOf(store::Database &db, const EntityDef &def, const QString &id)
{
    if (def.name == QLatin1String("client"))
        return id;
    if (def.name == QLatin1String("case") || def.field(QStringLiteral("case_id"))
        || def.field(QStringLiteral("claim_id")) || !def.field(QStringLiteral("client_id")))
        return QString();
    return column(db, def, id, QStringLiteral("client_id"), {});
}

} // namespace

Result<QString> RecordSpace::homeSpace(store::Database &db)
{
    LINTAS_TRY_ASSIGN(auto st, db.prepare(QStringLiteral("SELECT space_id FROM sync_spaces ORDER BY rowid LIMIT 1")));
    LINTAS_TRY_ASSIGN(const bool found, st.step());
    return found ? st.text(0) : QString();
}

Result<QStringList> RecordSpace::mirrorsOf(store::Database &db, const EntityDef &def, const QString &id)
{
    LINTAS_TRY_ASSIGN(const QString clientId, clientOf(db, def, id));
    LINTAS_TRY_ASSIGN(const QStringList spaces, caseSpaces(db, clientId, 100));
    if (spaces.size() < 2)
        return QStringList();
    LINTAS_TRY_ASSIGN(const QString home, homeSpace(db));
    QStringList mirrors;
    for (const QString &space : spaces) {
        if (!space.isEmpty() && space != home)
            mirrors.push_back(space);
    }
    return mirrors;
}

Result<QString> RecordSpace::ofCase(store::Database &db, const QString &caseId)
{
    if (caseId.isEmpty())
        return QString();
    LINTAS_TRY_ASSIGN(auto st, db.prepare(QStringLiteral("SELECT space_id FROM cases WHERE id = ?")));
    st.bind(1, caseId);
    LINTAS_TRY_ASSIGN(const bool found, st.step());
    return found && !st.isNull(0) ? st.text(0) : QString();
}

Result<QString> RecordSpace::ofClient(store::Database &db, const QString &clientId)
{
    LINTAS_TRY_ASSIGN(const QStringList spaces, caseSpaces(db, clientId, 2));
    // Cases in two spaces: her record stays with the organisation, which follows both.
    return spaces.size() == 1 ? spaces.first() : QString();
}

Result<QString> RecordSpace::of(
    store::Database &db, const EntityDef &def, const QString &id, const QMap<QString, QVariant> &incoming)
{
    if (def.name == QLatin1String("case")) {
        if (incoming.contains(QStringLiteral("space_id")))
            return incoming.value(QStringLiteral("space_id")).toString();
        return ofCase(db, id);
    }
    if (def.name == QLatin1String("client"))
        return ofClient(db, id);
    if (def.field(QStringLiteral("case_id"))) {
        LINTAS_TRY_ASSIGN(const QString caseId, column(db, def, id, QStringLiteral("case_id"), incoming));
        return ofCase(db, caseId);
    }
    if (def.field(QStringLiteral("claim_id"))) {
        LINTAS_TRY_ASSIGN(const QString claimId, column(db, def, id, QStringLiteral("claim_id"), incoming));
        LINTAS_TRY_ASSIGN(auto st, db.prepare(QStringLiteral("SELECT case_id FROM claims WHERE id = ?")));
        st.bind(1, claimId);
        LINTAS_TRY_ASSIGN(const bool found, st.step());
        return ofCase(db, found && !st.isNull(0) ? st.text(0) : QString());
    }
    if (def.field(QStringLiteral("client_id"))) {
        LINTAS_TRY_ASSIGN(const QString clientId, column(db, def, id, QStringLiteral("client_id"), incoming));
        return ofClient(db, clientId);
    }
    return QString();
}

} // namespace lintas::repo
