#include "sync/ConflictSubjects.h"

#include "store/Database.h"

namespace lintas::sync {

namespace {

// A row that belongs to another: which column names its owner, and what the owner is.
struct Owner {
    QLatin1String entity;
    QLatin1String table;
    QLatin1String column;
    QLatin1String ownerEntity;
};

constexpr Owner kOwners[] = {
    {QLatin1String("client_phone"), QLatin1String("client_phones"), QLatin1String("client_id"),
        QLatin1String("client")},
    {QLatin1String("consent"), QLatin1String("consents"), QLatin1String("client_id"), QLatin1String("client")},
    {QLatin1String("case_party"), QLatin1String("case_parties"), QLatin1String("case_id"), QLatin1String("case")},
    {QLatin1String("claim"), QLatin1String("claims"), QLatin1String("case_id"), QLatin1String("case")},
    {QLatin1String("claim_payment"), QLatin1String("claim_payments"), QLatin1String("claim_id"),
        QLatin1String("claim")},
    {QLatin1String("note"), QLatin1String("notes"), QLatin1String("case_id"), QLatin1String("case")},
    {QLatin1String("deadline"), QLatin1String("deadlines"), QLatin1String("case_id"), QLatin1String("case")},
    {QLatin1String("referral"), QLatin1String("referrals"), QLatin1String("case_id"), QLatin1String("case")},
    {QLatin1String("activity_count"), QLatin1String("activity_counts"), QLatin1String("activity_id"),
        QLatin1String("activity")},
};

// The words that name a record of its own: a case by reference and title, an activity by title
// and date, anything else by name (the second column is then NULL).
struct Naming {
    QLatin1String entity;
    QLatin1String sql;
};

constexpr Naming kNamings[] = {
    {QLatin1String("case"), QLatin1String("SELECT reference, title FROM cases WHERE id = ?")},
    {QLatin1String("client"), QLatin1String("SELECT full_name, NULL FROM clients WHERE id = ?")},
    {QLatin1String("party"), QLatin1String("SELECT name, NULL FROM parties WHERE id = ?")},
    {QLatin1String("organisation"), QLatin1String("SELECT name, NULL FROM organisations WHERE id = ?")},
    {QLatin1String("activity"), QLatin1String("SELECT title, held_on FROM activities WHERE id = ?")},
};

// The row's first column, joined with the second when that has something ("KS-0001 · Unpaid wages").
Result<std::optional<QString>> textOf(store::Database &db, const QString &sql, const QString &id)
{
    LINTAS_TRY_ASSIGN(auto st, db.prepare(sql));
    st.bind(1, id);
    std::optional<QString> out;
    LINTAS_TRY(st.forEachRow([&] {
        QStringList parts;
        for (int col = 0; col < st.columnCount(); ++col) {
            if (!st.isNull(col) && !st.text(col).isEmpty())
                parts << st.text(col);
        }
        out = parts.join(QStringLiteral(" · "));
    }));
    return out;
}

} // namespace

Result<ConflictSubject> ConflictSubjects::describe(store::Database &db, const QString &entity, const QString &entityId)
{
    QString kind = entity;
    QString id = entityId;
    // Owners nest at most twice (a payment's claim's case).
    for (int depth = 0; depth < 3; ++depth) {
        const Owner *owner = nullptr;
        for (const Owner &o : kOwners) {
            if (o.entity == kind)
                owner = &o;
        }
        if (!owner)
            break;
        LINTAS_TRY_ASSIGN(const auto ownerId,
            textOf(db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(owner->column, owner->table), id));
        if (!ownerId || ownerId->isEmpty())
            return ConflictSubject();
        kind = owner->ownerEntity;
        id = *ownerId;
    }
    ConflictSubject subject;
    for (const Naming &n : kNamings) {
        if (n.entity != kind)
            continue;
        LINTAS_TRY_ASSIGN(const auto label, textOf(db, n.sql, id));
        if (!label)
            return ConflictSubject();
        subject.label = *label;
    }
    if (kind == QLatin1String("case"))
        subject.caseId = id;
    else if (kind == QLatin1String("client"))
        subject.clientId = id;
    return subject;
}

} // namespace lintas::sync
