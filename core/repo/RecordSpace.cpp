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

} // namespace

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
    if (clientId.isEmpty())
        return QString();
    LINTAS_TRY_ASSIGN(auto st,
        db.prepare(QStringLiteral("SELECT DISTINCT coalesce(space_id, '') FROM cases "
                                  "WHERE client_id = ? AND coalesce(deleted, 0) = 0 LIMIT 2")));
    st.bind(1, clientId);
    LINTAS_TRY_ASSIGN(const QStringList spaces, st.textColumn());
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
