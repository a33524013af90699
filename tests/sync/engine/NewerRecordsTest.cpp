// Records of an entity or an operation this version does not know (made by a newer Lintas) are
// set aside as newer_version, not as unreadable, and come back once a version that may read them
// runs, with everything that waited for them. An older version is played by a sync engine that
// knows fewer entities (SyncEngine::setKnownEntities), exactly as ReplyApplier asks.

#include "SyncDevices.h"

#include "repo/EntityDef.h"
#include "store/Database.h"
#include "sync/ReplyApplier.h"

#include <catch2/catch.hpp>

using namespace lintas;
using test::SyncDevices;

namespace {

QVector<const repo::EntityDef *> without(const QString &entity)
{
    QVector<const repo::EntityDef *> defs;
    for (const repo::EntityDef *def : repo::allEntityDefs()) {
        if (def->name != entity)
            defs << def;
    }
    return defs;
}

sync::SyncOutcome syncAs(SyncDevices &net, int i, const QVector<const repo::EntityDef *> &known)
{
    sync::SyncEngine engine(*net.laptop(i).db, net.link(i), net.laptop(i).clock, net.laptop(i).random);
    engine.setKnownEntities(known);
    return engine.run();
}

// reason → count, and the reader marks the rows carry.
QMap<QString, int> reasons(test::WorkspaceFixture &f)
{
    QMap<QString, int> out;
    auto st = f.db->prepare(QStringLiteral("SELECT reason, count(*) FROM sync_quarantine GROUP BY reason"));
    REQUIRE(st.ok());
    REQUIRE(st->forEachRow([&] { out.insert(st->text(0), int(st->int64(1))); }).ok());
    return out;
}

QStringList triedBy(test::WorkspaceFixture &f, const QString &reason)
{
    auto st = f.db->prepare(QStringLiteral("SELECT tried_by FROM sync_quarantine WHERE reason = ? ORDER BY id"));
    REQUIRE(st.ok());
    st->bind(1, reason);
    return st->textColumn().value();
}

// Rewrites this laptop's last unsent change as another version (or a broken program) would
// have written it.
void rewriteLastOp(test::WorkspaceFixture &f, const QString &op)
{
    auto st = f.db->prepare(QStringLiteral("UPDATE outbox SET op = ? WHERE device_seq = (SELECT max(device_seq) FROM "
                                           "outbox) AND envelope IS NULL"));
    REQUIRE(st.ok());
    st->bind(1, op);
    REQUIRE(st->exec().ok());
    REQUIRE(f.db->changes() == 1);
}

} // namespace

TEST_CASE("a record of an entity this version does not know waits for the upgrade, then applies with "
          "what waited for it",
    "[sync][engine][quarantine][newer]")
{
    SyncDevices net(2);
    auto &newer = net.laptop(0);
    auto &older = net.laptop(1);
    const auto client = newer.addClient(QStringLiteral("Siti Aminah"));
    const auto kase = newer.addCase(client.id);
    domain::Note note;
    note.caseId = kase.id;
    note.kind = QStringLiteral("note");
    note.body = QStringLiteral("Majikan di Tai Po menahan paspornya.");
    note.occurredAt = newer.clock.nowMs();
    REQUIRE(newer.ws->notes().create(note).ok());
    REQUIRE(net.sync(0).ok());

    // A version without cases: the case is set aside as newer, what refers to it waits for it.
    const auto before = without(QStringLiteral("case"));
    auto pulled = syncAs(net, 1, before);
    INFO(pulled.detail.toStdString());
    REQUIRE(pulled.ok());
    CHECK(older.ws->clients().get(client.id).ok());
    CHECK_FALSE(older.ws->cases().get(kase.id).ok());
    auto held = reasons(older);
    CHECK(held.value(QStringLiteral("newer_version")) == 1);
    CHECK(held.value(QStringLiteral("missing_reference")) == 1); // the note
    CHECK_FALSE(held.contains(QStringLiteral("unreadable")));
    CHECK(triedBy(older, QStringLiteral("newer_version")) == QStringList {sync::ReplyApplier::readerMark(before)});
    CHECK(older.db->scalar(QStringLiteral("SELECT detail FROM sync_quarantine WHERE reason = 'newer_version'"))
              .value()
              .toString()
        == QStringLiteral("entity case"));

    // The same version again: nothing new to read, nothing changes.
    REQUIRE(syncAs(net, 1, before).ok());
    CHECK(reasons(older) == held);

    // The upgrade: the first sync applies the case, then what waited for it, in server order.
    const auto upgraded = net.sync(1);
    INFO(upgraded.detail.toStdString());
    REQUIRE(upgraded.ok());
    CHECK(upgraded.applied == 2);
    CHECK(reasons(older).isEmpty());
    REQUIRE(older.ws->cases().get(kase.id).ok());
    auto notes = older.ws->notes().forCase(kase.id);
    REQUIRE(notes.ok());
    REQUIRE(notes->size() == 1);
    CHECK(notes->first().body == note.body);
    CHECK(net.dump(1) == net.dump(0));
    // Applied once: later syncs find nothing to retry and nothing to apply twice.
    REQUIRE(net.sync(1).ok());
    CHECK(net.dump(1) == net.dump(0));
}

