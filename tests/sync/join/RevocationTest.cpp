#include "JoinNet.h"

#include "protocol/Envelope.h"
#include "sync/OutboxSealer.h"
#include "sync/SyncSpaces.h"

#include <catch2/catch.hpp>

using namespace lintas;
using test::JoinNet;

namespace {

struct StoredRecord {
    qint64 seq = 0;
    QString deviceId;
    quint32 epoch = 0;
};

QVector<StoredRecord> serverLog(JoinNet &net)
{
    auto records = net.server.store->read(net.org.spaceId, 0, 100'000, 1LL << 30);
    REQUIRE_OK(records);
    QVector<StoredRecord> out;
    for (const server::LogRecord &r : *records) {
        auto e = protocol::Envelope::decode(r.envelope, net.org.spaceId);
        REQUIRE_OK(e);
        out.push_back({r.seq, sync::ChangeCodec::idText(e->header.deviceId), e->header.epoch});
    }
    return out;
}

sync::SpaceInfo spaceOf(JoinNet &net, int i)
{
    auto s = sync::SyncSpaces(*net.laptop(i).db).space(net.spaceId);
    REQUIRE_OK(s);
    return *s;
}

bool holdsKey(JoinNet &net, int i, quint32 epoch)
{
    return sync::SyncSpaces(*net.laptop(i).db).key(net.spaceId, epoch).ok();
}

void syncOk(JoinNet &net, int i)
{
    const auto o = net.sync(i);
    INFO(o.detail.toStdString());
    REQUIRE(o.ok());
    CHECK(o.quarantined == 0);
}

// An organisation of four: laptop 0 the admin, laptop 3 the one that gets lost.
JoinNet &organisation(JoinNet &net)
{
    net.foundOrganisation();
    for (int i = 1; i < 4; ++i)
        net.joinAndApprove(i);
    return net;
}

} // namespace

TEST_CASE("a lost laptop is removed: refused at once, sealed out of what follows, an offline member catches up",
    "[sync][join][revocation]")
{
    JoinNet net(4);
    organisation(net);
    const auto rina = net.laptop(3).addClient(QStringLiteral("Rina Lost-Laptop"));
    net.laptop(3).addCase(rina.id);
    for (int i : {3, 0, 1, 2})
        syncOk(net, i);

    // Laptop 2 is in a village without signal while the admin acts.
    const auto dewi = net.laptop(2).addClient(QStringLiteral("Dewi Offline"));

    const QString lost = net.deviceOf(3);
    auto removed = net.revocation(0).removeDevice(net.spaceId, lost);
    REQUIRE_OK(removed);
    CHECK(removed->epoch == 2);
    CHECK(removed->label == QLatin1String("Laptop 3"));
    CHECK(
        removed->lastSeq == net.server.store->lastDeviceSeq(net.org.spaceId, sync::ChangeCodec::idBytes(lost)).value());
    CHECK(removed->lastSeq > 0);
    CHECK(spaceOf(net, 0).epoch == 2);
    const qint64 rotatedAt = net.server.store->head(net.org.spaceId).value().seq;

    // The lost laptop keeps trying: refused every time, and nothing it makes is stored.
    const qint64 lastStored = removed->lastSeq;
    net.laptop(3).addClient(QStringLiteral("Written After Removal"));
    for (int attempt = 0; attempt < 3; ++attempt) {
        const auto o = net.sync(3);
        CHECK(o.problem == sync::SyncProblem::Refused);
        CHECK(o.pushed == 0);
    }
    CHECK(net.server.store->lastDeviceSeq(net.org.spaceId, sync::ChangeCodec::idBytes(lost)).value() == lastStored);
    CHECK(net.server.store->device(sync::ChangeCodec::idBytes(lost)).value().revokedAt != 0);
    CHECK_FALSE(holdsKey(net, 3, 2));

    // An online member moves to the new epoch on its next sync and seals with it.
    syncOk(net, 1);
    CHECK(spaceOf(net, 1).epoch == 2);
    REQUIRE(holdsKey(net, 1, 2));
    CHECK(sync::SyncSpaces(*net.laptop(1).db)
              .key(net.spaceId, 2)
              .value()
              .equals(sync::SyncSpaces(*net.laptop(0).db).key(net.spaceId, 2).value()));
    const auto ayu = net.laptop(1).addClient(QStringLiteral("Ayu After Rotation"));
    syncOk(net, 1);

    // The member who was offline catches up: its own work goes up, the new key comes down, and
    // what was sealed with it applies.
    syncOk(net, 2);
    CHECK(spaceOf(net, 2).epoch == 2);
    CHECK(net.laptop(2).ws->clients().get(ayu.id).ok());
    const auto later = net.laptop(2).addClient(QStringLiteral("Dewi Later"));
    syncOk(net, 2);
    for (int i : {0, 1, 2})
        syncOk(net, i);
    CHECK(net.dump(0) == net.dump(1));
    CHECK(net.dump(1) == net.dump(2));
    CHECK(net.laptop(0).ws->clients().get(dewi.id).ok());
    CHECK(net.laptop(0).ws->clients().get(later.id).ok());

    // Everything stored after the rotation is sealed with the new key, which the lost laptop
    // does not hold — the offline member's edit too: the server did not take it under the old
    // key, and it was sealed again once that laptop had the new one.
    QSet<QString> writers;
    for (const StoredRecord &r : serverLog(net)) {
        if (r.seq <= rotatedAt)
            continue;
        CHECK(r.epoch == 2);
        writers.insert(r.deviceId);
    }
    CHECK(writers == QSet<QString> {net.deviceOf(1), net.deviceOf(2)});
}

TEST_CASE("a removal waits until the admin has what the device sent before it", "[sync][join][revocation]")
{
    JoinNet net(4);
    organisation(net);
    for (int i : {0, 1, 2, 3})
        syncOk(net, i);
    const auto last = net.laptop(3).addClient(QStringLiteral("Sent Just Before"));
    syncOk(net, 3); // on the server, not yet on the admin's laptop

    auto early = net.revocation(0).removeDevice(net.spaceId, net.deviceOf(3));
    REQUIRE_FALSE(early.ok());
    CHECK(early.code() == ErrorCode::Validation);
    CHECK(early.error().rule == QLatin1String("sync_first"));
    CHECK(spaceOf(net, 0).epoch == 1);
    CHECK(net.server.store->memberRole(net.org.spaceId, sync::ChangeCodec::idBytes(net.deviceOf(3))).value()
        == QLatin1String("member"));

    syncOk(net, 0);
    REQUIRE_OK(net.revocation(0).removeDevice(net.spaceId, net.deviceOf(3)));
    // What it sent before the removal is kept by everyone.
    syncOk(net, 1);
    CHECK(net.laptop(1).ws->clients().get(last.id).ok());
}

TEST_CASE("members refuse what a removed device made after its removal, even from a server that stores it",
    "[sync][join][revocation][tamper]")
{
    JoinNet net(4);
    organisation(net);
    for (int i : {3, 0, 1})
        syncOk(net, i);
    REQUIRE_OK(net.revocation(0).removeDevice(net.spaceId, net.deviceOf(3)));

    // The lost laptop seals a new change with the old key it still holds, and a compromised
    // server appends it to the log behind everyone's back.
    const auto forged = net.laptop(3).addClient(QStringLiteral("Forged After Removal"));
    auto identity = sync::SyncIdentity::loadOrCreate(*net.laptop(3).db, net.laptop(3).random);
    REQUIRE_OK(identity);
    sync::OutboxSealer sealer(*net.laptop(3).db, *identity, net.laptop(3).random);
    auto pending = sealer.next(spaceOf(net, 3), 1 << 20);
    REQUIRE_OK(pending);
    REQUIRE_FALSE(pending->isEmpty());
    QVector<server::PushItem> items;
    for (const sync::PendingEnvelope &p : *pending) {
        auto e = protocol::Envelope::decode(p.envelope, net.org.spaceId);
        REQUIRE_OK(e);
        items.push_back({e->header.changeId, e->header.deviceSeq, e->header.hlc, e->header.epoch, p.envelope});
    }
    REQUIRE_OK(net.server.store->append(
        net.org.spaceId, sync::ChangeCodec::idBytes(net.deviceOf(3)), items, net.server.clock.nowMs()));

    const auto o = net.sync(1);
    INFO(o.detail.toStdString());
    REQUIRE(o.ok());
    CHECK(o.quarantined == items.size());
    CHECK_FALSE(net.laptop(1).ws->clients().get(forged.id).ok());
    CHECK(net.laptop(1)
              .db->scalar(QStringLiteral("SELECT count(*) FROM sync_quarantine WHERE reason = 'removed_device'"))
              .value()
              .toInt()
        == items.size());
}

TEST_CASE("a new epoch key the admin did not make is refused", "[sync][join][revocation][tamper]")
{
    JoinNet net(4);
    organisation(net);
    for (int i : {0, 1})
        syncOk(net, i);
    REQUIRE_OK(net.revocation(0).removeDevice(net.spaceId, net.deviceOf(3)));

    // The server swaps laptop 1's wrap of the new key for a key of its own, sealed to laptop 1.
    const QByteArray member = sync::ChangeCodec::idBytes(net.deviceOf(1));
    auto boxKey = net.server.store->device(member);
    REQUIRE_OK(boxKey);
    const SecretBytes own = SecretBytes::fromBytes(QByteArray(32, 's').constData(), 32);
    protocol::WrappedKey w;
    w.epoch = 2;
    w.sealed = crypto::BoxKey::seal(boxKey->boxKey, own).value();
    REQUIRE_OK(net.server.store->putKeyWrap({net.org.spaceId, 2, member, w.encodeBlob(), net.server.clock.nowMs()}));

    const auto o = net.sync(1);
    CHECK(o.problem == sync::SyncProblem::ServerFault);
    CHECK_FALSE(holdsKey(net, 1, 2));
    CHECK(spaceOf(net, 1).epoch == 1);
}

TEST_CASE("a caseworker locked out of her profile is removed and re-admitted as a new laptop, her cases come back",
    "[sync][join][revocation]")
{
    JoinNet net(3);
    net.foundOrganisation();
    net.joinAndApprove(1);
    const auto client = net.laptop(1).addClient(QStringLiteral("Wati Her Client"));
    const auto kase = net.laptop(1).addCase(client.id);
    syncOk(net, 1);

    // She forgot the passphrase and cannot find the recovery sheet: that profile is out of reach.
    // The admin removes its device, and admits her again as a new one.
    syncOk(net, 0);
    REQUIRE_OK(net.revocation(0).removeDevice(net.spaceId, net.deviceOf(1)));
    net.joinAndApprove(2);
    syncOk(net, 2);
    CHECK(spaceOf(net, 2).epoch == 2);
    CHECK(holdsKey(net, 2, 1)); // the keys of what was written before, too
    auto back = net.laptop(2).ws->cases().get(kase.id);
    REQUIRE_OK(back);
    CHECK(back->clientId == client.id);
    // She goes on working, and the admin sees it.
    auto edited = *back;
    edited.risk = QStringLiteral("high");
    REQUIRE_OK(net.laptop(2).ws->cases().update(edited));
    syncOk(net, 2);
    syncOk(net, 0);
    CHECK(net.laptop(0).ws->cases().get(kase.id).value().risk == QLatin1String("high"));
    CHECK(net.dump(0) == net.dump(2));
}
