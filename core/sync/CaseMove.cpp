#include "sync/CaseMove.h"

#include "repo/RecordSpace.h"
#include "repo/Validation.h"
#include "repo/Workspace.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/SyncSpaces.h"
#include "transfer/CaseRecords.h"

#include <QHash>
#include <QScopeGuard>
#include <QSet>

namespace lintas::sync {

namespace {

// The notes that stay: confidential ones, and corrections of notes that stay (they would point at
// nothing on the other side), however the ids happen to sort.
Result<QSet<QString>> notesStaying(store::Database &db, const QVector<transfer::RecordRef> &records)
{
    QHash<QString, QString> corrects;
    QSet<QString> staying;
    for (const transfer::RecordRef &ref : records) {
        if (ref.def->name != QLatin1String("note"))
            continue;
        LINTAS_TRY_ASSIGN(auto st,
            db.prepare(QStringLiteral("SELECT coalesce(confidential, 0), corrects_note_id FROM notes WHERE id = ?")));
        st.bind(1, ref.id);
        LINTAS_TRY_ASSIGN(const bool found, st.step());
        if (found && st.int64(0) != 0)
            staying.insert(ref.id);
        else if (found && !st.isNull(1))
            corrects.insert(ref.id, st.text(1));
    }
    for (bool grew = true; grew;) {
        grew = false;
        for (auto it = corrects.cbegin(); it != corrects.cend(); ++it) {
            if (!staying.contains(it.key()) && staying.contains(it.value())) {
                staying.insert(it.key());
                grew = true;
            }
        }
    }
    return staying;
}

} // namespace

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
    QSet<QString> staying;
    if (options.keepConfidentialNotes) {
        LINTAS_TRY_ASSIGN(staying, notesStaying(db, records));
    }
    for (const transfer::RecordRef &ref : records) {
        if (ref.def->name == QLatin1String("note") && staying.contains(ref.id)) {
            ++moved.keptBack;
            continue;
        }
        LINTAS_TRY(writer.resend(*ref.def, ref.id));
        ++moved.records;
    }
    LINTAS_TRY(tx.commit());
    return moved;
}

} // namespace lintas::sync
