#pragma once

#include "base/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace lintas::domain {
class CodeList;
}
namespace lintas::store {
class Database;
}

namespace lintas::repo::validate {

// Each check returns ErrorCode::Validation naming the field, so the UI can point at it and say
// what is wrong in the user's language. Nothing is written when a check fails.
// A Validation error for `field` that failed `rule` (see Error::rule).
Error failure(const QString &rule, const QString &detail, const QString &field);
Status required(const QString &value, const QString &field);
Status code(const domain::CodeList &list, const QString &value, const QString &field, bool optional = true);
Status codes(const domain::CodeList &list, const QStringList &values, const QString &field);
Status nik(const QString &value, const QString &field);
Status notAfter(const QDate &date, const QDate &limit, const QString &field);
Status dateOrder(const QDate &first, const QDate &second, const QString &field);
Status amount(const std::optional<qint64> &value, const QString &field);
Status exists(
    store::Database &db, const QString &table, const QString &id, const QString &field, bool optional = false);

} // namespace lintas::repo::validate
