// Edit versus delete (SYNC.md "deletes", "What must be tested" 6): an edit made without seeing a
// delete is listed in the conflict log on every laptop, once, whichever arrived first; restoring
// it brings the record back everywhere; replays add nothing and bring nothing back.

#include "SyncDevices.h"

#include "repo/DeleteConflicts.h"
#include "repo/DerivedTables.h"
#include "repo/EntityDef.h"
#include "repo/Workspace.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/ChangeApplier.h"
#include "sync/ChangeCodec.h"
#include "sync/ConflictLog.h"
#include "sync/ConflictRestore.h"

#include <QRegularExpression>

#include <sqlite3.h>

#include <algorithm>

#include <catch2/catch.hpp>

using namespace lintas;
using test::caseOf;
using test::openConflicts;
using test::SyncDevices;
using test::WorkspaceFixture;

namespace {

constexpr qint64 kMinute = 60'000;

// The open entries as comparable text: what each laptop must agree on.
QStringList openKeys(WorkspaceFixture &f)
{
    QStringList keys;
    for (const sync::Conflict &c : openConflicts(f))
        keys << QStringLiteral("%1 %2 %3 kept %4/%5 lost %6/%7 %8")
                    .arg(c.entity, c.entityId, c.field, c.keptHlc.toString(), c.keptDevice, c.lostHlc.toString(),
                        c.lostDevice, c.lostValue.toString());
    keys.sort();
    return keys;
}

// Only the entries for edits a delete had not seen. (Entries between two writes of `deleted` are
// the ordinary rule's, which assumes a laptop receives changes after the ones they followed.)
QStringList openDeleteKeys(WorkspaceFixture &f)
{
    auto st = f.db->prepare(QStringLiteral(
        "SELECT c.entity || ' ' || c.entity_id || ' kept ' || c.kept_hlc || '/' || c.kept_device || ' lost ' || "
        "c.lost_hlc || '/' || c.lost_device FROM conflicts c JOIN delete_conflicts d ON d.entity = c.entity AND "
        "d.entity_id = c.entity_id AND d.lost_hlc = c.lost_hlc AND d.lost_device = c.lost_device WHERE c.field = "
        "'deleted' AND c.restored_at IS NULL ORDER BY 1"));
    REQUIRE(st.ok());
    auto keys = st->textColumn();
    REQUIRE(keys.ok());
    return *keys;
}

QVector<sync::Change> outbox(WorkspaceFixture &f)
{
    auto st = f.db->prepare(QStringLiteral(
        "SELECT change_id, device_seq, hlc, entity, entity_id, op, payload FROM outbox ORDER BY device_seq"));
    REQUIRE(st.ok());
    QVector<sync::Change> out;
    REQUIRE(st->forEachRow([&] {
                  auto c = sync::Change::fromOutbox(st->text(0), st->int64(1), sync::Hlc::fromRaw(st->int64(2)),
                      st->text(3), st->text(4), st->text(5), st->blob(6));
                  REQUIRE(c.ok());
                  out.push_back(*c);
              }).ok());
    return out;
}

void applyAll(WorkspaceFixture &f, const QVector<sync::Change> &changes)
{
    sync::ChangeApplier applier(*f.db, f.ws->writer().hlc());
    auto tx = f.db->begin();
    REQUIRE(tx.ok());
    for (const sync::Change &c : changes) {
        const Status applied = applier.apply(c);
        const std::string detail = applied.ok() ? std::string() : applied.error().detail.toStdString();
        INFO(detail);
        REQUIRE(applied.ok());
    }
    REQUIRE(tx->commit().ok());
}

// The statements `db` runs while this lives, as SQLite reports them.
struct StatementLog {
    store::Database &db;
    QStringList sql;

    explicit StatementLog(store::Database &d) : db(d)
    {
        sqlite3_trace_v2(db.handle(), SQLITE_TRACE_STMT, &StatementLog::onStatement, this);
    }
    ~StatementLog() { sqlite3_trace_v2(db.handle(), 0, nullptr, nullptr); }

    static int onStatement(unsigned, void *self, void *, void *text)
    {
        static_cast<StatementLog *>(self)->sql << QString::fromUtf8(static_cast<const char *>(text));
        return 0;
    }
    QStringList reads() const
    {
        return sql.filter(QRegularExpression(QStringLiteral("^\\s*SELECT"), QRegularExpression::CaseInsensitiveOption));
    }
};

bool deletedOn(WorkspaceFixture &f, const QString &caseId)
{
    return caseOf(f, caseId).deleted;
}

// Lampung (0) made a case and everyone has it; then, all offline, Lampung deletes it and Hong
// Kong (1) edits it.
struct DeleteAndEdit {
    SyncDevices net {3};
    QString caseId;

