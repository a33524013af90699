#include "protocol/LogChain.h"

#include <sodium.h>

namespace lintas::protocol {

QByteArray LogChain::genesis()
{
    return QByteArray(Bytes, '\0');
}

QByteArray LogChain::next(const QByteArray &previous, const QByteArray &envelope)
{
    unsigned char digest[Bytes];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char *>(envelope.constData()),
        static_cast<unsigned long long>(envelope.size()), nullptr, 0);
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, Bytes);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(previous.constData()),
        static_cast<unsigned long long>(previous.size()));
    crypto_generichash_update(&state, digest, sizeof digest);
    QByteArray out(Bytes, Qt::Uninitialized);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char *>(out.data()), Bytes);
    return out;
}

} // namespace lintas::protocol
