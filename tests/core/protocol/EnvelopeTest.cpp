#include "protocol/Envelope.h"
#include "base/RandomSource.h"
#include "crypto/Aead.h"
#include "crypto/DeviceKeys.h"
#include "support/TestKeys.h"

#include <catch2/catch.hpp>

using namespace lintas;
using protocol::Envelope;
using protocol::EnvelopeHeader;

namespace {

EnvelopeHeader header(RandomSource &random)
{
    EnvelopeHeader h;
    h.spaceId = random.bytes(16);
    h.epoch = 3;
    h.changeId = random.bytes(16);
    h.deviceId = random.bytes(16);
    h.deviceSeq = 42;
    h.hlc = (quint64(1'795'000'000'000) << 16) | 7;
    return h;
}

} // namespace

TEST_CASE("an envelope round-trips and opens with the epoch key", "[protocol][envelope]")
{
    SeededRandom random(1);
    const crypto::SigningKey device = crypto::SigningKey::generate(random);
    const SecretBytes key = test::fixedKey(0x21);
    const EnvelopeHeader h = header(random);
    const QByteArray plaintext = QByteArrayLiteral("Majikan tidak membayar gaji tiga bulan");

    const auto sealed = Envelope::seal(h, plaintext, key, device, random);
    REQUIRE(sealed.ok());
    const QByteArray bytes = sealed->encode();
    CHECK_FALSE(bytes.contains("Majikan")); // the server sees ciphertext only

    const auto decoded = Envelope::decode(bytes, h.spaceId);
    REQUIRE(decoded.ok());
    CHECK(decoded->header.changeId == h.changeId);
    CHECK(decoded->header.deviceId == h.deviceId);
    CHECK(decoded->header.deviceSeq == 42);
    CHECK(decoded->header.hlc == h.hlc);
    CHECK(decoded->header.epoch == 3);
    CHECK(decoded->signatureValid(device.publicKey()));
    const auto opened = decoded->open(key);
    REQUIRE(opened.ok());
    CHECK(*opened == plaintext);
    CHECK(decoded->encode() == bytes);
}

TEST_CASE("a record moved to another space, device or position no longer opens or verifies", "[protocol][envelope]")
{
    SeededRandom random(2);
    const crypto::SigningKey device = crypto::SigningKey::generate(random);
    const crypto::SigningKey other = crypto::SigningKey::generate(random);
    const SecretBytes key = test::fixedKey(0x22);
    const EnvelopeHeader h = header(random);
    const auto sealed = Envelope::seal(h, QByteArrayLiteral("catatan"), key, device, random);
    REQUIRE(sealed.ok());

    auto moved = Envelope::decode(sealed->encode(), random.bytes(16)); // another space
    REQUIRE(moved.ok());
    CHECK(crypto::Aead::isAuthenticationFailure(moved->open(key).error()));
    CHECK_FALSE(moved->signatureValid(device.publicKey()));

    Envelope renumbered = *sealed;
    renumbered.header.deviceSeq = 41;
    CHECK(crypto::Aead::isAuthenticationFailure(renumbered.open(key).error()));
    CHECK_FALSE(renumbered.signatureValid(device.publicKey()));

    Envelope restamped = *sealed;
    restamped.header.hlc += 1;
    CHECK_FALSE(restamped.signatureValid(device.publicKey()));

    CHECK_FALSE(sealed->signatureValid(other.publicKey()));
    CHECK(crypto::Aead::isAuthenticationFailure(sealed->open(test::fixedKey(0x23)).error()));
}

TEST_CASE("malformed envelope bytes are refused, never guessed at", "[protocol][envelope]")
{
    SeededRandom random(3);
    const crypto::SigningKey device = crypto::SigningKey::generate(random);
    const EnvelopeHeader h = header(random);
    const auto sealed = Envelope::seal(h, QByteArrayLiteral("x"), test::fixedKey(), device, random);
    REQUIRE(sealed.ok());
    const QByteArray good = sealed->encode();

    CHECK(Envelope::decode(QByteArray(), h.spaceId).code() == ErrorCode::InvalidArgument);
    CHECK(Envelope::decode(good.left(good.size() - 1), h.spaceId).code() == ErrorCode::InvalidArgument);
    CHECK(Envelope::decode(good + '\0', h.spaceId).code() == ErrorCode::InvalidArgument);
    CHECK(Envelope::decode(QByteArrayLiteral("\xa0"), h.spaceId).code() == ErrorCode::InvalidArgument);
    EnvelopeHeader shortId = h;
    shortId.changeId.chop(1);
    CHECK(Envelope::seal(shortId, QByteArrayLiteral("x"), test::fixedKey(), device, random).code()
        == ErrorCode::InvalidArgument);
    Envelope zeroSeq = *sealed;
    zeroSeq.header.deviceSeq = 0;
    CHECK(Envelope::decode(zeroSeq.encode(), h.spaceId).code() == ErrorCode::InvalidArgument);
}

TEST_CASE("a one-field change costs little on the wire", "[protocol][envelope][size]")
{
    SeededRandom random(4);
    const crypto::SigningKey device = crypto::SigningKey::generate(random);
    const EnvelopeHeader h = header(random);
    const auto sealed = Envelope::seal(h, QByteArray(60, 'p'), test::fixedKey(), device, random);
    REQUIRE(sealed.ok());
    // ids 2×17, seq, hlc, epoch, box (24 nonce + 60 + 16 tag) + signature 64 and CBOR framing
    CHECK(sealed->encode().size() <= 60 + 40 + 34 + 64 + 20);
}
