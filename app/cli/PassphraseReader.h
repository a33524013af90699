#pragma once

#include "base/Result.h"
#include "crypto/SecretBytes.h"

#include <QString>

namespace lintas::cli {

// Where a secret comes from. Never argv: command lines are visible in `ps` and shell history.
struct SecretSource {
    QString file; // --…-file FILE: its first line
    QString fd; // --…-fd N: one line read from that descriptor
};

// Reads passphrases and recovery codes into locked memory. With neither a file nor a descriptor:
// on a terminal, prompts on stderr with echo off (termios); otherwise reads one line of stdin.
// Lines are read byte by byte straight from the descriptor, so several secrets can come one per
// line from the same descriptor and whatever follows (a note body, an import file) stays unread.
class PassphraseReader {
public:
    // `confirm`: on a terminal, ask twice and require the same answer (new passphrases).
    static Result<SecretBytes> read(const SecretSource &source, const QString &prompt, bool confirm = false);
    // Text secrets (recovery codes) that core takes as QString.
    static Result<QString> readText(const SecretSource &source, const QString &prompt);

private:
    static Result<SecretBytes> readLine(int fd, const QString &what);
    static Result<SecretBytes> prompt(const QString &prompt);
};

} // namespace lintas::cli