    DeleteAndEdit()
    {
        auto &lampung = net.laptop(0);
        const auto client = lampung.addClient(QStringLiteral("Sri Wahyuni"));
        caseId = lampung.addCase(client.id).id;
        for (int i : {0, 1, 2})
            REQUIRE(net.sync(i).ok());
    }

    void remove() { REQUIRE(net.laptop(0).ws->cases().remove(caseId).ok()); }

    void edit(const QString &chronology)
    {
        auto c = caseOf(net.laptop(1), caseId);
        c.chronology = chronology;
        REQUIRE(net.laptop(1).ws->cases().update(c).ok());
    }

    void syncAll(std::initializer_list<int> order)
    {
        for (int i : order) {
            const auto outcome = net.sync(i);
            INFO(outcome.detail.toStdString());
            REQUIRE(outcome.ok());
        }
    }

    // Jakarta, which neither deleted nor edited, brings the case back from its conflicts page and
    // everyone syncs.
    void restoreFromJakarta()
    {
        auto &jakarta = net.laptop(2);
        jakarta.clock.advanceMs(10 * kMinute);
        REQUIRE(sync::ConflictRestore::restore(jakarta.ws->writer(), openConflicts(jakarta).first().id).ok());
        syncAll({2, 0, 1, 2});
    }

    void requireOneDeleteConflictEverywhere()
    {
        const QString editor = net.laptop(1).ws->writer().deviceId();
        const QString deleter = net.laptop(0).ws->writer().deviceId();
        for (int i : {0, 1, 2}) {
            INFO("laptop " << i);
            const auto open = openConflicts(net.laptop(i));
            REQUIRE(open.size() == 1);
            CHECK(open.first().field == QStringLiteral("deleted"));
            CHECK(open.first().entityId == caseId);
            CHECK(open.first().keptDevice == deleter);
            CHECK(open.first().keptValue.toLongLong() == 1);
            CHECK(open.first().lostDevice == editor);
            CHECK(open.first().lostValue.toLongLong() == 0);
            CHECK(deletedOn(net.laptop(i), caseId));
        }
        CHECK(openKeys(net.laptop(0)) == openKeys(net.laptop(1)));
        CHECK(openKeys(net.laptop(0)) == openKeys(net.laptop(2)));
    }
};

} // namespace

TEST_CASE("an edit made after a delete it had not seen is listed once on every laptop, in either order",
    "[sync][engine][conflict][delete]")
{
    DeleteAndEdit s;
    s.remove();
    s.net.laptop(1).clock.advanceMs(5 * kMinute);
    s.edit(QStringLiteral("Gaji tidak dibayar sejak Maret"));

    SECTION("the delete reaches the server first")
    {
        s.syncAll({0, 1, 0, 2});
    }
    SECTION("the edit reaches the server first")
    {
        s.syncAll({1, 0, 1, 2});
    }
    s.requireOneDeleteConflictEverywhere();
    CHECK(s.net.dump(0) == s.net.dump(1));
    CHECK(s.net.dump(0) == s.net.dump(2));

    // Syncing again changes nothing.
    const QStringList before = openKeys(s.net.laptop(2));
    s.syncAll({0, 1, 2, 0, 1, 2});
    s.requireOneDeleteConflictEverywhere();
    CHECK(openKeys(s.net.laptop(2)) == before);
    // Nor does applying every change a second time, bypassing the record of what was applied.
    // (Sync never does that. The ordinary rule would then list the stale writes that were
    // replaced, as if concurrent; the entries for hidden edits stay as they are.)
    const QStringList hidden = openDeleteKeys(s.net.laptop(2));
    REQUIRE(hidden.size() == 1);
    applyAll(s.net.laptop(2), outbox(s.net.laptop(0)) + outbox(s.net.laptop(1)));
    CHECK(openDeleteKeys(s.net.laptop(2)) == hidden);
    CHECK(deletedOn(s.net.laptop(2), s.caseId));
    CHECK(s.net.dump(0) == s.net.dump(2));
}

