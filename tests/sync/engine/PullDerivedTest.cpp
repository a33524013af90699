// What a pull leaves in the tables derived from the synced rows (search index, case-list keys,
// duplicate-client keys): exactly what a rebuild would hold, however the pull was cut (D27).
#include "SyncDevices.h"

#include "repo/CaseListKeys.h"
#include "repo/ClientMatchKeys.h"
#include "repo/Workspace.h"
#include "search/SearchIndex.h"
#include "store/Database.h"
#include "sync/ChangeCodec.h"
#include "sync/SyncSpaces.h"

#include <catch2/catch.hpp>

using namespace lintas;
using test::caseOf;
using test::SyncDevices;

namespace {

// Everything the derived tables hold, in a fixed order (search entries by what they index, not by
// docid, which a rebuild renumbers).
QStringList derivedRows(test::WorkspaceFixture &f)
{
    QStringList out;
    for (const QString &sql : {
             QStringLiteral("SELECT id, status, risk, deleted, client_id, client_name, next_due FROM case_list_keys "
                            "ORDER BY id"),
             QStringLiteral("SELECT kind, key, client_id, birth FROM client_match_keys ORDER BY kind, key, client_id"),
             QStringLiteral("SELECT d.kind, d.entity_id, d.case_id, d.client_id, f.title, f.body FROM search_docs d "
                            "JOIN search_fts f ON f.docid = d.docid ORDER BY d.kind, d.entity_id"),
         }) {
        auto st = f.db->prepare(sql);
        REQUIRE(st.ok());
        REQUIRE(st->forEachRow([&] {
                      QStringList row;
                      for (int i = 0; i < st->columnCount(); ++i)
                          row << st->text(i);
                      out << row.join(QLatin1Char('|'));
                  }).ok());
    }
    return out;
}

} // namespace

TEST_CASE("a pull leaves the search index, case list keys and duplicate keys as a rebuild from scratch would",
    "[sync][engine]")
{
    SyncDevices net(2);
    auto &lampung = net.laptop(0);
    auto &jakarta = net.laptop(1);
    auto client = lampung.addClient(QStringLiteral("Sumiyati binti Karto"));
    auto other = lampung.addClient(QStringLiteral("Wartini"));
    auto kase = lampung.addCase(client.id);
    domain::Deadline hearing;
    hearing.caseId = kase.id;
    hearing.kind = QStringLiteral("hearing");
    hearing.title = QStringLiteral("Labour Tribunal");
    hearing.dueOn = QDate(2027, 2, 3);
    hearing = lampung.ws->deadlines().create(hearing).value();
    domain::Note note;
    note.caseId = kase.id;
    note.kind = QStringLiteral("note");
    note.body = QStringLiteral("majikan menahan paspor");
    REQUIRE(lampung.ws->notes().create(note).ok());
    // Many edits of the same rows in one pull: the entries must follow the last of them.
    for (const QString &word : {QStringLiteral("pertama"), QStringLiteral("kedua"), QStringLiteral("terakhir")}) {
        kase = caseOf(lampung, kase.id);
        kase.title = QStringLiteral("gaji %1").arg(word);
        kase.risk = word == QLatin1String("kedua") ? QStringLiteral("high") : QStringLiteral("medium");
        REQUIRE(lampung.ws->cases().update(kase).ok());
    }
    kase = caseOf(lampung, kase.id);
    kase.clientId = other.id; // the case moves to another client: its list key takes her name
    REQUIRE(lampung.ws->cases().update(kase).ok());
    client = lampung.ws->clients().get(client.id).value();
    client.fullName = QStringLiteral("Sumiyati Karto");
    client.nik = QStringLiteral("1801234567890001");
    REQUIRE(lampung.ws->clients().update(client).ok());
    hearing = lampung.ws->deadlines().get(hearing.id).value();
    hearing.dueOn = QDate(2027, 1, 20);
    REQUIRE(lampung.ws->deadlines().update(hearing).ok());
    REQUIRE(net.sync(0).ok());

    const auto pulled = net.sync(1);
    INFO(pulled.detail.toStdString());
    REQUIRE(pulled.ok());
    REQUIRE(pulled.applied == lampung.outboxCount());
    const QStringList afterPull = derivedRows(jakarta);
    // The laptop that wrote them, change by change, holds the same entries (a note's follows its
    // case to the other client).
    CHECK(afterPull == derivedRows(lampung));
    CHECK(afterPull.filter(QStringLiteral("gaji terakhir")).size() == 1);
    CHECK(afterPull.filter(QStringLiteral("gaji pertama")).isEmpty());
    CHECK(jakarta.ws->search({QStringLiteral("terakhir")}).value().size() == 1);
    CHECK(jakarta.ws->search({QStringLiteral("pertama")}).value().isEmpty());

    REQUIRE(search::SearchIndex::rebuild(*jakarta.db).ok());
    REQUIRE(repo::CaseListKeys::rebuild(*jakarta.db).ok());
    REQUIRE(repo::ClientMatchKeys::rebuild(*jakarta.db).ok());
    CHECK(derivedRows(jakarta) == afterPull);
}

