#include "repo/Schema.h"
#include "store/Database.h"

#include <catch2/catch.hpp>

using namespace lintas;

// Records earlier versions set aside as unreadable only because they named an entity or an
// operation those versions did not know get their chance after the upgrade: the migration gives
// them the reason that is tried again. Damaged records stay as they were.
TEST_CASE(
    "records set aside as unreadable for an unknown entity or operation become newer_version", "[schema][sync][newer]")
{
    auto db = store::Database::open(QStringLiteral(":memory:"), nullptr).value();
    REQUIRE(repo::profileSchema().migrate(*db, 17).value() == 17);
    REQUIRE(db->execScript(QStringLiteral(R"SQL(
INSERT INTO sync_quarantine (space_id, server_seq, envelope, reason, detail, received_at)
  VALUES ('s', 1, x'00', 'unreadable', 'unknown entity hearing', 1),
         ('s', 2, x'00', 'unreadable', 'change: unknown operation 3', 1),
         ('s', 3, x'00', 'unreadable', 'change: bad id', 1),
         ('s', 4, x'00', 'unreadable', 'append to mutable client', 1),
         ('s', 5, x'00', 'bad_signature', 'unknown entity x', 1);
)SQL"))
                .ok());
    REQUIRE(repo::profileSchema().migrate(*db, 18).value() == 18);
    auto st = db->prepare(
        QStringLiteral("SELECT reason || ' ' || coalesce(tried_by, '-') FROM sync_quarantine ORDER BY server_seq"));
    REQUIRE(st.ok());
    CHECK(st->textColumn().value()
        == QStringList {QStringLiteral("newer_version -"), QStringLiteral("newer_version -"),
            QStringLiteral("unreadable -"), QStringLiteral("unreadable -"), QStringLiteral("bad_signature -")});
}
