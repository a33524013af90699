#include "crypto/KeyWrap.h"
#include "base/RandomSource.h"
#include "crypto/Aead.h"

#include <catch2/catch.hpp>

using namespace lintas;
using namespace lintas::crypto;

namespace {

SecretBytes randomKey(RandomSource &random)
{
    SecretBytes key(32);
    random.fill(key.data(), key.size());
    return key;
}

} // namespace

TEST_CASE("KeyWrap round-trips a key and binds it to KEK and associated data", "[crypto][keywrap]")
{
    SeededRandom random(20);
    const SecretBytes kek = randomKey(random);
    const SecretBytes key = randomKey(random);
    const QByteArray ad("profile=abc;slot=passphrase");

    auto wrapped = KeyWrap::wrap(kek, key, ad, random);
    REQUIRE(wrapped.ok());
    CHECK(wrapped->size() == 32 + static_cast<qsizetype>(Aead::Overhead));
    CHECK_FALSE(wrapped->contains(key.exposeCopy()));

    auto unwrapped = KeyWrap::unwrap(kek, *wrapped, ad);
    REQUIRE(unwrapped.ok());
    CHECK(unwrapped->equals(key));

    auto wrongKek = KeyWrap::unwrap(randomKey(random), *wrapped, ad);
    REQUIRE_FALSE(wrongKek.ok());
    CHECK(Aead::isAuthenticationFailure(wrongKek.error()));

    auto wrongAd = KeyWrap::unwrap(kek, *wrapped, QByteArray("profile=abc;slot=recovery"));
    REQUIRE_FALSE(wrongAd.ok());
    CHECK(Aead::isAuthenticationFailure(wrongAd.error()));
}

TEST_CASE("KeyWrap output is domain-separated from plain AEAD messages", "[crypto][keywrap]")
{
    SeededRandom random(21);
    const SecretBytes kek = randomKey(random);
    const SecretBytes key = randomKey(random);
    auto wrapped = KeyWrap::wrap(kek, key, QByteArray("ad"), random);
    REQUIRE(wrapped.ok());
    auto asMessage = Aead::decrypt(kek, *wrapped, QByteArray("ad"));
    REQUIRE_FALSE(asMessage.ok());
    CHECK(Aead::isAuthenticationFailure(asMessage.error()));

    CHECK(KeyWrap::wrap(kek, SecretBytes(), QByteArray("ad"), random).code() == ErrorCode::InvalidArgument);
}
