#include "repo/ClientMatchKeys.h"
#include "sync/OutboxReplay.h"

#include "support/QtPrinters.h"
#include "support/WorkspaceFixture.h"

#include <catch2/catch.hpp>

using namespace lintas;
using domain::ClientMatch;
using domain::MatchConflict;
using domain::MatchReason;

namespace {

domain::Client person(const QString &name)
{
    domain::Client c;
    c.fullName = name;
    c.gender = QStringLiteral("female");
    c.status = QStringLiteral("returned");
    return c;
}

domain::Client add(test::WorkspaceFixture &f, domain::Client c, const QStringList &phones = {})
{
    auto r = f.ws->clients().create(std::move(c));
    REQUIRE(r.ok());
    for (const QString &n : phones) {
        domain::ClientPhone p;
        p.clientId = r->id;
        p.number = n;
        p.kind = QStringLiteral("mobile");
        REQUIRE(f.ws->clients().addPhone(p).ok());
    }
    return *r;
}

QVector<ClientMatch> find(repo::Workspace &ws, const domain::Client &c, const QStringList &phones = {})
{
    auto r = ws.clients().findLikelyDuplicates(c, phones);
    REQUIRE(r.ok());
    return *r;
}

QStringList ids(const QVector<ClientMatch> &matches)
{
    QStringList out;
    for (const ClientMatch &m : matches)
        out << m.client.id;
    return out;
}

// The derived keys as sorted text, to compare two databases.
QStringList keyDump(store::Database &db)
{
    auto st = db.prepare(QStringLiteral(
        "SELECT kind || '|' || key || '|' || client_id || '|' || coalesce(birth, '') FROM client_match_keys "
        "ORDER BY 1"));
    REQUIRE(st.ok());
    auto rows = st->textColumn();
    REQUIRE(rows.ok());
    return *rows;
}

} // namespace

TEST_CASE("likely duplicates by NIK, passport, phone and name, strongest first", "[repo][duplicates]")
{
    test::WorkspaceFixture f;
    auto byNik = person(QStringLiteral("Sumiati binti Karto"));
    byNik.nik = QStringLiteral("3201014501900001");
    byNik.birthDate = QDate(1990, 1, 5);
    byNik = add(f, byNik);
    auto byPassport = person(QStringLiteral("Siti Aminah"));
    byPassport.passportNo = QStringLiteral("B 1234567");
    byPassport = add(f, byPassport);
    auto byPhone = add(f, person(QStringLiteral("Wartini")), {QStringLiteral("+62 812-3456-7890")});
    auto byName = add(f, person(QStringLiteral("Sity  Aminah")));
    auto reordered = add(f, person(QStringLiteral("Aminah Siti")));
    auto deleted = add(f, person(QStringLiteral("Bu Siti Aminah")));
    REQUIRE(f.ws->clients().remove(deleted.id).ok());
    add(f, person(QStringLiteral("Siti Maryam")));
    add(f, person(QStringLiteral("Sumarni")));

    auto candidate = person(QStringLiteral("Siti Aminah"));
    candidate.passportNo = QStringLiteral("b-1234567");
    auto matches = find(*f.ws, candidate, {QStringLiteral("0812 3456 7890")});
    REQUIRE(ids(matches) == QStringList {byPassport.id, byPhone.id, byName.id, reordered.id});
    CHECK(matches[0].reasons == QVector<MatchReason> {MatchReason::SamePassport, MatchReason::SameName});
    CHECK(matches[0].strength() == ClientMatch::Strength::Strong);
    CHECK(matches[1].reasons == QVector<MatchReason> {MatchReason::SamePhone});
    CHECK(matches[1].matchedPhone == QStringLiteral("+62 812-3456-7890"));
    CHECK(matches[1].strength() == ClientMatch::Strength::Likely);
    CHECK(matches[2].reasons == QVector<MatchReason> {MatchReason::SameName});
    CHECK(matches[2].matchedName == QStringLiteral("Sity Aminah"));
    CHECK(matches[3].reasons == QVector<MatchReason> {MatchReason::NameOrder});
    CHECK(matches[3].strength() == ClientMatch::Strength::Possible);

    // NIK with separators; a single name finds "… binti Karto", and the birth date supports it.
    auto sumiati = person(QStringLiteral("Bu Sumiati"));
    sumiati.nik = QStringLiteral("3201 0145 0190 0001");
    sumiati.birthDate = QDate(1990, 1, 5);
    matches = find(*f.ws, sumiati);
    REQUIRE(ids(matches) == QStringList {byNik.id});
    CHECK(matches[0].reasons
        == QVector<MatchReason> {MatchReason::SameNik, MatchReason::SameName, MatchReason::SameBirthDate});

    // Editing a client: her own record is not her duplicate.
    CHECK(find(*f.ws, byNik).isEmpty());
    // Nothing in common, nothing found.
    CHECK(find(*f.ws, person(QStringLiteral("Karsinah"))).isEmpty());
}

