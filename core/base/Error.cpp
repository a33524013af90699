#include "base/Error.h"

namespace lintas {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return QStringLiteral("invalid-argument");
    case ErrorCode::Validation:
        return QStringLiteral("validation");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::AlreadyExists:
        return QStringLiteral("already-exists");
    case ErrorCode::WrongPassphrase:
        return QStringLiteral("wrong-passphrase");
    case ErrorCode::ProfileInUse:
        return QStringLiteral("profile-in-use");
    case ErrorCode::DatabaseCorrupt:
        return QStringLiteral("database-corrupt");
    case ErrorCode::DatabaseMissing:
        return QStringLiteral("database-missing");
    case ErrorCode::SchemaTooNew:
        return QStringLiteral("schema-too-new");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Crypto:
        return QStringLiteral("crypto");
    case ErrorCode::Sql:
        return QStringLiteral("sql");
    case ErrorCode::Busy:
        return QStringLiteral("busy");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace lintas
