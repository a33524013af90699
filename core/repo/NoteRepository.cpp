#include "repo/NoteRepository.h"

#include "domain/CodeLists.h"
#include "repo/Validation.h"

namespace lintas::repo {

void NoteRepository::prepareNew(domain::Note &n)
{
    if (n.createdAt == 0)
        n.createdAt = nowMs();
    if (n.occurredAt == 0)
        n.occurredAt = n.createdAt;
    if (n.kind.isEmpty())
        n.kind = QStringLiteral("note");
}

Status NoteRepository::validate(const domain::Note &n)
{
    LINTAS_TRY(validate::exists(db(), QStringLiteral("cases"), n.caseId, QStringLiteral("case_id")));
    LINTAS_TRY(validate::required(n.body, QStringLiteral("body")));
    LINTAS_TRY(validate::code(domain::noteKinds(), n.kind, QStringLiteral("kind"), false));
    if (!n.correctsNoteId.isEmpty()) {
        auto target = get(n.correctsNoteId);
        if (!target.ok() || target->caseId != n.caseId)
            return validate::failure(QStringLiteral("not_in_case"),
                QStringLiteral("corrected note is not in this case"), QStringLiteral("corrects_note_id"));
    }
    return {};
}

Result<QVector<domain::Note>> NoteRepository::forCase(const QString &caseId, int limit, int offset)
{
    return select(
        QStringLiteral("t.case_id = ?"), {caseId}, QStringLiteral("t.occurred_at, t.created_at, t.id"), limit, offset);
}

} // namespace lintas::repo
