#include "repo/DeadlineRepository.h"

#include "domain/CodeLists.h"
#include "repo/Validation.h"

namespace lintas::repo {

Status DeadlineRepository::validate(const domain::Deadline &d)
{
    LINTAS_TRY(validate::exists(db(), QStringLiteral("cases"), d.caseId, QStringLiteral("case_id")));
    LINTAS_TRY(validate::required(d.title, QStringLiteral("title")));
    LINTAS_TRY(validate::code(domain::deadlineKinds(), d.kind, QStringLiteral("kind"), false));
    if (!d.dueOn.isValid())
        return makeError(ErrorCode::Validation, QStringLiteral("due_on is required"), QStringLiteral("due_on"));
    return {};
}

Result<QVector<domain::Deadline>> DeadlineRepository::forCase(const QString &caseId)
{
    return select(
        QStringLiteral("t.case_id = ? AND coalesce(t.deleted, 0) = 0"), {caseId}, QStringLiteral("t.due_on, t.id"));
}

Result<QVector<domain::Deadline>> DeadlineRepository::openUntil(const QDate &until, int limit)
{
    return select(QStringLiteral("t.done_on IS NULL AND coalesce(t.deleted, 0) = 0 AND t.due_on <= ?"),
        {until.toString(Qt::ISODate)}, QStringLiteral("t.due_on, t.id"), limit);
}

} // namespace lintas::repo