TEST_CASE("an edit older than the delete but unseen by it is listed too: the delete names what it had seen",
    "[sync][engine][conflict][delete]")
{
    DeleteAndEdit s;
    s.edit(QStringLiteral("Paspor ditahan agen"));
    s.net.laptop(0).clock.advanceMs(5 * kMinute);
    s.remove();

    // The delete carries the clock of every field and set the deleting laptop had seen written,
    // and a marker for the others: the chronology, written on Hong Kong only, is not listed.
    const auto deleteChange = outbox(s.net.laptop(0)).last();
    REQUIRE(repo::DeleteConflicts::deletes(deleteChange));
    CHECK_FALSE(deleteChange.prev.contains(QStringLiteral("chronology")));
    CHECK(deleteChange.prev.contains(QStringLiteral("*")));
    const QVector<sync::Change> written = outbox(s.net.laptop(0));
    const auto created
        = std::find_if(written.cbegin(), written.cend(), [&](const sync::Change &c) { return c.entityId == s.caseId; });
    REQUIRE(created != written.cend());
    for (auto it = created->fields.cbegin(); it != created->fields.cend(); ++it)
        CHECK(deleteChange.prev.value(it.key()) == created->hlc);
    for (const sync::SetAdd &add : created->adds)
        CHECK(deleteChange.prev.value(add.field) == created->hlc);
    // What that costs on the wire, once per deletion.
    sync::Change lean = deleteChange;
    lean.prev.clear();
    lean.prev.insert(QStringLiteral("deleted"), deleteChange.prev.value(QStringLiteral("deleted")));
    const auto full = sync::ChangeCodec::plaintext(deleteChange).size();
    const auto before = sync::ChangeCodec::plaintext(lean).size();
    WARN("a case deletion: " << full << " B of plaintext, " << before << " B without the clock list");
    // Listing every field, written or not, took 248 B.
    CHECK(full <= 250);

    SECTION("the delete reaches the server first")
    {
        s.syncAll({0, 1, 0, 2});
    }
    SECTION("the edit reaches the server first")
    {
        s.syncAll({1, 0, 1, 2});
    }
    s.requireOneDeleteConflictEverywhere();
}

TEST_CASE("an edit the deleting laptop had seen leaves no entry", "[sync][engine][conflict][delete]")
{
    DeleteAndEdit s;
    s.edit(QStringLiteral("Paspor ditahan agen"));
    s.syncAll({1, 0});
    s.net.laptop(0).clock.advanceMs(kMinute);
    s.remove();
    s.syncAll({0, 1, 2, 0});
    for (int i : {0, 1, 2}) {
        CHECK(openConflicts(s.net.laptop(i)).isEmpty());
        CHECK(deletedOn(s.net.laptop(i), s.caseId));
    }
}

TEST_CASE(
    "restoring the entry brings the record back, with the edit, on every laptop", "[sync][engine][conflict][delete]")
{
    DeleteAndEdit s;
    s.remove();
    s.net.laptop(1).clock.advanceMs(5 * kMinute);
    const QString edited = QStringLiteral("Gaji tidak dibayar sejak Maret");
    s.edit(edited);
    s.syncAll({0, 1, 0, 2});
    s.requireOneDeleteConflictEverywhere();

    s.restoreFromJakarta();
    auto &jakarta = s.net.laptop(2);
    for (int i : {0, 1, 2}) {
        INFO("laptop " << i);
        const auto kase = caseOf(s.net.laptop(i), s.caseId);
        CHECK_FALSE(kase.deleted);
        CHECK(kase.chronology == edited);
        CHECK(openConflicts(s.net.laptop(i)).isEmpty());
    }
    CHECK(s.net.dump(0) == s.net.dump(1));
    CHECK(s.net.dump(0) == s.net.dump(2));

    // Syncing again, or applying every change once more, deletes nothing and reopens nothing.
    s.syncAll({0, 1, 2});
    for (int i : {0, 1, 2})
        CHECK(openConflicts(s.net.laptop(i)).isEmpty());
    applyAll(jakarta, outbox(s.net.laptop(0)) + outbox(s.net.laptop(1)) + outbox(jakarta));
    CHECK(openDeleteKeys(jakarta).isEmpty());
    CHECK_FALSE(deletedOn(jakarta, s.caseId));
    CHECK(caseOf(jakarta, s.caseId).chronology == edited);
}

