#include "crypto/KdfParams.h"

#include "base/RandomSource.h"

#include <sodium.h>

namespace lintas::crypto {

namespace {

KdfParams withCost(RandomSource &random, quint64 ops, quint64 mem)
{
    KdfParams p;
    p.opsLimit = ops;
    p.memLimit = mem;
    p.salt = random.bytes(KdfParams::saltBytes());
    return p;
}

} // namespace

KdfParams KdfParams::moderate(RandomSource &random)
{
    return withCost(random, crypto_pwhash_argon2id_OPSLIMIT_MODERATE, crypto_pwhash_argon2id_MEMLIMIT_MODERATE);
}

KdfParams KdfParams::fastForTests(RandomSource &random)
{
    return withCost(random, crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN);
}

QString KdfParams::algorithmName()
{
    return QStringLiteral("argon2id13");
}

int KdfParams::saltBytes()
{
    return static_cast<int>(crypto_pwhash_argon2id_SALTBYTES);
}

Status KdfParams::validate() const
{
    if (salt.size() != saltBytes())
        return makeError(ErrorCode::InvalidArgument,
            QStringLiteral("Argon2id salt must be %1 bytes, got %2").arg(saltBytes()).arg(salt.size()));
    if (opsLimit < crypto_pwhash_argon2id_OPSLIMIT_MIN || opsLimit > crypto_pwhash_argon2id_OPSLIMIT_MAX)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("Argon2id opsLimit %1 out of range").arg(opsLimit));
    if (memLimit < crypto_pwhash_argon2id_MEMLIMIT_MIN || memLimit > crypto_pwhash_argon2id_MEMLIMIT_MAX)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("Argon2id memLimit %1 out of range").arg(memLimit));
    return {};
}

} // namespace lintas::crypto
