#include "crypto/DeviceKeys.h"
#include "base/RandomSource.h"
#include "crypto/Aead.h"
#include "support/TestKeys.h"

#include <catch2/catch.hpp>

using namespace lintas;
using namespace lintas::crypto;

TEST_CASE("a signature verifies only for its key and its exact message", "[crypto][sign]")
{
    SeededRandom random(7);
    const SigningKey alice = SigningKey::generate(random);
    const SigningKey bob = SigningKey::generate(random);
    const QByteArray message = QByteArrayLiteral("tambah perangkat");
    const QByteArray signature = alice.sign(message);

    CHECK(SigningKey::verify(alice.publicKey(), message, signature));
    CHECK_FALSE(SigningKey::verify(bob.publicKey(), message, signature));
    CHECK_FALSE(SigningKey::verify(alice.publicKey(), message + 'x', signature));
    QByteArray flipped = signature;
    flipped[5] = char(flipped[5] ^ 1);
    CHECK_FALSE(SigningKey::verify(alice.publicKey(), message, flipped));
    CHECK_FALSE(SigningKey::verify(alice.publicKey(), message, signature.left(63)));
}

TEST_CASE("the same seed gives the same keys, a wrong-sized seed is refused", "[crypto][sign]")
{
    SeededRandom random(8);
    const SigningKey a = SigningKey::generate(random);
    const auto again = SigningKey::fromSeed(a.seed());
    REQUIRE(again.ok());
    CHECK(again->publicKey() == a.publicKey());
    const BoxKey box = BoxKey::generate(random);
    const auto boxAgain = BoxKey::fromSeed(box.seed());
    REQUIRE(boxAgain.ok());
    CHECK(boxAgain->publicKey() == box.publicKey());
    CHECK(SigningKey::fromSeed(SecretBytes(31)).code() == ErrorCode::InvalidArgument);
    CHECK(BoxKey::fromSeed(SecretBytes(33)).code() == ErrorCode::InvalidArgument);
}

TEST_CASE("a sealed box opens only for its recipient and not after tampering", "[crypto][box]")
{
    SeededRandom random(9);
    const BoxKey admin = BoxKey::generate(random);
    const BoxKey newcomer = BoxKey::generate(random);
    const SecretBytes spaceKey = test::fixedKey(0x33);

    const auto sealed = BoxKey::seal(newcomer.publicKey(), spaceKey);
    REQUIRE(sealed.ok());
    CHECK(sealed->size() == int(spaceKey.size()) + BoxKey::SealOverhead);
    const auto opened = newcomer.open(*sealed);
    REQUIRE(opened.ok());
    CHECK(opened->equals(spaceKey));

    const auto wrong = admin.open(*sealed);
    REQUIRE_FALSE(wrong.ok());
    CHECK(Aead::isAuthenticationFailure(wrong.error()));
    QByteArray tampered = *sealed;
    tampered[tampered.size() - 1] = char(tampered.back() ^ 0x80);
    CHECK(Aead::isAuthenticationFailure(newcomer.open(tampered).error()));
    CHECK(Aead::isAuthenticationFailure(newcomer.open(sealed->left(10)).error()));
    CHECK(BoxKey::seal(QByteArray(31, 'x'), spaceKey).code() == ErrorCode::InvalidArgument);
}

TEST_CASE("fingerprints are short, stable and differ between keys", "[crypto][fingerprint]")
{
    SeededRandom random(10);
    const SigningKey a = SigningKey::generate(random);
    const SigningKey b = SigningKey::generate(random);
    const QString fa = fingerprint(a.publicKey());
    CHECK(fa.size() == 24); // 20 characters in five groups of four
    CHECK(fa.count(QLatin1Char(' ')) == 4);
    CHECK(fa == fingerprint(a.publicKey()));
    CHECK(fa != fingerprint(b.publicKey()));
    for (const QChar c : fa)
        CHECK((c == QLatin1Char(' ') || QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567").contains(c)));
}