TEST_CASE("conflicting NIK, birth date or father weaken a name match", "[repo][duplicates]")
{
    test::WorkspaceFixture f;
    auto a = person(QStringLiteral("Sumiati binti Karto"));
    a.nik = QStringLiteral("3201014501900001");
    a.birthDate = QDate(1990, 1, 5);
    a = add(f, a);
    auto b = add(f, person(QStringLiteral("Sumiati binti Parman")));

    auto c = person(QStringLiteral("Sumiati binti Karto"));
    c.nik = QStringLiteral("3201014501900002");
    // A different NIK outweighs the same name alone; b has no NIK, only another father.
    auto matches = find(*f.ws, c);
    REQUIRE(ids(matches) == QStringList {b.id});
    CHECK(matches[0].conflicts == QVector<MatchConflict> {MatchConflict::DifferentFather});

    c.birthDate = QDate(1990, 1, 5); // …unless the birth date agrees too (a NIK typo?)
    matches = find(*f.ws, c);
    REQUIRE(ids(matches) == QStringList {a.id, b.id}); // equal scores: by name
    CHECK(matches[0].conflicts == QVector<MatchConflict> {MatchConflict::DifferentNik});
    CHECK(matches[0].score == matches[1].score);

    c.nik.clear();
    matches = find(*f.ws, c);
    REQUIRE(ids(matches) == QStringList {a.id, b.id});
    CHECK(matches[0].score > matches[1].score);
    CHECK(matches[1].conflicts == QVector<MatchConflict> {MatchConflict::DifferentFather});
}

TEST_CASE("spelling variants, typos, parts of names and aliases find the client", "[repo][duplicates]")
{
    test::WorkspaceFixture f;
    auto soekarni = add(f, person(QStringLiteral("Soekarni")));
    auto sumiati = add(f, person(QStringLiteral("Sumiati")));
    auto siti = add(f, person(QStringLiteral("Siti Aminah")));
    auto withAlias = person(QStringLiteral("Tjahyani"));
    withAlias.aliases = {QStringLiteral("Yani Rahayu")};
    withAlias = add(f, withAlias);
    add(f, person(QStringLiteral("Sumarni")));

    CHECK(ids(find(*f.ws, person(QStringLiteral("SUKARNI")))) == QStringList {soekarni.id});
    CHECK(ids(find(*f.ws, person(QStringLiteral("Sumaiti")))) == QStringList {sumiati.id}); // a typo
    CHECK(ids(find(*f.ws, person(QStringLiteral("Aminah")))) == QStringList {siti.id}); // part of her name
    CHECK(ids(find(*f.ws, person(QStringLiteral("Siti Aminah Rahayu")))) == QStringList {siti.id});
    CHECK(ids(find(*f.ws, person(QStringLiteral("Cahyani")))) == QStringList {withAlias.id});
    auto viaAlias = find(*f.ws, person(QStringLiteral("Yani Rahayu")));
    REQUIRE(ids(viaAlias) == QStringList {withAlias.id});
    CHECK(viaAlias[0].matchedName == QStringLiteral("Yani Rahayu"));
}

TEST_CASE("among many clients of one name, those born that day come first", "[repo][duplicates]")
{
    test::WorkspaceFixture f;
    for (int i = 0; i < 60; ++i) {
        auto c = person(QStringLiteral("Sumiati"));
        c.birthDate = QDate(1980, 1, 1).addDays(i);
        add(f, c);
    }
    auto same = person(QStringLiteral("Sumiati"));
    same.birthDate = QDate(1991, 7, 17);
    same = add(f, same);
    auto c = person(QStringLiteral("Sumiati binti Karto"));
    c.birthDate = QDate(1991, 7, 17);
    auto r = f.ws->clients().findLikelyDuplicates(c, {}, 5);
    REQUIRE(r.ok());
    // The other 60 differ in birth date: 50 - 20 = 30, still "possible".
    REQUIRE(r->size() == 5);
    CHECK(r->first().client.id == same.id);
    CHECK(r->first().reasons == QVector<MatchReason> {MatchReason::SameName, MatchReason::SameBirthDate});
    CHECK(r->at(1).conflicts == QVector<MatchConflict> {MatchConflict::DifferentBirthDate});
}

