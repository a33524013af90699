#pragma once

#include "repo/EntityMappings.h"
#include "repo/EntityRepository.h"
#include "rules/SuggestedDeadline.h"

namespace lintas::repo {

class DeadlineRepository : public EntityRepository<domain::Deadline> {
public:
    explicit DeadlineRepository(ChangeWriter &writer) : EntityRepository(writer, deadlineMapping()) { }

    Result<QVector<domain::Deadline>> forCase(const QString &caseId);
    // Open deadlines due on or before `until` (overdue ones included), soonest first.
    Result<QVector<domain::Deadline>> openUntil(const QDate &until, int limit = 200);
    // Turns confirmed suggestions into deadlines of `caseId`, all or none, titled in `language`.
    // A suggestion the case already has (same rule, same trigger date) is skipped, so applying
    // again after adding a trigger date adds only what is new. Returns how many were created.
    Result<int> addSuggestions(
        const QString &caseId, const QVector<rules::SuggestedDeadline> &suggestions, domain::Language language);

protected:
    Status validate(const domain::Deadline &d) override;
};

} // namespace lintas::repo
