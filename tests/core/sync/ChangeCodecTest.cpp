#include "sync/ChangeCodec.h"
#include "crypto/DeviceKeys.h"
#include "protocol/Envelope.h"
#include "support/WorkspaceFixture.h"

#include <QCborMap>
#include <QCborValue>

#include <catch2/catch.hpp>

using namespace lintas;
using namespace lintas::sync;

namespace {

QVector<Change> outbox(store::Database &db)
{
    QVector<Change> out;
    auto st = db.prepare(QStringLiteral(
        "SELECT change_id, device_seq, hlc, entity, entity_id, op, payload FROM outbox ORDER BY device_seq"));
    REQUIRE(st.ok());
    REQUIRE(st->forEachRow([&] {
                  auto c = Change::fromOutbox(st->text(0), st->int64(1), Hlc::fromRaw(st->int64(2)), st->text(3),
                      st->text(4), st->text(5), st->blob(6));
                  REQUIRE(c.ok());
                  out.push_back(*c);
              }).ok());
    return out;
}

void requireSame(const Change &a, const Change &b)
{
    CHECK(a.changeId == b.changeId);
    CHECK(a.deviceId == b.deviceId);
    CHECK(a.deviceSeq == b.deviceSeq);
    CHECK(a.hlc == b.hlc);
    CHECK(a.entity == b.entity);
    CHECK(a.entityId == b.entityId);
    CHECK(a.op == b.op);
    // The outbox payload is canonical JSON of fields, prev clocks and set operations.
    CHECK(QString::fromUtf8(a.payloadJson()) == QString::fromUtf8(b.payloadJson()));
}

} // namespace

TEST_CASE("every kind of outbox change survives the envelope unchanged", "[sync][codec]")
{
    test::WorkspaceFixture f;
    const auto client = f.addClient(QStringLiteral("Siti Aminah"));
    auto kase = f.addCase(client.id, {QStringLiteral("unpaid_wages"), QStringLiteral("agency_overcharging")});
    kase.caseTypes = {QStringLiteral("agency_overcharging")}; // a set removal
    kase.risk = QStringLiteral("high");
    kase.chronology = QStringLiteral("Bekerja di Sha Tin sejak 2024");
    REQUIRE(f.ws->cases().update(kase).ok());
    kase.chronology.clear(); // a cleared field travels as null
    REQUIRE(f.ws->cases().update(kase).ok());
    domain::Note note;
    note.caseId = kase.id;
    note.kind = QStringLiteral("note");
    note.body = QStringLiteral("Majikan di Sha Tin menahan paspor; gaji 3 bulan HK$ 14.000 belum dibayar.");
    REQUIRE(f.ws->notes().create(note).ok());

    const QVector<Change> changes = outbox(*f.db);
    REQUIRE(changes.size() >= 4);
    const crypto::SigningKey device = crypto::SigningKey::generate(f.random);
    const SecretBytes key = test::fixedKey(0x51);
    const QByteArray space = f.random.bytes(16);
    for (const Change &c : changes) {
        const auto sealed = protocol::Envelope::seal(
            ChangeCodec::header(c, space, 1), ChangeCodec::plaintext(c), key, device, f.random);
        REQUIRE(sealed.ok());
        const QByteArray wire = sealed->encode();
        CHECK_FALSE(wire.contains("Sha Tin"));
        CHECK_FALSE(wire.contains("Siti"));
        const auto received = protocol::Envelope::decode(wire, space);
        REQUIRE(received.ok());
        REQUIRE(received->signatureValid(device.publicKey()));
        const auto opened = received->open(key);
        REQUIRE(opened.ok());
        const auto back = ChangeCodec::fromEnvelope(received->header, *opened);
        REQUIRE(back.ok());
        requireSame(*back, c);
    }
}

