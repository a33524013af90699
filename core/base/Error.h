#pragma once

#include <QString>

namespace lintas {

// Every failure core reports carries one of these codes. The UI and the CLI map codes to
// translated, actionable messages; `detail` is for logs and developers, never shown raw.
enum class ErrorCode {
    InvalidArgument, // caller passed something malformed (validation failures use Validation)
    Validation, // user input does not satisfy a rule; `field` names the offending field
    NotFound,
    AlreadyExists,
    WrongPassphrase, // key unwrap failed: wrong passphrase or recovery code
    ProfileInUse, // another process holds this profile open
    DatabaseCorrupt, // file is not a database we can read with the right key; it was set aside
    DatabaseMissing, // profile header exists but its database file does not
    SchemaTooNew, // database written by a newer Lintas
    Io, // filesystem trouble (disk full, permissions)
    Crypto, // libsodium failure other than a wrong key
    Sql, // unexpected SQLite failure
    Busy, // database locked beyond the busy timeout
    Cancelled,
    Internal,
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString detail; // developer-facing context (English, untranslated)
    QString field; // for Validation: the field (domain name) at fault
    // For Validation: which check failed ("required", "unknown_code", "nik_format", "in_future",
    // "date_order", "amount_range", "amount_format", "phone_format", "no_such_record", "status_transition",
    // "not_in_case", "needs_consent"), so a screen can say it in the user's language.
    QString rule;

    static Error make(ErrorCode c, QString d = {}, QString f = {}) { return {c, std::move(d), std::move(f), {}}; }
};

// Stable machine-readable name, used in logs, CLI JSON output and tests.
QString errorCodeName(ErrorCode code);

} // namespace lintas
