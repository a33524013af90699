#include "crypto/Aead.h"
#include "base/RandomSource.h"

#include <catch2/catch.hpp>

using namespace lintas;
using namespace lintas::crypto;

namespace {

SecretBytes keyFrom(RandomSource &random)
{
    SecretBytes key(Aead::KeyBytes);
    random.fill(key.data(), key.size());
    return key;
}

void requireAuthFailure(const Result<QByteArray> &r)
{
    REQUIRE_FALSE(r.ok());
    CHECK(r.code() == ErrorCode::Crypto);
    CHECK(r.error().detail == QStringLiteral("authentication failed"));
    CHECK(Aead::isAuthenticationFailure(r.error()));
}

} // namespace

TEST_CASE("AEAD round-trips with associated data and nonce || ciphertext layout", "[crypto][aead]")
{
    SeededRandom random(10);
    const SecretBytes key = keyFrom(random);
    const QByteArray plaintext("catatan wawancara: majikan menahan paspor");
    const QByteArray ad("space=1;epoch=3");

    auto sealed = Aead::encrypt(key, plaintext, ad, random);
    REQUIRE(sealed.ok());
    CHECK(sealed->size() == plaintext.size() + static_cast<qsizetype>(Aead::Overhead));
    CHECK_FALSE(sealed->contains("paspor"));

    auto opened = Aead::decrypt(key, *sealed, ad);
    REQUIRE(opened.ok());
    CHECK(*opened == plaintext);

    // Fresh random nonce per message: the same plaintext never seals the same way twice.
    auto again = Aead::encrypt(key, plaintext, ad, random);
    REQUIRE(again.ok());
    CHECK(again->left(Aead::NonceBytes) != sealed->left(Aead::NonceBytes));
    CHECK(*again != *sealed);
}

TEST_CASE("AEAD nonce comes from the injected random source", "[crypto][aead]")
{
    SeededRandom keyRandom(11);
    const SecretBytes key = keyFrom(keyRandom);
    SeededRandom a(99);
    SeededRandom b(99);
    auto first = Aead::encrypt(key, QByteArray("x"), QByteArray(), a);
    auto second = Aead::encrypt(key, QByteArray("x"), QByteArray(), b);
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(*first == *second);
    CHECK(first->left(Aead::NonceBytes) == SeededRandom(99).bytes(Aead::NonceBytes));
}

TEST_CASE("AEAD detects every flipped bit in nonce, ciphertext, tag and associated data", "[crypto][aead]")
{
    SeededRandom random(12);
    const SecretBytes key = keyFrom(random);
    const QByteArray ad("case=HK-0042");
    auto sealed = Aead::encrypt(key, QByteArray("gaji tidak dibayar 6 bulan"), ad, random);
    REQUIRE(sealed.ok());

    for (qsizetype byte = 0; byte < sealed->size(); ++byte) {
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray tampered = *sealed;
            tampered[byte] = static_cast<char>(tampered[byte] ^ (1 << bit));
            INFO("byte " << byte << " bit " << bit);
            requireAuthFailure(Aead::decrypt(key, tampered, ad));
        }
    }
    for (qsizetype byte = 0; byte < ad.size(); ++byte) {
        QByteArray otherAd = ad;
        otherAd[byte] = static_cast<char>(otherAd[byte] ^ 0x01);
        requireAuthFailure(Aead::decrypt(key, *sealed, otherAd));
    }
    requireAuthFailure(Aead::decrypt(key, *sealed, QByteArray()));
    requireAuthFailure(Aead::decrypt(key, sealed->chopped(1), ad));
    requireAuthFailure(Aead::decrypt(key, sealed->left(Aead::Overhead - 1), ad));
    requireAuthFailure(Aead::decrypt(key, QByteArray(), ad));
    requireAuthFailure(Aead::decrypt(keyFrom(random), *sealed, ad));
}

TEST_CASE("AEAD handles empty plaintext, secret plaintext and rejects bad key sizes", "[crypto][aead]")
{
    SeededRandom random(13);
    const SecretBytes key = keyFrom(random);

    auto empty = Aead::encrypt(key, QByteArray(), QByteArray("ad"), random);
    REQUIRE(empty.ok());
    CHECK(empty->size() == static_cast<qsizetype>(Aead::Overhead));
    auto emptyBack = Aead::decrypt(key, *empty, QByteArray("ad"));
    REQUIRE(emptyBack.ok());
    CHECK(emptyBack->isEmpty());

    const SecretBytes inner = keyFrom(random);
    auto sealedSecret = Aead::encrypt(key, inner, QByteArray("wrap"), random);
    REQUIRE(sealedSecret.ok());
    auto back = Aead::decryptSecret(key, *sealedSecret, QByteArray("wrap"));
    REQUIRE(back.ok());
    CHECK(back->equals(inner));
    auto wrongAd = Aead::decryptSecret(key, *sealedSecret, QByteArray("warp"));
    REQUIRE_FALSE(wrongAd.ok());
    CHECK(Aead::isAuthenticationFailure(wrongAd.error()));

    SecretBytes shortKey(16);
    CHECK(Aead::encrypt(shortKey, QByteArray("x"), QByteArray(), random).code() == ErrorCode::InvalidArgument);
    CHECK(Aead::decrypt(shortKey, *empty, QByteArray("ad")).code() == ErrorCode::InvalidArgument);
}
