#pragma once

#include "repo/CaseQuery.h"
#include "repo/EntityMappings.h"
#include "repo/EntityRepository.h"

namespace lintas::repo {

class CaseRepository : public EntityRepository<domain::Case> {
public:
    explicit CaseRepository(ChangeWriter &writer);

    // Refuses status changes the workflow does not allow (e.g. intake → closed is fine,
    // closed → intake is not).
    Result<bool> update(const domain::Case &updated);

    Result<QVector<CaseListRow>> list(const CaseFilter &filter, CaseSort sort, int limit, int offset = 0);
    // The page right after the row whose cursor is given (the last row shown): as fast at any
    // depth as the first page, and no row is skipped or repeated when cases change in between.
    Result<QVector<CaseListRow>> listAfter(
        const CaseFilter &filter, CaseSort sort, int limit, const CaseListCursor &after);
    // The SQL of list()/listAfter(), to read on another connection (CasePageReadAhead).
    CasePageQuery pageQuery(
        const CaseFilter &filter, CaseSort sort, int limit, int offset = 0, const CaseListCursor &after = {}) const;
    Result<int> count(const CaseFilter &filter);
    // Everyone cases are assigned to (live cases), A to Z: the choices of the assignee filter.
    Result<QStringList> assignees();
    Result<domain::Case> findByReference(const QString &reference);

protected:
    void prepareNew(domain::Case &c) override;
    Status validate(const domain::Case &c) override;
    Status beforeCreate(domain::Case &c) override;

private:
    Result<QVector<CaseListRow>> page(
        const CaseFilter &filter, CaseSort sort, int limit, int offset, const CaseListCursor &after);
    // onKeys: the columns are read from case_list_keys; setsFirst: set filters as IN (members).
    QString whereClause(
        const CaseFilter &filter, QVariantList &binds, bool onKeys = false, bool setsFirst = false) const;
};

} // namespace lintas::repo
