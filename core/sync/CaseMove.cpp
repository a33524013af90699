#include "sync/CaseMove.h"

#include "repo/RecordSpace.h"
#include "repo/Validation.h"
#include "repo/Workspace.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/SyncSpaces.h"
#include "transfer/CaseRecords.h"
#include "transfer/CaseShare.h"

#include <QScopeGuard>

namespace lintas::sync {

Result<CaseMove::Moved> CaseMove::move(const QString &caseId, const QString &toSpaceId, Options options)
{
    store::Database &db = m_workspace.database();
    repo::ChangeWriter &writer = m_workspace.writer();
    SyncSpaces spaces(db);
    LINTAS_TRY_ASSIGN(const auto home, spaces.current());
    const QString homeId = home ? home->spaceId : QString();
    // The case names where it goes by id, the organisation's own space too: an empty space_id
    // means "home" to each laptop, and the other organisation's laptops would read it as theirs.
    const QString to = toSpaceId.isEmpty() ? homeId : toSpaceId;
    const auto space = spaces.space(to);
    if (to.isEmpty() || (!space && space.code() == ErrorCode::NotFound))
        return repo::validate::failure(QStringLiteral("not_a_member"),
            QStringLiteral("this profile is not a member of space %1").arg(to), QStringLiteral("space_id"));
    if (!space)
        return space.error();
    const QString toName = space->name;

    LINTAS_TRY_ASSIGN(auto tx, db.begin());
    LINTAS_TRY_ASSIGN(const QString from, repo::RecordSpace::ofCase(db, caseId));
    if ((from.isEmpty() ? homeId : from) == to)
        return repo::validate::failure(QStringLiteral("already_in_space"),
            QStringLiteral("the case is already in that space"), QStringLiteral("space_id"));
    LINTAS_TRY_ASSIGN(const auto records, transfer::CaseRecords::collect(db, caseId));
    const repo::EntityDef *caseDef = repo::entityDefByName(QStringLiteral("case"));
    const auto unroute = qScopeGuard([&writer] { writer.setRoute(std::nullopt); });

    // The marker goes where the case was. A case in a space this profile is not a member of
    // (moved away by a colleague) cannot be written to, so it cannot be moved either.
    if (!from.isEmpty() && !spaces.space(from))
        return repo::validate::failure(QStringLiteral("case_in_other_space"),
            QStringLiteral("the case is in a space this profile is not a member of"), QString());
    writer.setRoute(from);
    LINTAS_TRY(
        writer.write(*caseDef, caseId, {{QStringLiteral("space_id"), to}, {QStringLiteral("space_name"), toName}}, {},
            repo::ChangeWriter::Mode::Update));

    Moved moved {from, to, 0, 0};
    writer.setRoute(to);
    // The same choice as a hand-off file's: what stays, stays with everything that refers to it.
    transfer::CaseShareChoice share = transfer::CaseShareChoice::everything();
    share.confidentialNotes = !options.keepConfidentialNotes;
    LINTAS_TRY_ASSIGN(const transfer::SharedRecords shared, transfer::CaseShare::filter(db, records, share));
    for (const transfer::RecordRef &ref : shared.kept) {
        LINTAS_TRY(writer.resend(*ref.def, ref.id));
        ++moved.records;
    }
    moved.keptBack = static_cast<int>(shared.leftOut.size());
    LINTAS_TRY(tx.commit());
    return moved;
}

} // namespace lintas::sync