TEST_CASE("a damaged record stays set aside through upgrades, one still too new is tried once per version",
    "[sync][engine][quarantine][newer]")
{
    SyncDevices net(2);
    auto &sender = net.laptop(0);
    auto &receiver = net.laptop(1);
    sender.addClient(QStringLiteral("Baik"));
    // An append to a client, which no version writes: damaged, or a faulty program.
    sender.addClient(QStringLiteral("Rusak"));
    rewriteLastOp(sender, sync::Change::appendOp());
    REQUIRE(net.sync(0).ok());
    // An operation a newer version may have (number 9 on the wire).
    const auto later = sender.addClient(QStringLiteral("Operasi baru"));
    rewriteLastOp(sender, QStringLiteral("op:9"));
    const auto after = sender.addClient(QStringLiteral("Sesudahnya"));
    REQUIRE(net.sync(0).ok());

    REQUIRE(net.sync(1).ok());
    CHECK(receiver.ws->clients().get(after.id).ok()); // the rest flows
    CHECK_FALSE(receiver.ws->clients().get(later.id).ok());
    const auto now = repo::allEntityDefs();
    CHECK(reasons(receiver)
        == QMap<QString, int> {{QStringLiteral("unreadable"), 1}, {QStringLiteral("newer_version"), 1}});
    CHECK(triedBy(receiver, QStringLiteral("newer_version")) == QStringList {sync::ReplyApplier::readerMark(now)});

    // A version that reads more (one more entity), but still not operation 9: the newer record is
    // tried once and marked with that version; the damaged one is not tried at all.
    repo::EntityDef hearing;
    hearing.name = QStringLiteral("hearing");
    hearing.table = QStringLiteral("hearings");
    QVector<const repo::EntityDef *> more = now;
    more << &hearing;
    REQUIRE(syncAs(net, 1, more).ok());
    CHECK(reasons(receiver)
        == QMap<QString, int> {{QStringLiteral("unreadable"), 1}, {QStringLiteral("newer_version"), 1}});
    CHECK(triedBy(receiver, QStringLiteral("newer_version")) == QStringList {sync::ReplyApplier::readerMark(more)});
    CHECK(triedBy(receiver, QStringLiteral("unreadable")) == QStringList {sync::ReplyApplier::readerMark(now)});
    CHECK(receiver.db->scalar(QStringLiteral("SELECT detail FROM sync_quarantine WHERE reason = 'newer_version'"))
              .value()
              .toString()
        == QStringLiteral("operation 9"));
    CHECK_FALSE(receiver.ws->clients().get(later.id).ok());
}

TEST_CASE("clocks a record carries for a newer version are held to the same horizon as its own",
    "[sync][engine][quarantine][newer]")
{
    SyncDevices net(2);
    auto &sender = net.laptop(0);
    const auto client = sender.addClient(QStringLiteral("Jam rusak"));
    // The change as sent on by an import, but naming a write ten years ahead.
    {
        auto st = sender.db->prepare(QStringLiteral(
            "SELECT change_id, device_seq, hlc, entity, entity_id, op, payload FROM outbox WHERE entity_id = ?"));
        REQUIRE(st.ok());
        st->bind(1, client.id);
        REQUIRE(st->step().value());
        auto c = sync::Change::fromOutbox(st->text(0), st->int64(1), sync::Hlc::fromRaw(st->int64(2)), st->text(3),
            st->text(4), st->text(5), st->blob(6));
        REQUIRE(c.ok());
        c->carried.insert(QStringLiteral("shoe_size"),
            {qint64(38), sync::Hlc::from(sender.clock.nowMs() + 10LL * 365 * 24 * 3600 * 1000, 0), c->deviceId});
        auto upd = sender.db->prepare(QStringLiteral("UPDATE outbox SET payload = ? WHERE device_seq = ?"));
        REQUIRE(upd.ok());
        upd->bind(1, QString::fromUtf8(c->payloadJson())).bind(2, c->deviceSeq);
        REQUIRE(upd->exec().ok());
    }
    REQUIRE(net.sync(0).ok());
    REQUIRE(net.sync(1).ok());
    CHECK(reasons(net.laptop(1)) == QMap<QString, int> {{QStringLiteral("clock_ahead"), 1}});
    CHECK_FALSE(net.laptop(1).ws->clients().get(client.id).ok());
}
