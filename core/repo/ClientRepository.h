#pragma once

#include "domain/ClientMatch.h"
#include "repo/EntityMappings.h"
#include "repo/EntityRepository.h"

namespace lintas::repo {

class ClientRepository : public EntityRepository<domain::Client> {
public:
    explicit ClientRepository(ChangeWriter &writer);

    // Clients by name, not deleted; for lists and pickers.
    Result<QVector<domain::Client>> list(int limit, int offset = 0);
    Result<int> count();

    Result<domain::ClientPhone> addPhone(domain::ClientPhone phone);
    Result<bool> updatePhone(const domain::ClientPhone &phone);
    // All numbers ever recorded, current ones first.
    Result<QVector<domain::ClientPhone>> phones(const QString &clientId);

    // Live clients who may be the person `candidate` describes (a new client, or an edited one:
    // her own id is left out), strongest first, at most `limit`: the same NIK, passport or phone
    // (`phones`: the numbers typed for her), or a name that is the same or alike in the ways
    // Indonesian names vary (domain::NameKey), with the birth date as support. Index lookups only
    // (ClientMatchKeys); fast enough to run as the name field is left (D16).
    Result<QVector<domain::ClientMatch>> findLikelyDuplicates(
        const domain::Client &candidate, const QStringList &phones, int limit = 10);

protected:
    void prepareNew(domain::Client &client) override;
    Status validate(const domain::Client &client) override;

private:
    class PhoneRepository : public EntityRepository<domain::ClientPhone> {
    public:
        explicit PhoneRepository(ChangeWriter &w) : EntityRepository(w, clientPhoneMapping()) { }
        using EntityRepository::select;

    protected:
        Status validate(const domain::ClientPhone &phone) override;
    };
    PhoneRepository m_phones;
};

} // namespace lintas::repo