TEST_CASE("a long pull refreshes search and the case list once at the end, and a pull cut off halfway leaves none "
          "of its rows unlisted",
    "[sync][engine][faults]")
{
    SyncDevices net(2);
    auto &lampung = net.laptop(0);
    auto &jakarta = net.laptop(1);
    QStringList caseIds;
    for (int i = 0; i < 60; ++i) {
        const auto client = lampung.addClient(QStringLiteral("Klien nomor%1").arg(i));
        caseIds << lampung.addCase(client.id).id;
    }
    for (int round = 0; round < 3; ++round) {
        for (const QString &id : std::as_const(caseIds)) {
            auto c = caseOf(lampung, id);
            c.outcomeNotes = QStringLiteral("catatan ronde%1").arg(round);
            REQUIRE(lampung.ws->cases().update(c).ok());
        }
    }
    REQUIRE(net.sync(0).ok());

    int replies = 0;
    net.link(1).onReply = [&](const QString &path, server::HttpResponse &) {
        return path != QStringLiteral("/v1/sync") || ++replies <= 2; // the link drops after two replies
    };
    const auto cut = net.sync(1);
    REQUIRE(cut.problem == sync::SyncProblem::Offline);
    REQUIRE(cut.applied > 0);
    REQUIRE(cut.applied < lampung.outboxCount());
    CHECK(jakarta.db->scalar(QStringLiteral("SELECT count(*) FROM derived_pending")).value().toInt() == 0);
    // Whatever arrived is listed and found, though the pull has not reached the end.
    const int cases = jakarta.db->scalar(QStringLiteral("SELECT count(*) FROM cases")).value().toInt();
    REQUIRE(cases > 0);
    CHECK(jakarta.db->scalar(QStringLiteral("SELECT count(*) FROM case_list_keys")).value().toInt() == cases);
    CHECK(jakarta.ws->search({QStringLiteral("nomor0")}).value().size() >= 1);

    net.link(1).onReply = nullptr;
    const auto rest = net.sync(1);
    INFO(rest.detail.toStdString());
    REQUIRE(rest.ok());
    CHECK(rest.rounds > 1);
    CHECK(net.dump(0) == net.dump(1));
    const QStringList afterPull = derivedRows(jakarta);
    CHECK(afterPull == derivedRows(lampung));
    CHECK(jakarta.ws->search({QStringLiteral("ronde2"), 100}).value().size() == 60);
    CHECK(jakarta.ws->search({QStringLiteral("ronde1")}).value().isEmpty());
}

