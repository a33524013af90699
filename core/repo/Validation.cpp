#include "repo/Validation.h"

#include "domain/CodeList.h"
#include "store/Database.h"

namespace lintas::repo::validate {

namespace {

// Money travels as JSON numbers in sync payloads; stay within exactly representable integers.
constexpr qint64 kMaxAmount = (qint64(1) << 53) - 1;

} // namespace

Error failure(const QString &rule, const QString &detail, const QString &field)
{
    Error e = makeError(ErrorCode::Validation, detail, field);
    e.rule = rule;
    return e;
}

Status required(const QString &value, const QString &field)
{
    if (value.trimmed().isEmpty())
        return failure(QStringLiteral("required"), QStringLiteral("%1 is required").arg(field), field);
    return {};
}

Status code(const domain::CodeList &list, const QString &value, const QString &field, bool optional)
{
    if (value.isEmpty())
        return optional ? Status()
                        : failure(QStringLiteral("required"), QStringLiteral("%1 is required").arg(field), field);
    if (!list.contains(value))
        return failure(
            QStringLiteral("unknown_code"), QStringLiteral("%1: unknown code '%2'").arg(field, value), field);
    return {};
}

Status codes(const domain::CodeList &list, const QStringList &values, const QString &field)
{
    for (const QString &v : values)
        LINTAS_TRY(code(list, v.trimmed(), field, false));
    return {};
}

Status nik(const QString &value, const QString &field)
{
    if (value.isEmpty())
        return {};
    if (value.size() != 16 || !std::all_of(value.begin(), value.end(), [](QChar c) { return c.isDigit(); }))
        return failure(QStringLiteral("nik_format"), QStringLiteral("%1 must be 16 digits").arg(field), field);
    return {};
}

Status notAfter(const QDate &date, const QDate &limit, const QString &field)
{
    if (date.isValid() && limit.isValid() && date > limit)
        return failure(QStringLiteral("in_future"), QStringLiteral("%1 is in the future").arg(field), field);
    return {};
}

Status dateOrder(const QDate &first, const QDate &second, const QString &field)
{
    if (first.isValid() && second.isValid() && second < first)
        return failure(QStringLiteral("date_order"), QStringLiteral("%1 is before the start date").arg(field), field);
    return {};
}

Status amount(const std::optional<qint64> &value, const QString &field)
{
    if (value && (*value < 0 || *value > kMaxAmount))
        return failure(QStringLiteral("amount_range"),
            QStringLiteral("%1 must be between 0 and %2").arg(field).arg(kMaxAmount), field);
    return {};
}

Status exists(store::Database &db, const QString &table, const QString &id, const QString &field, bool optional)
{
    if (id.isEmpty())
        return optional ? Status()
                        : failure(QStringLiteral("required"), QStringLiteral("%1 is required").arg(field), field);
    auto st = db.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND coalesce(deleted, 0) = 0").arg(table));
    if (!st.ok())
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return failure(QStringLiteral("no_such_record"), QStringLiteral("%1: no such record %2").arg(field, id), field);
    return {};
}

} // namespace lintas::repo::validate
