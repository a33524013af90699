#pragma once

#include "base/Result.h"

namespace lintas::cli {

// The process exit statuses of lintas-cli (documented in docs/cli.md). Scripts rely on them:
// never renumber, only add.
enum class ExitCode {
    Ok = 0,
    Failure = 1, // anything not listed below
    Usage = 2, // malformed command line
    WrongSecret = 3, // wrong passphrase or recovery code
    NotFound = 4, // no such profile or record
    InvalidInput = 5, // input breaks a rule (the field is named)
    ProfileInUse = 6, // another process has the profile open
    DatabaseProblem = 7, // damaged, missing, or written by a newer Lintas
    Io = 8, // file system trouble
};

class ExitCodes {
public:
    static ExitCode forError(const Error &error);
    static int value(ExitCode code) { return static_cast<int>(code); }
    // A malformed command line. The CLI reports these as ErrorCode::InvalidArgument, which core
    // also uses for "the caller passed something malformed" — from a command line, the same thing.
    static Error usage(const QString &message);
};

} // namespace lintas::cli
