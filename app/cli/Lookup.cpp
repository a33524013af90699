#include "Lookup.h"

#include "repo/EntityDef.h"
#include "repo/Workspace.h"
#include "store/Database.h"

namespace lintas::cli {

Result<QString> Lookup::id(repo::Workspace &ws, const repo::EntityDef &def, const QString &text)
{
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return makeError(ErrorCode::Validation, QStringLiteral("no %1 given").arg(def.name), QStringLiteral("id"));
    store::Database &db = ws.database();
    LINTAS_TRY_ASSIGN(
        store::Statement exact, db.prepare(QStringLiteral("SELECT id FROM %1 WHERE id = ?").arg(def.table)));
    exact.bind(1, wanted);
    LINTAS_TRY_ASSIGN(const bool found, exact.step());
    if (found)
        return exact.text(0);
    if (wanted.size() >= 4) {
        // Ids are lowercase hex; anything else cannot be a prefix, so no LIKE escaping is needed.
        const bool hex = std::all_of(wanted.begin(), wanted.end(), [](QChar c) {
            return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
        });
        if (hex) {
            LINTAS_TRY_ASSIGN(store::Statement prefix,
                db.prepare(
                    QStringLiteral("SELECT id FROM %1 WHERE id >= ? AND id < ? ORDER BY id LIMIT 2").arg(def.table)));
            prefix.bind(1, wanted).bind(2, wanted + QChar(0x7f));
            QStringList matches;
            for (;;) {
                LINTAS_TRY_ASSIGN(const bool more, prefix.step());
                if (!more)
                    break;
                matches << prefix.text(0);
            }
            if (matches.size() == 1)
                return matches.first();
            if (matches.size() > 1)
                return makeError(ErrorCode::Validation,
                    QStringLiteral("'%1' matches more than one %2; give more of the id").arg(wanted, def.name),
                    QStringLiteral("id"));
        }
    }
    return makeError(ErrorCode::NotFound, QStringLiteral("no %1 '%2'").arg(def.name, wanted));
}

Result<domain::Case> Lookup::kase(repo::Workspace &ws, const QString &text)
{
    auto byReference = ws.cases().findByReference(text);
    if (byReference.ok() || byReference.code() != ErrorCode::NotFound)
        return byReference;
    auto found = id(ws, ws.cases().def(), text);
    if (!found.ok()) {
        if (found.code() == ErrorCode::NotFound)
            return makeError(
                ErrorCode::NotFound, QStringLiteral("no case with reference or id '%1'").arg(text.trimmed()));
        return found.error();
    }
    return ws.cases().get(*found);
}

} // namespace lintas::cli
