#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace lintas {
class RandomSource;
}

namespace lintas::crypto {

// Cost parameters and salt for one Argon2id derivation. They are stored next to whatever they
// protect (a profile header), so a profile keeps opening after the defaults change.
struct KdfParams {
    quint64 opsLimit = 0;
    quint64 memLimit = 0; // bytes
    QByteArray salt; // crypto_pwhash_SALTBYTES (16) random bytes

    // Production cost (libsodium "moderate": 3 passes over 256 MiB, about a second on a
    // donated laptop). Interactive would be too cheap against an offline attack on a stolen disk.
    static KdfParams moderate(RandomSource &random);
    // Minimum cost libsodium accepts: tests only — never use for a real profile.
    static KdfParams fastForTests(RandomSource &random);

    // Name of the algorithm these parameters are for, as written into headers.
    static QString algorithmName();
    static int saltBytes();

    // InvalidArgument if libsodium would refuse these parameters (salt size, limits).
    Status validate() const;
};

} // namespace lintas::crypto