TEST_CASE("readable ids and set tags that are not hex travel as text", "[sync][codec]")
{
    Change c;
    c.changeId = QStringLiteral("0123456789abcdef0123456789abcdef");
    c.deviceId = QStringLiteral("fedcba9876543210fedcba9876543210");
    c.deviceSeq = 3;
    c.hlc = Hlc::from(1'795'000'000'000, 2);
    c.entity = QStringLiteral("organisation");
    c.entityId = QStringLiteral("seed-bp2mi-lampung");
    c.op = Change::upsertOp();
    c.fields.insert(QStringLiteral("name"), QStringLiteral("BP2MI Lampung"));
    c.fields.insert(QStringLiteral("rate"), 0.25);
    c.fields.insert(QStringLiteral("count"), qint64(12));
    c.adds.push_back({QStringLiteral("tags"), QStringLiteral("shelter"), QStringLiteral("seed-tag")});
    c.removes.push_back({QStringLiteral("tags"), QStringLiteral("old"), {QStringLiteral("seed-tag-2")}});
    // Sent on for a newer version, with the clocks that wrote them.
    c.carried.insert(QStringLiteral("tribunal_no"),
        {QStringLiteral("LBTC 7/2026"), Hlc::from(1'794'000'000'000, 5),
            QStringLiteral("0123456789abcdef0123456789abcdef")});
    c.carriedRemoves.push_back({{QStringLiteral("hearing_days"), QStringLiteral("2026-12-01"), {QStringLiteral("t1")}},
        Hlc::from(1'794'000'000'001, 0)});
    const QByteArray space(16, 's');
    const auto back = ChangeCodec::fromEnvelope(ChangeCodec::header(c, space, 0), ChangeCodec::plaintext(c));
    REQUIRE(back.ok());
    requireSame(*back, c);
    CHECK(back->fields.value(QStringLiteral("rate")).toDouble() == 0.25);
    REQUIRE(back->carried.size() == 1);
    CHECK(back->carried.first().hlc == Hlc::from(1'794'000'000'000, 5));
    CHECK(back->carried.first().device == QStringLiteral("0123456789abcdef0123456789abcdef"));
    REQUIRE(back->carriedRemoves.size() == 1);
    CHECK(back->carriedRemoves.first().hlc == Hlc::from(1'794'000'000'001, 0));
    CHECK(back->carriedRemoves.first().remove.tags == QStringList {QStringLiteral("t1")});
    // And through the outbox payload.
    const auto stored = Change::fromOutbox(c.changeId, c.deviceSeq, c.hlc, c.entity, c.entityId, c.op, c.payloadJson());
    REQUIRE(stored.ok());
    requireSame(*stored, c);
}

TEST_CASE("a plaintext this version cannot read is refused, not half-applied", "[sync][codec]")
{
    protocol::EnvelopeHeader h;
    h.changeId = QByteArray(16, 'c');
    h.deviceId = QByteArray(16, 'd');
    h.deviceSeq = 1;
    CHECK(ChangeCodec::fromEnvelope(h, QByteArrayLiteral("garbage")).code() == ErrorCode::InvalidArgument);
    CHECK(ChangeCodec::fromEnvelope(h, QCborValue(QCborMap {{1, QByteArray(16, 'e')}}).toCbor()).code()
        == ErrorCode::InvalidArgument); // no entity
    CHECK(ChangeCodec::fromEnvelope(h, QCborValue(QCborMap {{0, QStringLiteral("case")}, {1, 5}}).toCbor()).code()
        == ErrorCode::InvalidArgument); // bad id
    CHECK(ChangeCodec::fromEnvelope(h,
              QCborValue(QCborMap {{0, QStringLiteral("case")}, {1, QByteArray(16, 'e')}, {8, QStringLiteral("x")}})
                  .toCbor())
              .code()
        == ErrorCode::InvalidArgument); // carried fields that are not a map
}

TEST_CASE("an operation of a newer version is read as such, to wait for an upgrade", "[sync][codec][newer]")
{
    protocol::EnvelopeHeader h;
    h.changeId = QByteArray(16, 'c');
    h.deviceId = QByteArray(16, 'd');
    h.deviceSeq = 1;
    const auto newer = ChangeCodec::fromEnvelope(
        h, QCborValue(QCborMap {{0, QStringLiteral("case")}, {1, QByteArray(16, 'e')}, {2, 7}}).toCbor());
    REQUIRE(newer.ok());
    CHECK(newer->op == QStringLiteral("op:7"));
    CHECK_FALSE(ChangeCodec::knowsOp(newer->op));
    CHECK(ChangeCodec::knowsOp(Change::upsertOp()));
    CHECK(ChangeCodec::knowsOp(Change::appendOp()));
    // Sent on as it came.
    const auto again = ChangeCodec::fromEnvelope(h, ChangeCodec::plaintext(*newer));
    REQUIRE(again.ok());
    CHECK(again->op == newer->op);
}

TEST_CASE("a one-field edit and a five-field save fit the byte budget", "[sync][codec][size]")
{
    test::WorkspaceFixture f;
    const auto client = f.addClient(QStringLiteral("Sri Wahyuni"));
    auto kase = f.addCase(client.id);
    kase.risk = QStringLiteral("high");
    REQUIRE(f.ws->cases().update(kase).ok());
    const Change edit = outbox(*f.db).last();
    REQUIRE(edit.fields.size() == 1);
    const crypto::SigningKey device = crypto::SigningKey::generate(f.random);
    const auto sealed = protocol::Envelope::seal(ChangeCodec::header(edit, QByteArray(16, 's'), 1),
        ChangeCodec::plaintext(edit), test::fixedKey(), device, f.random);
    REQUIRE(sealed.ok());
    // Budget: ≤ 300 B per change including HTTP overhead shared by a batch (bench/ measures
    // the whole exchange); the envelope itself must leave room for that.
    INFO("one-field envelope: " << sealed->encode().size() << " bytes");
    CHECK(sealed->encode().size() <= 260);
}