TEST_CASE("rows a pull parked before a crash are refreshed when the profile opens again", "[sync][engine]")
{
    test::WorkspaceFixture f(7);
    const auto client = f.addClient(QStringLiteral("Rohimah"));
    const auto kase = f.addCase(client.id);
    // As a crash between a parked reply and the end of the pull leaves it: the rows are there,
    // their derived entries are not.
    REQUIRE(
        f.db->execScript(QStringLiteral("DELETE FROM case_list_keys; DELETE FROM client_match_keys; "
                                        "INSERT INTO derived_pending VALUES ('client', '%1', 7), ('case', '%2', 7);")
                             .arg(client.id, kase.id))
            .ok());
    auto reopened = repo::Workspace::open(*f.db, f.clock, f.random);
    REQUIRE(reopened.ok());
    CHECK(f.db->scalar(QStringLiteral("SELECT count(*) FROM derived_pending")).value().toInt() == 0);
    CHECK(f.db->scalar(QStringLiteral("SELECT count(*) FROM case_list_keys")).value().toInt() == 1);
    CHECK(f.db->scalar(QStringLiteral("SELECT count(*) FROM client_match_keys")).value().toInt() > 0);
}

TEST_CASE("a record that cannot apply in the middle of a reply leaves nothing half-written, and the rest applies",
    "[sync][engine][quarantine]")
{
    SyncDevices net(2);
    auto &lampung = net.laptop(0);
    auto &jakarta = net.laptop(1);
    const auto before = lampung.addClient(QStringLiteral("Sebelum"));
    REQUIRE(net.sync(0).ok());
    // A client sealed with a key nobody has: set aside on arrival, so her case, sealed properly
    // right after, refers to a row the other laptop never gets.
    const QString space = sync::ChangeCodec::idText(net.spaceId);
    auto key = sync::SyncSpaces(*lampung.db).key(space, 1);
    REQUIRE(key.ok());
    REQUIRE(sync::SyncSpaces(*lampung.db).putKey(space, 1, test::fixedKey(0x01)).ok());
    const auto lost = lampung.addClient(QStringLiteral("Rusak"));
    REQUIRE(net.sync(0).ok());
    REQUIRE(sync::SyncSpaces(*lampung.db).putKey(space, 1, *key).ok());
    const auto orphan = lampung.addCase(lost.id);
    domain::Note note;
    note.caseId = orphan.id;
    note.kind = QStringLiteral("note");
    note.body = QStringLiteral("tetap tertunda");
    REQUIRE(lampung.ws->notes().create(note).ok());
    const auto after = lampung.addClient(QStringLiteral("Sesudah"));
    REQUIRE(net.sync(0).ok());

    const auto pulled = net.sync(1);
    INFO(pulled.detail.toStdString());
    REQUIRE(pulled.ok());
    CHECK(jakarta.ws->clients().get(before.id).ok());
    CHECK(jakarta.ws->clients().get(after.id).ok());
    const QStringList reasons
        = jakarta.db->prepare(QStringLiteral("SELECT reason FROM sync_quarantine ORDER BY server_seq"))
              ->textColumn()
              .value();
    INFO(reasons.join(QLatin1Char(' ')).toStdString());
    CHECK(reasons
        == QStringList {QStringLiteral("bad_encryption"), QStringLiteral("missing_reference"),
            QStringLiteral("missing_reference")});
    // Nothing of the case or its note: no row, no field clock, no "applied" mark, no search entry.
    const auto count = [&](const QString &sql) {
        auto st = jakarta.db->prepare(sql);
        REQUIRE(st.ok());
        st->bind(1, orphan.id);
        REQUIRE(st->step().value());
        return st->int64(0);
    };
    CHECK(count(QStringLiteral("SELECT count(*) FROM cases WHERE id = ?")) == 0);
    CHECK(count(QStringLiteral("SELECT count(*) FROM field_clock WHERE entity_id = ?")) == 0);
    CHECK(count(QStringLiteral("SELECT count(*) FROM case_list_keys WHERE id = ?")) == 0);
    CHECK(count(QStringLiteral("SELECT count(*) FROM search_docs WHERE entity_id = ? OR case_id = ?1")) == 0);
    CHECK(jakarta.db->scalar(QStringLiteral("SELECT count(*) FROM notes")).value().toInt() == 0);
    const qint64 applied = jakarta.db->scalar(QStringLiteral("SELECT count(*) FROM sync_applied")).value().toLongLong();
    CHECK(applied == lampung.outboxCount() - 3);
}
