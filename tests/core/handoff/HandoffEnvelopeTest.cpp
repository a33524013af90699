#include "handoff/HandoffEnvelope.h"
#include "handoff/HandoffErrors.h"
#include "support/HandoffTestData.h"
#include "support/QtPrinters.h"

#include <QCborMap>
#include <QCborValue>

#include <catch2/catch.hpp>

using namespace lintas;
using handoff::HandoffEnvelope;

namespace {

struct Keys {
    SeededRandom random;
    crypto::SigningKey sign;
    crypto::BoxKey box;
    handoff::HandoffAddress address;

    Keys(std::uint64_t seed, const QString &name)
        : random(seed), sign(crypto::SigningKey::generate(random)), box(crypto::BoxKey::generate(random))
    {
        address = {box.publicKey(), sign.publicKey(), name};
    }
};

QCborMap payload()
{
    QCborMap m;
    m.insert(10, QByteArrayLiteral("Sumiati binti Karto: gaji tidak dibayar"));
    return m;
}

const QByteArray kPacketId = QByteArray(16, '\x5a');

} // namespace

TEST_CASE("a sealed envelope opens for its recipient with the sender and body intact", "[handoff]")
{
    Keys sender(1, QStringLiteral("Serikat BMI"));
    Keys recipient(2, QStringLiteral("Yayasan Lampung"));
    auto file = HandoffEnvelope::seal(HandoffEnvelope::Kind::Packet, kPacketId, recipient.address, sender.address,
        sender.sign, 1'795'000'000'000, payload());
    REQUIRE(file.ok());
    CHECK_FALSE(file->contains(QByteArrayLiteral("Sumiati")));
    CHECK_FALSE(file->contains(sender.address.name.toUtf8()));

    auto opened = HandoffEnvelope::open(*file, HandoffEnvelope::Kind::Packet, recipient.address, recipient.box);
    REQUIRE(opened.ok());
    CHECK(opened->header.packetId == kPacketId);
    CHECK(opened->sender == sender.address);
    CHECK(opened->createdAtMs == 1'795'000'000'000);
    CHECK(opened->body.value(10).toByteArray() == payload().value(10).toByteArray());
    CHECK(opened->mac.isEmpty());

    SECTION("as the wrong kind it is refused")
    {
        auto asReply = HandoffEnvelope::open(*file, HandoffEnvelope::Kind::Reply, recipient.address, recipient.box);
        REQUIRE_FALSE(asReply.ok());
        CHECK(asReply.error().rule == QLatin1String(handoff::rule::WrongKind));
    }
}

TEST_CASE("an envelope for another recipient is refused naming the intended fingerprint", "[handoff]")
{
    Keys sender(1, QStringLiteral("Serikat BMI"));
    Keys recipient(2, QStringLiteral("Yayasan Lampung"));
    Keys stranger(3, QStringLiteral("Someone else"));
    auto file = HandoffEnvelope::seal(
        HandoffEnvelope::Kind::Packet, kPacketId, recipient.address, sender.address, sender.sign, 1, payload());
    REQUIRE(file.ok());
    auto opened = HandoffEnvelope::open(*file, HandoffEnvelope::Kind::Packet, stranger.address, stranger.box);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::Validation);
    CHECK(opened.error().rule == QLatin1String(handoff::rule::WrongRecipient));
    CHECK(opened.error().detail.contains(recipient.address.fingerprint()));

    SECTION("and one whose clear key id was rewritten to the stranger's does not open either")
    {
        QByteArray rewritten = *file;
        const QByteArray id = recipient.address.keyId();
        rewritten.replace(rewritten.indexOf(id), id.size(), stranger.address.keyId());
        auto forced = HandoffEnvelope::open(rewritten, HandoffEnvelope::Kind::Packet, stranger.address, stranger.box);
        REQUIRE_FALSE(forced.ok());
        CHECK(forced.error().rule == QLatin1String(handoff::rule::Damaged));
    }
}

