#include "repo/ClientRepository.h"

#include "domain/ClientSimilarity.h"
#include "domain/CodeLists.h"
#include "repo/DuplicateCandidates.h"
#include "repo/Validation.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace lintas::repo {

ClientRepository::ClientRepository(ChangeWriter &writer) : EntityRepository(writer, clientMapping()), m_phones(writer)
{ }

void ClientRepository::prepareNew(domain::Client &client)
{
    if (client.createdAt == 0)
        client.createdAt = nowMs();
    client.fullName = client.fullName.simplified();
}

Status ClientRepository::validate(const domain::Client &c)
{
    LINTAS_TRY(validate::required(c.fullName, QStringLiteral("full_name")));
    LINTAS_TRY(validate::code(domain::genders(), c.gender, QStringLiteral("gender")));
    LINTAS_TRY(validate::code(domain::clientStatuses(), c.status, QStringLiteral("status")));
    LINTAS_TRY(validate::code(domain::jurisdictions(), c.currentCountry, QStringLiteral("current_country")));
    LINTAS_TRY(validate::nik(c.nik, QStringLiteral("nik")));
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs()).date();
    return validate::notAfter(c.birthDate, today, QStringLiteral("birth_date"));
}

Result<QVector<domain::Client>> ClientRepository::list(int limit, int offset)
{
    return select(QStringLiteral("coalesce(t.deleted, 0) = 0"), {}, QStringLiteral("t.full_name COLLATE NOCASE, t.id"),
        limit, offset);
}

Result<int> ClientRepository::count()
{
    auto v = db().scalar(QStringLiteral("SELECT count(*) FROM clients WHERE coalesce(deleted, 0) = 0"));
    if (!v.ok())
        return v.error();
    return v->toInt();
}

Status ClientRepository::PhoneRepository::validate(const domain::ClientPhone &p)
{
    LINTAS_TRY(validate::exists(db(), QStringLiteral("clients"), p.clientId, QStringLiteral("client_id")));
    LINTAS_TRY(validate::required(p.number, QStringLiteral("number")));
    bool hasDigit = std::any_of(p.number.begin(), p.number.end(), [](QChar ch) { return ch.isDigit(); });
    if (!hasDigit)
        return validate::failure(
            QStringLiteral("phone_format"), QStringLiteral("number has no digits"), QStringLiteral("number"));
    LINTAS_TRY(validate::code(domain::phoneKinds(), p.kind, QStringLiteral("kind")));
    return validate::dateOrder(p.validFrom, p.validUntil, QStringLiteral("valid_until"));
}

Result<domain::ClientPhone> ClientRepository::addPhone(domain::ClientPhone phone)
{
    return m_phones.create(std::move(phone));
}

Result<bool> ClientRepository::updatePhone(const domain::ClientPhone &phone)
{
    return m_phones.update(phone);
}

Result<QVector<domain::ClientPhone>> ClientRepository::phones(const QString &clientId)
{
    return m_phones.select(QStringLiteral("t.client_id = ? AND coalesce(t.deleted, 0) = 0"), {clientId},
        QStringLiteral("t.valid_until IS NOT NULL, t.valid_from DESC, t.id"));
}

Result<QVector<domain::ClientMatch>> ClientRepository::findLikelyDuplicates(
    const domain::Client &candidate, const QStringList &phones, int limit)
{
    // Candidates are ranked on the keys alone; scoring reads their rows, so it looks at a few more
    // than it returns in case the rows say less than the keys promised.
    constexpr int kMinScored = 30;
    const int scored = std::max(kMinScored, limit * 3);
    auto ids = DuplicateCandidates::find(db(), candidate, phones, scored);
    if (!ids.ok())
        return ids.error();
    if (ids->isEmpty() || limit <= 0)
        return QVector<domain::ClientMatch> {};
    // One statement shape whatever the count: the unused places are NULL, which matches nothing.
    QVariantList binds;
    for (int i = 0; i < scored; ++i)
        binds << (i < ids->size() ? QVariant(ids->at(i)) : QVariant());
    QStringList marks;
    for (int i = 0; i < scored; ++i)
        marks << QStringLiteral("?");
    const QString in = QStringLiteral("(%1)").arg(marks.join(QStringLiteral(", ")));
    auto clients = select(QStringLiteral("t.id IN %1 AND coalesce(t.deleted, 0) = 0").arg(in), binds, {});
    if (!clients.ok())
        return clients.error();
    auto numbers
        = m_phones.select(QStringLiteral("t.client_id IN %1 AND coalesce(t.deleted, 0) = 0").arg(in), binds, {});
    if (!numbers.ok())
        return numbers.error();
    QHash<QString, QStringList> phonesOf;
    for (const domain::ClientPhone &p : *numbers)
        phonesOf[p.clientId] << p.number;
    QVector<domain::ClientMatch> out;
    for (const domain::Client &c : *clients) {
        if (c.id == candidate.id)
            continue;
        if (auto m = domain::ClientSimilarity::score(candidate, phones, c, phonesOf.value(c.id)))
            out.push_back(std::move(*m));
    }
    std::sort(out.begin(), out.end(), domain::ClientSimilarity::strongerFirst);
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace lintas::repo
