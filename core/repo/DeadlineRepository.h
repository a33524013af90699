#pragma once

#include "repo/EntityMappings.h"
#include "repo/EntityRepository.h"

namespace lintas::repo {

class DeadlineRepository : public EntityRepository<domain::Deadline> {
public:
    explicit DeadlineRepository(ChangeWriter &writer) : EntityRepository(writer, deadlineMapping()) { }

    Result<QVector<domain::Deadline>> forCase(const QString &caseId);
    // Open deadlines due on or before `until` (overdue ones included), soonest first.
    Result<QVector<domain::Deadline>> openUntil(const QDate &until, int limit = 200);

protected:
    Status validate(const domain::Deadline &d) override;
};

} // namespace lintas::repo
