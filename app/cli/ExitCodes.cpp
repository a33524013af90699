#include "ExitCodes.h"

namespace lintas::cli {

ExitCode ExitCodes::forError(const Error &error)
{
    switch (error.code) {
    case ErrorCode::InvalidArgument:
        return ExitCode::Usage;
    case ErrorCode::WrongPassphrase:
        return ExitCode::WrongSecret;
    case ErrorCode::NotFound:
        return ExitCode::NotFound;
    case ErrorCode::Validation:
        // A mistyped recovery code is a wrong recovery code to the person typing it.
        return error.field == QStringLiteral("recoveryCode") ? ExitCode::WrongSecret : ExitCode::InvalidInput;
    case ErrorCode::AlreadyExists:
        return ExitCode::InvalidInput;
    case ErrorCode::ProfileInUse:
    case ErrorCode::Busy:
        return ExitCode::ProfileInUse;
    case ErrorCode::DatabaseCorrupt:
    case ErrorCode::DatabaseMissing:
    case ErrorCode::SchemaTooNew:
        return ExitCode::DatabaseProblem;
    case ErrorCode::Io:
        return ExitCode::Io;
    case ErrorCode::Crypto:
    case ErrorCode::Sql:
    case ErrorCode::Cancelled:
    case ErrorCode::Internal:
        return ExitCode::Failure;
    }
    return ExitCode::Failure;
}

Error ExitCodes::usage(const QString &message)
{
    return makeError(ErrorCode::InvalidArgument, message);
}

} // namespace lintas::cli
