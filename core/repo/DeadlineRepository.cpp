#include "repo/DeadlineRepository.h"

#include "domain/CodeLists.h"
#include "repo/Validation.h"

#include <algorithm>

namespace lintas::repo {

Status DeadlineRepository::validate(const domain::Deadline &d)
{
    LINTAS_TRY(validate::exists(db(), QStringLiteral("cases"), d.caseId, QStringLiteral("case_id")));
    LINTAS_TRY(validate::required(d.title, QStringLiteral("title")));
    LINTAS_TRY(validate::code(domain::deadlineKinds(), d.kind, QStringLiteral("kind"), false));
    if (!d.dueOn.isValid())
        return validate::failure(
            QStringLiteral("required"), QStringLiteral("due_on is required"), QStringLiteral("due_on"));
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

Result<int> DeadlineRepository::addSuggestions(
    const QString &caseId, const QVector<rules::SuggestedDeadline> &suggestions, domain::Language language)
{
    LINTAS_TRY_ASSIGN(const QVector<domain::Deadline> existing, forCase(caseId));
    LINTAS_TRY_ASSIGN(auto tx, db().begin());
    int created = 0;
    for (const rules::SuggestedDeadline &s : suggestions) {
        const bool have = std::any_of(existing.cbegin(), existing.cend(),
            [&](const domain::Deadline &d) { return d.ruleId == s.ruleId && d.triggerDate == s.triggerDate; });
        if (have)
            continue;
        domain::Deadline d;
        d.caseId = caseId;
        d.kind = s.kind;
        d.title = s.title.text(language);
        d.dueOn = s.dueDate;
        d.ruleId = s.ruleId;
        d.ruleVersion = s.ruleVersion;
        d.triggerDate = s.triggerDate;
        d.source = s.source;
        // Stored text, not a flag: it must read the same on a device with an older Lintas.
        if (s.uncertain)
            d.notes = language == domain::Language::Indonesian ? QStringLiteral("Tanggal perlu dikonfirmasi.")
                                                               : QStringLiteral("Date to be confirmed.");
        LINTAS_TRY(create(d));
        ++created;
    }
    LINTAS_TRY(tx.commit());
    return created;
}

} // namespace lintas::repo