TEST_CASE("edits and a delete applied in every order leave the same entries", "[sync][engine][conflict][delete]")
{
    DeleteAndEdit s;
    auto &lampung = s.net.laptop(0);
    auto &hongKong = s.net.laptop(1);
    const int created = int(outbox(lampung).size());

    int expectedEntries = 0;
    SECTION("two unseen edits of one field: the later replaced the earlier, so one entry")
    {
        expectedEntries = 1;
        s.edit(QStringLiteral("satu"));
        hongKong.clock.advanceMs(kMinute);
        s.edit(QStringLiteral("dua"));
        lampung.clock.advanceMs(2 * kMinute);
        s.remove();
    }
    SECTION("an edit the delete saw and one it did not")
    {
        expectedEntries = 1;
        s.edit(QStringLiteral("satu"));
        s.syncAll({1, 0});
        hongKong.clock.advanceMs(kMinute);
        auto c = caseOf(hongKong, s.caseId);
        c.title = QStringLiteral("Upah lembur");
        REQUIRE(hongKong.ws->cases().update(c).ok());
        lampung.clock.advanceMs(2 * kMinute);
        s.remove();
    }
    SECTION("a delete, an edit, then a second delete that saw the edit")
    {
        s.remove();
        s.syncAll({0, 1});
        hongKong.clock.advanceMs(kMinute);
        // The UI edits no deleted record; restore and edit as another laptop would have.
        auto c = caseOf(hongKong, s.caseId);
        c.deleted = false;
        c.chronology = QStringLiteral("kembali");
        REQUIRE(hongKong.ws->cases().update(c).ok());
        s.syncAll({1, 0});
        lampung.clock.advanceMs(2 * kMinute);
        s.remove();
    }

    const QVector<sync::Change> head = outbox(lampung).mid(0, created);
    QVector<sync::Change> rest = outbox(lampung).mid(created) + outbox(hongKong);
    std::sort(
        rest.begin(), rest.end(), [](const sync::Change &a, const sync::Change &b) { return a.changeId < b.changeId; });
    QStringList expected;
    bool first = true;
    int orders = 0;
    do {
        WorkspaceFixture fresh(900 + orders);
        applyAll(fresh, head + rest);
        applyAll(fresh, rest); // the same again: nothing new
        const QStringList keys = openDeleteKeys(fresh);
        if (first)
            expected = keys;
        INFO("order " << orders);
        CHECK(keys == expected);
        CHECK(deletedOn(fresh, s.caseId));
        first = false;
        ++orders;
    } while (std::next_permutation(rest.begin(), rest.end(),
        [](const sync::Change &a, const sync::Change &b) { return a.changeId < b.changeId; }));
    CHECK(orders > 1);
    CHECK(expected.size() == expectedEntries);
    // And through the server, as laptops do.
    s.syncAll({0, 1, 2, 0, 1});
    CHECK(openDeleteKeys(s.net.laptop(2)) == expected);
    CHECK(openDeleteKeys(lampung) == expected);
    CHECK(openDeleteKeys(hongKong) == expected);
}

TEST_CASE("a delete from an older Lintas without the full clock list: older edits count as seen",
    "[sync][engine][conflict][delete]")
{
    WorkspaceFixture author(300);
    const auto client = author.addClient(QStringLiteral("Siti Aminah"));
    const auto kase = author.addCase(client.id);
    author.clock.advanceMs(kMinute);
    auto c = caseOf(author, kase.id);
    c.title = QStringLiteral("Upah tidak dibayar");
    REQUIRE(author.ws->cases().update(c).ok());
    const QVector<sync::Change> written = outbox(author);
    const sync::Hlc editHlc = written.last().hlc;
    sync::Hlc created;
    for (const sync::Change &w : written) {
        if (w.entity == QStringLiteral("case") && w.fields.contains(QStringLiteral("deleted")))
            created = w.hlc;
    }
    REQUIRE_FALSE(created.isNull());

    auto oldDelete = [&](sync::Hlc at) {
        sync::Change d;
        d.changeId = QStringLiteral("old-delete-%1").arg(at.toString());
        d.deviceId = QStringLiteral("0123456789abcdef0123456789abcdef");
        d.deviceSeq = 1;
        d.hlc = at;
        d.entity = QStringLiteral("case");
        d.entityId = kase.id;
        d.op = sync::Change::upsertOp();
        d.fields.insert(QStringLiteral("deleted"), qint64(1));
        // Older versions sent the previous clock of the fields they changed, and no other.
        d.prev.insert(QStringLiteral("deleted"), created);
        return d;
    };
    const sync::Hlc before = sync::Hlc::fromRaw(editHlc.toInt64() - (qint64(1) << 16));
    const sync::Hlc after = sync::Hlc::fromRaw(editHlc.toInt64() + (qint64(1) << 16));

    SECTION("a delete later than the edit: seen, no entry")
    {
        for (bool deleteFirst : {false, true}) {
            WorkspaceFixture fresh(deleteFirst ? 301 : 302);
            applyAll(fresh, written.mid(0, written.size() - 1));
            if (deleteFirst)
                applyAll(fresh, {oldDelete(after), written.last()});
            else
                applyAll(fresh, {written.last(), oldDelete(after)});
            CHECK(openConflicts(fresh).isEmpty());
            CHECK(deletedOn(fresh, kase.id));
        }
    }
    SECTION("a delete earlier than the edit: unseen, one entry")
    {
        QStringList keys;
        for (bool deleteFirst : {false, true}) {
            WorkspaceFixture fresh(deleteFirst ? 303 : 304);
            applyAll(fresh, written.mid(0, written.size() - 1));
            if (deleteFirst)
                applyAll(fresh, {oldDelete(before), written.last()});
            else
                applyAll(fresh, {written.last(), oldDelete(before)});
            REQUIRE(openConflicts(fresh).size() == 1);
            CHECK(openConflicts(fresh).first().lostHlc == editHlc);
            keys << openKeys(fresh);
        }
        CHECK(keys.at(0) == keys.at(1));
    }
}

