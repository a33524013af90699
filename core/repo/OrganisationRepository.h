#pragma once

#include "repo/EntityMappings.h"
#include "repo/EntityRepository.h"

namespace lintas::repo {

// Which directory entries a list shows; empty members do not filter.
struct OrganisationFilter {
    QString country;
    QString kind;
    QString text; // words in the name, province, city or services
};

class OrganisationRepository : public EntityRepository<domain::Organisation> {
public:
    explicit OrganisationRepository(ChangeWriter &writer) : EntityRepository(writer, organisationMapping()) { }
    Result<QVector<domain::Organisation>> list(const QString &country = {}, int limit = 1000, int offset = 0);
    // Live entries matching `filter`, A to Z.
    Result<QVector<domain::Organisation>> find(const OrganisationFilter &filter, int limit = 1000);
    // True once any entry came from the bundled directory, deleted ones included.
    Result<bool> hasSeededEntries();

protected:
    Status validate(const domain::Organisation &o) override;
};

class ActivityRepository : public EntityRepository<domain::Activity> {
public:
    explicit ActivityRepository(ChangeWriter &writer);

    Result<QVector<domain::Activity>> list(const QDate &from, const QDate &to, int limit = 1000, int offset = 0);
    // Sets one cell of the participant grid (gender × age band); 0 clears it.
    Status setCount(const QString &activityId, const QString &gender, const QString &ageBand, qint64 count);
    Result<QVector<domain::ActivityCount>> counts(const QString &activityId);

protected:
    void prepareNew(domain::Activity &a) override;
    Status validate(const domain::Activity &a) override;

private:
    class CountRepository : public EntityRepository<domain::ActivityCount> {
    public:
        explicit CountRepository(ChangeWriter &w) : EntityRepository(w, activityCountMapping()) { }
        using EntityRepository::select;
        using EntityRepository::writer;
    };
    CountRepository m_counts;
};

} // namespace lintas::repo
