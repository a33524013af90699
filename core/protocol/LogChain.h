#pragma once

#include <QByteArray>

namespace lintas::protocol {

// The running hash of a space's server log: chain(0) is 32 zero bytes and
// chain(n) = BLAKE2b-256(chain(n-1) || BLAKE2b-256(envelope n)). The server stores it with every
// record; a client keeps it with its cursor. Equal hashes at equal sequence numbers mean the
// client has exactly the records the server holds up to there: a record withheld, swapped,
// reordered, or a log restored from an older backup shows as a different hash.
class LogChain {
public:
    static constexpr int Bytes = 32;
    static QByteArray genesis();
    static QByteArray next(const QByteArray &previous, const QByteArray &envelope);
};

} // namespace lintas::protocol
