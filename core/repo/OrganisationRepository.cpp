#include "repo/OrganisationRepository.h"

#include "domain/CodeLists.h"
#include "repo/LikePattern.h"
#include "repo/Validation.h"

#include <QCryptographicHash>

namespace lintas::repo {

Status OrganisationRepository::validate(const domain::Organisation &o)
{
    LINTAS_TRY(validate::required(o.name, QStringLiteral("name")));
    LINTAS_TRY(validate::code(domain::organisationKinds(), o.kind, QStringLiteral("kind")));
    return validate::code(domain::jurisdictions(), o.country, QStringLiteral("country"));
}

Result<QVector<domain::Organisation>> OrganisationRepository::list(const QString &country, int limit, int offset)
{
    QString where = QStringLiteral("coalesce(t.deleted, 0) = 0");
    QVariantList binds;
    if (!country.isEmpty()) {
        where += QStringLiteral(" AND t.country = ?");
        binds << country;
    }
    return select(where, binds, QStringLiteral("t.name COLLATE NOCASE, t.id"), limit, offset);
}

Result<QVector<domain::Organisation>> OrganisationRepository::find(const OrganisationFilter &filter, int limit)
{
    QString where = QStringLiteral("coalesce(t.deleted, 0) = 0");
    QVariantList binds;
    if (!filter.country.isEmpty()) {
        where += QStringLiteral(" AND t.country = ?");
        binds << filter.country;
    }
    if (!filter.kind.isEmpty()) {
        where += QStringLiteral(" AND t.kind = ?");
        binds << filter.kind;
    }
    // Every word must appear somewhere, so "legal hong kong" narrows instead of widening.
    const QStringList words = filter.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        where += QStringLiteral(" AND (t.name LIKE ? ESCAPE '\\' OR t.province LIKE ? ESCAPE '\\' "
                                "OR t.city LIKE ? ESCAPE '\\' OR t.services LIKE ? ESCAPE '\\')");
        const QString pattern = containsPattern(word);
        binds << pattern << pattern << pattern << pattern;
    }
    return select(where, binds, QStringLiteral("t.name COLLATE NOCASE, t.id"), limit, 0);
}

Result<bool> OrganisationRepository::hasSeededEntries()
{
    auto any = db().scalar(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM organisations "
                                          "WHERE coalesce(seed_key, '') <> '' LIMIT 1)"));
    if (!any.ok())
        return any.error();
    return any->toLongLong() > 0;
}

ActivityRepository::ActivityRepository(ChangeWriter &writer)
    : EntityRepository(writer, activityMapping()), m_counts(writer)
{ }

void ActivityRepository::prepareNew(domain::Activity &a)
{
    if (a.createdAt == 0)
        a.createdAt = nowMs();
}

Status ActivityRepository::validate(const domain::Activity &a)
{
    LINTAS_TRY(validate::code(domain::activityKinds(), a.kind, QStringLiteral("kind"), false));
    if (!a.heldOn.isValid())
        return validate::failure(
            QStringLiteral("required"), QStringLiteral("held_on is required"), QStringLiteral("held_on"));
    return {};
}

Result<QVector<domain::Activity>> ActivityRepository::list(const QDate &from, const QDate &to, int limit, int offset)
{
    QString where = QStringLiteral("coalesce(t.deleted, 0) = 0");
    QVariantList binds;
    if (from.isValid()) {
        where += QStringLiteral(" AND t.held_on >= ?");
        binds << from.toString(Qt::ISODate);
    }
    if (to.isValid()) {
        where += QStringLiteral(" AND t.held_on <= ?");
        binds << to.toString(Qt::ISODate);
    }
    return select(where, binds, QStringLiteral("t.held_on DESC, t.id"), limit, offset);
}

Status ActivityRepository::setCount(
    const QString &activityId, const QString &gender, const QString &ageBand, qint64 count)
{
    LINTAS_TRY(validate::exists(db(), QStringLiteral("activities"), activityId, QStringLiteral("activity_id")));
    LINTAS_TRY(validate::code(domain::genders(), gender, QStringLiteral("gender"), false));
    LINTAS_TRY(validate::code(domain::ageBands(), ageBand, QStringLiteral("age_band"), false));
    if (count < 0 || count > 1'000'000)
        return validate::failure(
            QStringLiteral("amount_range"), QStringLiteral("count out of range"), QStringLiteral("count"));
    // Deterministic id: two devices editing the same cell converge on one row (last writer wins).
    const QByteArray key = QStringLiteral("%1|%2|%3").arg(activityId, gender, ageBand).toUtf8();
    const QString id = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32));
    domain::ActivityCount cell {id, activityId, gender, ageBand, count, 0};
    auto tx = db().begin();
    if (!tx.ok())
        return tx.error();
    auto existing = m_counts.get(id);
    const auto mode = existing.ok() ? ChangeWriter::Mode::Update : ChangeWriter::Mode::Create;
    auto c = writer().write(m_counts.def(), id, activityCountMapping().toFields(cell), {}, mode);
    if (!c.ok())
        return c.error();
    return tx->commit();
}

Result<QVector<domain::ActivityCount>> ActivityRepository::counts(const QString &activityId)
{
    return m_counts.select(QStringLiteral("t.activity_id = ?"), {activityId}, QStringLiteral("t.gender, t.age_band"));
}

} // namespace lintas::repo
