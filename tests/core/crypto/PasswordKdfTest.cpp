#include "crypto/PasswordKdf.h"
#include "base/RandomSource.h"
#include "crypto/KdfParams.h"

#include <QFile>

#include <cstring>

#include <sodium.h>

#include <catch2/catch.hpp>

using namespace lintas;
using namespace lintas::crypto;

namespace {

SecretBytes secret(const char *text)
{
    return SecretBytes::fromBytes(text, std::strlen(text));
}

} // namespace

TEST_CASE("Argon2id is deterministic for the same passphrase and parameters", "[crypto][kdf]")
{
    SeededRandom random(1);
    const KdfParams params = KdfParams::fastForTests(random);
    auto a = PasswordKdf::derive(secret("kata sandi rahasia"), params);
    auto b = PasswordKdf::derive(secret("kata sandi rahasia"), params);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a->size() == PasswordKdf::KeyBytes);
    CHECK(a->equals(*b));
}

TEST_CASE("Argon2id output depends on salt, passphrase and cost", "[crypto][kdf]")
{
    SeededRandom random(2);
    const KdfParams params = KdfParams::fastForTests(random);
    const auto base = PasswordKdf::derive(secret("kata sandi rahasia"), params);
    REQUIRE(base.ok());

    KdfParams otherSalt = params;
    otherSalt.salt[0] = static_cast<char>(otherSalt.salt[0] ^ 0x01);
    CHECK_FALSE(PasswordKdf::derive(secret("kata sandi rahasia"), otherSalt)->equals(*base));

    CHECK_FALSE(PasswordKdf::derive(secret("kata sandi rahasiA"), params)->equals(*base));

    KdfParams moreOps = params;
    moreOps.opsLimit += 1;
    CHECK_FALSE(PasswordKdf::derive(secret("kata sandi rahasia"), moreOps)->equals(*base));

    KdfParams moreMem = params;
    moreMem.memLimit *= 2;
    CHECK_FALSE(PasswordKdf::derive(secret("kata sandi rahasia"), moreMem)->equals(*base));
}

TEST_CASE("KDF presets use libsodium's moderate and minimum Argon2id costs with fresh salts", "[crypto][kdf]")
{
    SeededRandom random(3);
    const KdfParams moderate = KdfParams::moderate(random);
    CHECK(moderate.opsLimit == crypto_pwhash_OPSLIMIT_MODERATE);
    CHECK(moderate.memLimit == crypto_pwhash_MEMLIMIT_MODERATE);
    CHECK(moderate.salt.size() == static_cast<qsizetype>(crypto_pwhash_SALTBYTES));

    const KdfParams fast = KdfParams::fastForTests(random);
    CHECK(fast.opsLimit == crypto_pwhash_OPSLIMIT_MIN);
    CHECK(fast.memLimit == crypto_pwhash_MEMLIMIT_MIN);
    CHECK(fast.salt.size() == static_cast<qsizetype>(crypto_pwhash_SALTBYTES));
    CHECK(fast.salt != moderate.salt);
    CHECK(KdfParams::fastForTests(random).salt != fast.salt);
    CHECK(KdfParams::algorithmName() == QStringLiteral("argon2id13"));
}

TEST_CASE("KDF refuses parameters libsodium would reject", "[crypto][kdf]")
{
    SeededRandom random(4);
    KdfParams shortSalt = KdfParams::fastForTests(random);
    shortSalt.salt.chop(1);
    CHECK(PasswordKdf::derive(secret("x"), shortSalt).code() == ErrorCode::InvalidArgument);

    KdfParams noOps = KdfParams::fastForTests(random);
    noOps.opsLimit = 0;
    CHECK(PasswordKdf::derive(secret("x"), noOps).code() == ErrorCode::InvalidArgument);

    KdfParams tinyMem = KdfParams::fastForTests(random);
    tinyMem.memLimit = 1024;
    CHECK(PasswordKdf::derive(secret("x"), tinyMem).code() == ErrorCode::InvalidArgument);

    CHECK(PasswordKdf::derive(SecretBytes(), KdfParams::fastForTests(random)).ok());
}

TEST_CASE("KDF reports running out of memory as a Crypto error that says so", "[crypto][kdf]")
{
    // 1 TiB cannot be mapped under the kernel's default heuristic overcommit (mode 0) or strict
    // mode (2). In mode 1 the mapping would succeed and Argon2 would really try to fill it.
    QFile overcommit(QStringLiteral("/proc/sys/vm/overcommit_memory"));
    if (!overcommit.open(QIODevice::ReadOnly) || overcommit.readAll().trimmed() == "1") {
        WARN("skipped: cannot rule out memory overcommit on this machine");
        return;
    }
    SeededRandom random(5);
    KdfParams huge = KdfParams::fastForTests(random);
    huge.memLimit = quint64(1) << 40;
    auto key = PasswordKdf::derive(secret("kata sandi rahasia"), huge);
    REQUIRE_FALSE(key.ok());
    CHECK(key.code() == ErrorCode::Crypto);
    CHECK(key.error().detail.contains(QStringLiteral("out of memory")));
}