TEST_CASE("a changed byte anywhere in an envelope is refused", "[handoff]")
{
    Keys sender(1, QStringLiteral("Serikat BMI"));
    Keys recipient(2, QStringLiteral("Yayasan Lampung"));
    auto file = HandoffEnvelope::seal(
        HandoffEnvelope::Kind::Packet, kPacketId, recipient.address, sender.address, sender.sign, 1, payload());
    REQUIRE(file.ok());
    const qsizetype n = file->size();
    // Format name, kind, packet id, length of the key id, key id, the sealed part.
    for (qsizetype at : {qsizetype(0), qsizetype(3), qsizetype(12), qsizetype(20), qsizetype(30), qsizetype(40),
             qsizetype(50), qsizetype(60), n / 3, n / 2, n - 40, n - 17, n - 1}) {
        QByteArray bad = *file;
        bad[at] = static_cast<char>(bad[at] ^ 0x01);
        INFO("byte " << at << " of " << n);
        auto opened = HandoffEnvelope::open(bad, HandoffEnvelope::Kind::Packet, recipient.address, recipient.box);
        CHECK_FALSE(opened.ok());
    }
    QByteArray inSealed = *file;
    inSealed[n - 30] = static_cast<char>(inSealed[n - 30] ^ 0x80);
    auto opened = HandoffEnvelope::open(inSealed, HandoffEnvelope::Kind::Packet, recipient.address, recipient.box);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().rule == QLatin1String(handoff::rule::Damaged));
}

TEST_CASE("an envelope re-sealed by its recipient to someone else is refused", "[handoff]")
{
    // A recipient who opened a packet cannot seal its body to a third person as if from the
    // sender: the body names its recipient inside the signature.
    Keys sender(1, QStringLiteral("Serikat BMI"));
    Keys recipient(2, QStringLiteral("Yayasan Lampung"));
    Keys third(3, QStringLiteral("Third"));
    auto file = HandoffEnvelope::seal(
        HandoffEnvelope::Kind::Packet, kPacketId, recipient.address, sender.address, sender.sign, 1, payload());
    REQUIRE(file.ok());
    // The recipient opens it and seals the very same signed inner to the third person.
    auto header = HandoffEnvelope::readHeader(*file);
    REQUIRE(header.ok());
    auto inner = recipient.box.open(header->sealed);
    REQUIRE(inner.ok());
    auto sealed = crypto::BoxKey::seal(third.box.publicKey(), *inner);
    REQUIRE(sealed.ok());
    QCborMap outer;
    outer.insert(0, QStringLiteral("lintas-handoff"));
    outer.insert(1, 1);
    outer.insert(2, 1);
    outer.insert(3, kPacketId);
    outer.insert(4, third.address.keyId());
    outer.insert(5, *sealed);
    auto reopened
        = HandoffEnvelope::open(QCborValue(outer).toCbor(), HandoffEnvelope::Kind::Packet, third.address, third.box);
    REQUIRE_FALSE(reopened.ok());
    CHECK(reopened.error().rule == QLatin1String(handoff::rule::Damaged));
}

TEST_CASE("not a packet, and a packet of a newer version, are refused clearly", "[handoff]")
{
    Keys recipient(2, QStringLiteral("Yayasan Lampung"));
    auto notCbor = HandoffEnvelope::open(QByteArrayLiteral("{\"format\":\"lintas-export\"}"),
        HandoffEnvelope::Kind::Packet, recipient.address, recipient.box);
    REQUIRE_FALSE(notCbor.ok());
    CHECK(notCbor.error().rule == QLatin1String(handoff::rule::NotPacket));

    QCborMap outer;
    outer.insert(0, QStringLiteral("lintas-handoff"));
    outer.insert(1, 2);
    outer.insert(2, 1);
    auto newer = HandoffEnvelope::open(
        QCborValue(outer).toCbor(), HandoffEnvelope::Kind::Packet, recipient.address, recipient.box);
    REQUIRE_FALSE(newer.ok());
    CHECK(newer.error().rule == QLatin1String(handoff::rule::NewerVersion));
}
