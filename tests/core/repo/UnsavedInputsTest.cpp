#include "repo/UnsavedInputs.h"
#include "support/WorkspaceFixture.h"

#include <catch2/catch.hpp>

using namespace lintas;

namespace {

int rows(test::WorkspaceFixture &f, const char *table)
{
    return f.db->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).value().toInt();
}

} // namespace

TEST_CASE("unsaved input comes back as it was kept, replaced by key, and goes when removed", "[repo][unsaved]")
{
    test::WorkspaceFixture f;
    repo::UnsavedInputs store(*f.ws);
    const int outbox = f.outboxCount();
    const int clocks = rows(f, "field_clock");
    const QString note = QStringLiteral("case/k1/note");
    const QByteArray typed = QStringLiteral(R"({"noteBody":"Majikan menelepon, gaji Oktober belum dibayar"})").toUtf8();

    CHECK_FALSE(store.load(note).value().has_value());
    REQUIRE(store.save(note, typed).ok());
    auto kept = store.load(note);
    REQUIRE(kept.ok());
    REQUIRE(kept->has_value());
    CHECK((*kept)->key == note);
    CHECK((*kept)->payload == typed);
    CHECK((*kept)->savedAt == f.clock.nowMs());

    // Kept again at the next lock: replaced, stamped anew.
    f.clock.advanceMs(60'000);
    REQUIRE(store.save(note, QByteArrayLiteral(R"({"noteBody":"lagi"})")).ok());
    REQUIRE(store.save(QStringLiteral("case/k1/deadline"), QByteArrayLiteral("{}")).ok());
    REQUIRE(store.save(QStringLiteral("case/k10/note"), QByteArray()).ok()); // empty is still kept
    REQUIRE(store.save(QStringLiteral("client/c1/phone"), QByteArrayLiteral("{}")).ok());
    CHECK(store.load(note).value()->payload == QByteArrayLiteral(R"({"noteBody":"lagi"})"));
    CHECK(store.load(note).value()->savedAt == f.clock.nowMs());

    auto ofCase = store.withPrefix(QStringLiteral("case/k1/"));
    REQUIRE(ofCase.ok());
    REQUIRE(ofCase->size() == 2); // not case k10's
    CHECK(ofCase->at(0).key == QStringLiteral("case/k1/deadline"));
    CHECK(ofCase->at(1).key == note);
    CHECK(store.withPrefix(QStringLiteral("case/%"))->isEmpty()); // a prefix, not a pattern

    // This laptop's scratch: nothing reaches the outbox or the change clocks.
    CHECK(f.outboxCount() == outbox);
    CHECK(rows(f, "field_clock") == clocks);

    REQUIRE(store.remove(note).ok());
    CHECK_FALSE(store.load(note).value().has_value());
    CHECK(store.withPrefix(QString())->size() == 3);
    REQUIRE(store.clear().ok());
    CHECK(store.withPrefix(QString())->isEmpty());
}
