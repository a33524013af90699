#include "store/Database.h"
#include "store/Migrator.h"
#include "store/Transaction.h"
#include "support/TempDir.h"
#include "support/TestKeys.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace lintas;
using namespace lintas::store;

TEST_CASE("encrypted database round-trips data and refuses the wrong key", "[store]")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("a.db"));
    {
        auto key = test::fixedKey();
        auto db = Database::open(path, &key);
        REQUIRE(db.ok());
        REQUIRE(
            (*db)->execScript(QStringLiteral("CREATE TABLE t(x TEXT); INSERT INTO t VALUES('rahasia-marker');")).ok());
        auto v = (*db)->scalar(QStringLiteral("SELECT x FROM t"));
        REQUIRE(v.ok());
        CHECK(v->toString() == QStringLiteral("rahasia-marker"));
    }
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK_FALSE(f.readAll().contains("rahasia-marker"));

    auto wrong = test::fixedKey(0x43);
    auto bad = Database::open(path, &wrong, {.create = false});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.code() == ErrorCode::DatabaseCorrupt);

    auto plain = Database::open(path, nullptr, {.create = false});
    REQUIRE_FALSE(plain.ok());
    CHECK(plain.code() == ErrorCode::DatabaseCorrupt);

    auto right = test::fixedKey();
    auto again = Database::open(path, &right, {.create = false});
    REQUIRE(again.ok());
    CHECK((*again)->checkIntegrity().ok());
}

TEST_CASE("transactions roll back unless committed, nested ones are savepoints", "[store]")
{
    test::TempDir dir;
    auto key = test::fixedKey();
    auto opened = Database::open(dir.file(QStringLiteral("b.db")), &key);
    REQUIRE(opened.ok());
    Database &db = **opened;
    REQUIRE(db.execScript(QStringLiteral("CREATE TABLE t(x INTEGER);")).ok());
    auto count = [&] { return db.scalar(QStringLiteral("SELECT count(*) FROM t")).value().toInt(); };

    {
        auto tx = db.begin();
        REQUIRE(tx.ok());
        REQUIRE(db.execScript(QStringLiteral("INSERT INTO t VALUES(1);")).ok());
    }
    CHECK(count() == 0);
    {
        auto outer = db.begin();
        REQUIRE(db.execScript(QStringLiteral("INSERT INTO t VALUES(1);")).ok());
        {
            auto inner = db.begin();
            REQUIRE(inner.ok());
            CHECK_FALSE(inner->isOutermost());
            REQUIRE(db.execScript(QStringLiteral("INSERT INTO t VALUES(2);")).ok());
        } // inner rolled back
        REQUIRE(outer->commit().ok());
    }
    CHECK(count() == 1);
}

TEST_CASE("statement cache hands out a fresh statement when the cached one is busy", "[store]")
{
    test::TempDir dir;
    auto opened = Database::open(dir.file(QStringLiteral("c.db")), nullptr);
    REQUIRE(opened.ok());
    Database &db = **opened;
    REQUIRE(db.execScript(QStringLiteral("CREATE TABLE t(x INTEGER); INSERT INTO t VALUES(1),(2),(3);")).ok());
    const QString sql = QStringLiteral("SELECT x FROM t ORDER BY x");
    auto outer = db.prepare(sql);
    REQUIRE(outer.ok());
    int outerRows = 0;
    while (outer->step().value()) {
        auto inner = db.prepare(sql);
        REQUIRE(inner.ok());
        int innerRows = 0;
        while (inner->step().value())
            ++innerRows;
        CHECK(innerRows == 3);
        ++outerRows;
    }
    CHECK(outerRows == 3);
}

TEST_CASE("migrator applies numbered steps once and refuses newer schemas", "[store]")
{
    test::TempDir dir;
    auto opened = Database::open(dir.file(QStringLiteral("m.db")), nullptr);
    REQUIRE(opened.ok());
    Database &db = **opened;
    int runs = 0;
    Migrator m({
        {1, QStringLiteral("t1"),
            [&](Database &d) {
                ++runs;
                return d.execScript(QStringLiteral("CREATE TABLE a(x);"));
            }},
        {2, QStringLiteral("t2"),
            [&](Database &d) {
                ++runs;
                return d.execScript(QStringLiteral("CREATE TABLE b(x);"));
            }},
    });
    REQUIRE(m.migrate(db, 1).value() == 1);
    CHECK(db.userVersion() == 1);
    REQUIRE(m.migrate(db).value() == 2);
    REQUIRE(m.migrate(db).value() == 2);
    CHECK(runs == 2);

    Migrator failing({
        {1, QStringLiteral("t1"), [](Database &) { return Status(); }},
        {2, QStringLiteral("t2"), [](Database &) { return Status(); }},
        {3, QStringLiteral("broken"),
            [](Database &d) {
                (void)d.execScript(QStringLiteral("CREATE TABLE c(x);"));
                return Status(makeError(ErrorCode::Sql, QStringLiteral("boom")));
            }},
    });
    CHECK_FALSE(failing.migrate(db).ok());
    CHECK(db.userVersion() == 2);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name='c'")).value().toInt() == 0);

    REQUIRE(db.setUserVersion(9).ok());
    auto refused = m.migrate(db);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::SchemaTooNew);
}