TEST_CASE("a tag added to a record deleted meanwhile is listed once on every laptop, in either order, and the "
          "restore brings the record back with the tag",
    "[sync][engine][conflict][delete][sets]")
{
    const bool deleteFirst = GENERATE(true, false);
    DeleteAndEdit s;
    auto &hongKong = s.net.laptop(1);
    const QString tag = QStringLiteral("paspor ditahan");
    const auto addTag = [&] {
        auto c = caseOf(hongKong, s.caseId);
        c.tags << tag;
        REQUIRE(hongKong.ws->cases().update(c).ok());
    };

    SECTION("tagged after the delete")
    {
        s.remove();
        hongKong.clock.advanceMs(5 * kMinute);
        addTag();
    }
    SECTION("tagged before the delete, which had not seen it")
    {
        addTag();
        s.net.laptop(0).clock.advanceMs(5 * kMinute);
        s.remove();
    }
    // The delete lists the sets written before it, and no other.
    const sync::Change deleteChange = outbox(s.net.laptop(0)).last();
    REQUIRE(repo::DeleteConflicts::deletes(deleteChange));
    CHECK_FALSE(deleteChange.prev.contains(QStringLiteral("tags")));
    int listed = 0;
    for (const QString &set : repo::entityDefByName(QStringLiteral("case"))->setFields) {
        if (deleteChange.prev.contains(set)) {
            ++listed;
            CHECK_FALSE(deleteChange.prev.value(set).isNull());
        }
    }
    CHECK(listed > 0);
    // Nothing but the tag: no field of the case was written.
    const sync::Change tagged = outbox(hongKong).last();
    REQUIRE(tagged.fields.isEmpty());
    REQUIRE(tagged.adds.size() == 1);

    if (deleteFirst)
        s.syncAll({0, 1, 0, 2});
    else
        s.syncAll({1, 0, 1, 2});
    s.requireOneDeleteConflictEverywhere();
    CHECK(openConflicts(s.net.laptop(0)).first().lostHlc == tagged.hlc);
    CHECK(s.net.dump(0) == s.net.dump(1));
    CHECK(s.net.dump(0) == s.net.dump(2));
    // Syncing again adds nothing.
    const QStringList hidden = openDeleteKeys(s.net.laptop(2));
    s.syncAll({0, 1, 2, 0, 1, 2});
    s.requireOneDeleteConflictEverywhere();
    CHECK(openDeleteKeys(s.net.laptop(2)) == hidden);

    s.restoreFromJakarta();
    auto &jakarta = s.net.laptop(2);
    for (int i : {0, 1, 2}) {
        INFO("laptop " << i);
        const auto kase = caseOf(s.net.laptop(i), s.caseId);
        CHECK_FALSE(kase.deleted);
        CHECK(kase.tags == QStringList {tag});
        CHECK(openConflicts(s.net.laptop(i)).isEmpty());
    }
    CHECK(s.net.dump(0) == s.net.dump(1));
    CHECK(s.net.dump(0) == s.net.dump(2));
    // Applying every change once more neither deletes the record again nor reopens the entry.
    applyAll(jakarta, outbox(s.net.laptop(0)) + outbox(hongKong) + outbox(jakarta));
    CHECK(openDeleteKeys(jakarta).isEmpty());
    CHECK_FALSE(deletedOn(jakarta, s.caseId));
}