TEST_CASE("the duplicate keys follow edits, deletions and phone changes", "[repo][duplicates]")
{
    test::WorkspaceFixture f;
    auto wartini = add(f, person(QStringLiteral("Wartini")), {QStringLiteral("0813-1111-2222")});
    auto probe = person(QStringLiteral("Karsinah"));
    CHECK(find(*f.ws, probe).isEmpty());

    // Renamed: found by the new name, no longer by the old.
    wartini.fullName = QStringLiteral("Karsinah");
    REQUIRE(f.ws->clients().update(wartini).ok());
    CHECK(ids(find(*f.ws, probe)) == QStringList {wartini.id});
    CHECK(find(*f.ws, person(QStringLiteral("Wartini"))).isEmpty());

    // NIK and passport added later.
    wartini.nik = QStringLiteral("3301014501900009");
    REQUIRE(f.ws->clients().update(wartini).ok());
    auto byNik = person(QStringLiteral("Someone Else"));
    byNik.nik = wartini.nik;
    CHECK(ids(find(*f.ws, byNik)) == QStringList {wartini.id});

    // A new number, and the old one deleted.
    const QStringList newNumber {QStringLiteral("+62 857 9999 0000")};
    const QStringList oldNumber {QStringLiteral("62 813 1111 2222")};
    CHECK(find(*f.ws, person(QStringLiteral("X")), newNumber).isEmpty());
    domain::ClientPhone p;
    p.clientId = wartini.id;
    p.number = QStringLiteral("0857-9999-0000");
    p.kind = QStringLiteral("whatsapp");
    REQUIRE(f.ws->clients().addPhone(p).ok());
    CHECK(ids(find(*f.ws, person(QStringLiteral("X")), newNumber)) == QStringList {wartini.id});
    auto old = f.ws->clients().phones(wartini.id).value();
    REQUIRE(old.size() == 2);
    for (auto ph : old) {
        if (ph.number.startsWith(QStringLiteral("0813"))) {
            ph.deleted = true;
            REQUIRE(f.ws->clients().updatePhone(ph).ok());
        }
    }
    CHECK(find(*f.ws, person(QStringLiteral("X")), oldNumber).isEmpty());

    // Deleted: gone from the index altogether.
    REQUIRE(f.ws->clients().remove(wartini.id).ok());
    CHECK(find(*f.ws, probe).isEmpty());
    CHECK(find(*f.ws, byNik).isEmpty());
    CHECK(f.db->scalar(QStringLiteral("SELECT count(*) FROM client_match_keys")).value().toInt() == 0);
}

// Changes from another device reach the keys through ChangeApplier: replaying a device's outbox
// into a fresh database must give exactly the keys its own writes made, whatever the order of
// creates, edits, alias changes and deletions.
TEST_CASE("applying changes from another device keeps the duplicate keys right", "[repo][duplicates][sync]")
{
    test::WorkspaceFixture source;
    auto a = person(QStringLiteral("Djuwariyah"));
    a.aliases = {QStringLiteral("Juju")};
    a = add(source, a, {QStringLiteral("+852 9123 4567")});
    auto b = add(source, person(QStringLiteral("Siti Aminah binti Parman")));
    auto gone = add(source, person(QStringLiteral("Sumiati")));

    auto replica = store::Database::open(QStringLiteral(":memory:"), nullptr).value();
    REQUIRE(repo::profileSchema().migrate(*replica).ok());
    REQUIRE(sync::OutboxReplay::replay(*source.db, *replica).ok());
    CHECK(keyDump(*replica) == keyDump(*source.db));

    // More edits on the source, applied again (replay is idempotent for what was applied before).
    a.fullName = QStringLiteral("Juwariyah Lestari");
    a.aliases = {QStringLiteral("Yuyun")};
    REQUIRE(source.ws->clients().update(a).ok());
    REQUIRE(source.ws->clients().remove(gone.id).ok());
    b.nik = QStringLiteral("3201014501900003");
    REQUIRE(source.ws->clients().update(b).ok());
    REQUIRE(sync::OutboxReplay::replay(*source.db, *replica).ok());
    const QStringList keys = keyDump(*replica);
    CHECK(keys == keyDump(*source.db));
    CHECK_FALSE(keys.isEmpty());

    ManualClock clock(1'795'000'000'000);
    SeededRandom random(9);
    auto ws = repo::Workspace::open(*replica, clock, random);
    REQUIRE(ws.ok());
    CHECK(ids(find(**ws, person(QStringLiteral("Juwariyah")))) == QStringList {a.id});
    CHECK(ids(find(**ws, person(QStringLiteral("X")), {QStringLiteral("9123 4567")})) == QStringList {a.id});
    CHECK(find(**ws, person(QStringLiteral("Sumiati"))).isEmpty());
}