TEST_CASE("a tag change the deleting laptop had seen leaves no entry, and one it had not does",
    "[sync][engine][conflict][delete][sets]")
{
    DeleteAndEdit s;
    auto &lampung = s.net.laptop(0);
    auto &hongKong = s.net.laptop(1);
    auto kase = caseOf(hongKong, s.caseId);
    kase.tags << QStringLiteral("upah");
    REQUIRE(hongKong.ws->cases().update(kase).ok());
    s.syncAll({1, 0});
    // The delete carries the clock of each set as the deleting laptop held it.
    lampung.clock.advanceMs(kMinute);
    s.remove();
    const auto deleteChange = outbox(lampung).last();
    REQUIRE(repo::DeleteConflicts::deletes(deleteChange));
    CHECK(deleteChange.prev.value(QStringLiteral("tags")) == outbox(hongKong).last().hlc);
    // A set never written is left out (the delete's marker says so).
    CHECK_FALSE(deleteChange.prev.contains(QStringLiteral("forums")));

    SECTION("seen: no entry anywhere")
    {
        s.syncAll({0, 1, 2, 0});
        for (int i : {0, 1, 2}) {
            INFO("laptop " << i);
            CHECK(openConflicts(s.net.laptop(i)).isEmpty());
            CHECK(deletedOn(s.net.laptop(i), s.caseId));
        }
    }
    SECTION("a removal made before the delete that it had not seen: one entry everywhere")
    {
        hongKong.clock.advanceMs(30'000);
        kase = caseOf(hongKong, s.caseId);
        kase.tags.clear();
        REQUIRE(hongKong.ws->cases().update(kase).ok());
        REQUIRE(outbox(hongKong).last().removes.size() == 1);
        REQUIRE(outbox(hongKong).last().hlc < deleteChange.hlc);
        s.syncAll({1, 0, 1, 2});
        s.requireOneDeleteConflictEverywhere();
        CHECK(openConflicts(lampung).first().lostHlc == outbox(hongKong).last().hlc);
    }
}

TEST_CASE("on the pull path, an edit of a live record reads nothing for edit versus delete",
    "[sync][engine][conflict][delete][cost]")
{
    WorkspaceFixture author(310);
    WorkspaceFixture receiver(311);
    const auto client = author.addClient(QStringLiteral("Siti Aminah"));
    const auto kase = author.addCase(client.id);
    applyAll(receiver, outbox(author));
    author.clock.advanceMs(kMinute);

    sync::ChangeApplier applier(*receiver.db, receiver.ws->writer().hlc());
    repo::DerivedTables::Deferred derived;
    sync::ChangeApplier::Batch batch;
    batch.derived = &derived;
    batch.openConflicts = false;
    applier.setBatch(&batch);
    const auto applyTraced = [&](const sync::Change &change) {
        auto tx = receiver.db->begin();
        REQUIRE(tx.ok());
        StatementLog log(*receiver.db);
        REQUIRE(applier.apply(change).ok());
        const QStringList reads = log.reads();
        REQUIRE(tx->commit().ok());
        return reads;
    };

    auto edited = caseOf(author, kase.id);
    edited.title = QStringLiteral("Upah tidak dibayar");
    REQUIRE(author.ws->cases().update(edited).ok());
    const QStringList reads = applyTraced(outbox(author).last());
    INFO(reads.join(QLatin1Char('\n')).toStdString());
    // One read: the row's field clocks, with its `deleted` flag in the same statement.
    CHECK(reads.size() == 1);
    CHECK(caseOf(receiver, kase.id).title == edited.title);

    // Deleted, the same kind of edit is checked against what the delete had seen.
    author.clock.advanceMs(kMinute);
    REQUIRE(author.ws->cases().remove(kase.id).ok());
    applyTraced(outbox(author).last());
    WorkspaceFixture other(312);
    applyAll(other, outbox(author).mid(0, outbox(author).size() - 1));
    other.clock.advanceMs(5 * kMinute);
    auto late = caseOf(other, kase.id);
    late.chronology = QStringLiteral("Majikan menahan paspor");
    REQUIRE(other.ws->cases().update(late).ok());
    CHECK(applyTraced(outbox(other).last()).size() > 1);
    CHECK(openConflicts(receiver).size() == 1);
}
