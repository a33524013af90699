#include "StoreTestSupport.h"

#include "protocol/LogChain.h"

#include <QFile>
#include <QFileInfo>

using namespace lintas;
using namespace lintas::server;
using namespace lintas::test::storage;

TEST_CASE("migrate is safe on every start and records the schema version in meta", "[server-store]")
{
    test::TempDir dir;
    auto store = openFresh(dir); // openServerStore ran migrate() once already
    REQUIRE(store->createSpace(spaceId(1), QStringLiteral("LBH Lampung"), 1000).ok());
    REQUIRE(store->migrate().ok());
    REQUIRE(store->migrate().ok());
    auto version = store->meta(QStringLiteral("schema_version"));
    REQUIRE(version.ok());
    CHECK(*version == QByteArray("1"));
    auto spaces = store->spaces();
    REQUIRE(spaces.ok());
    REQUIRE(spaces->size() == 1);
    CHECK(spaces->at(0).name == QStringLiteral("LBH Lampung"));
}

TEST_CASE("a store whose schema is newer than this server is refused", "[server-store]")
{
    test::TempDir dir;
    auto store = openFresh(dir);
    REQUIRE(store->setMeta(QStringLiteral("schema_version"), QByteArray("99")).ok());
    auto again = store->migrate();
    REQUIRE_FALSE(again.ok());
    CHECK(again.code() == ErrorCode::SchemaTooNew);
}

TEST_CASE("meta: unset is null, setMeta replaces, metaOrInit keeps the first value", "[server-store]")
{
    test::TempDir dir;
    auto store = openFresh(dir);
    auto unset = store->meta(QStringLiteral("log_generation"));
    REQUIRE(unset.ok());
    CHECK(unset->isNull());

    const QByteArray first("\x01\x00\x02gen-one", 10);
    auto init = store->metaOrInit(QStringLiteral("log_generation"), first);
    REQUIRE(init.ok());
    CHECK(*init == first);
    auto kept = store->metaOrInit(QStringLiteral("log_generation"), QByteArray("gen-two"));
    REQUIRE(kept.ok());
    CHECK(*kept == first);

    REQUIRE(store->setMeta(QStringLiteral("log_generation"), QByteArray("gen-three")).ok());
    CHECK(store->meta(QStringLiteral("log_generation")).value() == QByteArray("gen-three"));
    REQUIRE(store->setMeta(QStringLiteral("token_secret"), QByteArray(32, '\0')).ok());
    CHECK(store->meta(QStringLiteral("token_secret")).value() == QByteArray(32, '\0'));
    CHECK(store->meta(QStringLiteral("log_generation")).value() == QByteArray("gen-three"));
}

TEST_CASE("createSpace: a taken id is AlreadyExists, new spaces start at the genesis head", "[server-store]")
{
    test::TempDir dir;
    auto store = openFresh(dir);
    REQUIRE(store->createSpace(spaceId(2), QStringLiteral("SBMI Indramayu"), 2000).ok());
    REQUIRE(store->createSpace(spaceId(1), QStringLiteral("LBH Lampung"), 1000).ok());
    auto again = store->createSpace(spaceId(1), QStringLiteral("another"), 3000);
    REQUIRE_FALSE(again.ok());
    CHECK(codeName(again.code()) == codeName(ErrorCode::AlreadyExists));

    auto spaces = store->spaces();
    REQUIRE(spaces.ok());
    REQUIRE(spaces->size() == 2);
    CHECK(spaces->at(0).spaceId == spaceId(1)); // oldest first
    CHECK(spaces->at(0).name == QStringLiteral("LBH Lampung"));
    CHECK(spaces->at(0).createdAt == 1000);
    CHECK(spaces->at(0).head.seq == 0);
    CHECK(spaces->at(0).head.chain == protocol::LogChain::genesis());
    CHECK(spaces->at(1).spaceId == spaceId(2));

    auto head = store->head(spaceId(1));
    REQUIRE(head.ok());
    CHECK(head->seq == 0);
    CHECK(head->chain == protocol::LogChain::genesis());
    auto missing = store->head(spaceId(9));
    REQUIRE_FALSE(missing.ok());
    CHECK(codeName(missing.code()) == codeName(ErrorCode::NotFound));
}

TEST_CASE("inTransaction rolls back every call in it when the work fails", "[server-store]")
{
    test::TempDir dir;
    auto store = openFresh(dir);
    REQUIRE(store->createSpace(spaceId(1), QStringLiteral("kept"), 1).ok());

    auto failed = store->inTransaction([&]() -> Status {
        LINTAS_TRY(store->createSpace(spaceId(2), QStringLiteral("gone"), 2));
        LINTAS_TRY(store->setMeta(QStringLiteral("k"), QByteArray("v")));
        LINTAS_TRY(store->append(spaceId(1), deviceId(1), {item(1, 1)}, 3));
        LINTAS_TRY(store->addDevice(deviceRecord(1)));
        LINTAS_TRY(store->appendMembership(
            spaceId(1), {1, QByteArray("entry"), QByteArray(32, 'h')}, {{deviceId(1), QStringLiteral("admin")}}));
        LINTAS_TRY(store->putKeyWrap({spaceId(1), 1, deviceId(1), QByteArray("sealed"), 4}));
        return makeError(ErrorCode::Validation, QStringLiteral("the work failed"));
    });
    REQUIRE_FALSE(failed.ok());
    CHECK(codeName(failed.code()) == codeName(ErrorCode::Validation));

    CHECK(store->spaces().value().size() == 1);
    CHECK(store->meta(QStringLiteral("k")).value().isNull());
    CHECK(store->head(spaceId(1)).value().seq == 0);
    CHECK(store->device(deviceId(1)).code() == ErrorCode::NotFound);
    CHECK(store->membership(spaceId(1), 0).value().isEmpty());
    CHECK(store->memberRole(spaceId(1), deviceId(1)).value().isEmpty());
    CHECK(store->keyWraps(spaceId(1), deviceId(1)).value().isEmpty());

    // A later append numbers from 1 again: the rolled-back record left no hole.
    auto acks = store->append(spaceId(1), deviceId(1), {item(1, 1)}, 5);
    REQUIRE(acks.ok());
    CHECK(acks->at(0).outcome == PushOutcome::Stored);
    CHECK(acks->at(0).seq == 1);
}

TEST_CASE(
    "nested inTransaction: an inner failure undoes the inner work only, an outer one undoes all", "[server-store]")
{
    test::TempDir dir;
    auto store = openFresh(dir);

    auto outer = store->inTransaction([&]() -> Status {
        LINTAS_TRY(store->createSpace(spaceId(1), QStringLiteral("outer"), 1));
        auto inner = store->inTransaction([&]() -> Status {
            LINTAS_TRY(store->createSpace(spaceId(2), QStringLiteral("inner"), 2));
            return makeError(ErrorCode::Cancelled, QStringLiteral("inner gives up"));
        });
        if (inner.ok())
            return makeError(ErrorCode::Internal, QStringLiteral("inner should have failed"));
        // A failing call inside (a duplicate) leaves the surrounding transaction usable.
        if (store->createSpace(spaceId(1), QStringLiteral("dup"), 3).code() != ErrorCode::AlreadyExists)
            return makeError(ErrorCode::Internal, QStringLiteral("duplicate not refused"));
        return store->createSpace(spaceId(3), QStringLiteral("after"), 4);
    });
    REQUIRE(outer.ok());
    auto spaces = store->spaces();
    REQUIRE(spaces.ok());
    REQUIRE(spaces->size() == 2);
    CHECK(spaces->at(0).spaceId == spaceId(1));
    CHECK(spaces->at(1).spaceId == spaceId(3));

    auto failed = store->inTransaction([&]() -> Status {
        LINTAS_TRY(store->inTransaction([&]() -> Status { return store->createSpace(spaceId(4), QString(), 5); }));
        LINTAS_TRY(store->append(spaceId(1), deviceId(1), {item(1, 1), item(2, 2)}, 6));
        return makeError(ErrorCode::Cancelled, QStringLiteral("outer gives up"));
    });
    REQUIRE_FALSE(failed.ok());
    CHECK(store->spaces().value().size() == 2);
    CHECK(store->head(spaceId(1)).value().seq == 0);
    CHECK(store->head(spaceId(4)).code() == ErrorCode::NotFound);
}

TEST_CASE("a store opened again at the same place sees everything written before", "[server-store]")
{
    test::TempDir dir;
    const test::StoreLocation where = freshLocation(dir);
    LogHead headBefore;
    {
        auto store = openAt(where);
        REQUIRE(store->setMeta(QStringLiteral("log_generation"), QByteArray("g1")).ok());
        REQUIRE(store->createSpace(spaceId(1), QStringLiteral("LBH"), 10).ok());
        REQUIRE(store->addDevice(deviceRecord(1)).ok());
        appendRecords(*store, spaceId(1), deviceId(1), 1, 5);
        REQUIRE(store
                    ->appendMembership(spaceId(1), {1, QByteArray("e1"), QByteArray(32, 'a')},
                        {{deviceId(1), QStringLiteral("admin")}})
                    .ok());
        REQUIRE(store
                    ->addInvite({id('I', 1), spaceId(1), QByteArray(32, 'v'), QStringLiteral("member"), deviceId(1), 20,
                        30, 0, {}})
                    .ok());
        REQUIRE(store->putKeyWrap({spaceId(1), 1, deviceId(1), QByteArray("sealed-1"), 40}).ok());
        headBefore = store->head(spaceId(1)).value();
    }
    auto store = openAt(where);
    CHECK(store->meta(QStringLiteral("log_generation")).value() == QByteArray("g1"));
    auto head = store->head(spaceId(1));
    REQUIRE(head.ok());
    CHECK(head->seq == 5);
    CHECK(head->chain == headBefore.chain);
    auto records = store->read(spaceId(1), 0, 100, 1 << 20);
    REQUIRE(records.ok());
    REQUIRE(records->size() == 5);
    CHECK(records->at(4).envelope == envelope(5));
    CHECK(store->device(deviceId(1)).value().label == deviceRecord(1).label);
    CHECK(store->memberRole(spaceId(1), deviceId(1)).value() == QStringLiteral("admin"));
    CHECK(store->invite(id('I', 1)).value().createdBy == deviceId(1));
    CHECK(store->keyWraps(spaceId(1), deviceId(1)).value().size() == 1);
    CHECK(store->lastDeviceSeq(spaceId(1), deviceId(1)).value() == 5);
}

TEST_CASE("openServerStore says clearly what is wrong with its arguments", "[server-store]")
{
    test::TempDir dir;
    auto neither = server::openServerStore(QString(), QString());
    REQUIRE_FALSE(neither.ok());
    CHECK(codeName(neither.code()) == codeName(ErrorCode::InvalidArgument));

    auto mysql = server::openServerStore(dir.path(), QStringLiteral("mysql://user:secret@127.0.0.1/db"));
    REQUIRE_FALSE(mysql.ok());
    CHECK(codeName(mysql.code()) == codeName(ErrorCode::InvalidArgument));
    CHECK_FALSE(mysql.error().detail.contains(QStringLiteral("secret")));

    QFile file(dir.file(QStringLiteral("not-a-dir")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    auto onFile = server::openServerStore(dir.file(QStringLiteral("not-a-dir")), QString());
    REQUIRE_FALSE(onFile.ok());
    CHECK(codeName(onFile.code()) == codeName(ErrorCode::Io));

    // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
    auto unreachable = server::openServerStore(
        QString(), QStringLiteral("postgresql://lintas:secret@127.0.0.1:1/lintas?connect_timeout=5"));
    REQUIRE_FALSE(unreachable.ok());
    CHECK(codeName(unreachable.code()) == codeName(ErrorCode::Io));
    CHECK_FALSE(unreachable.error().detail.contains(QStringLiteral("secret")));
}

TEST_CASE("the SQLite store creates its data directory for the owner only", "[server-store]")
{
    test::TempDir dir;
    const QString dataDir = dir.file(QStringLiteral("nested/data"));
    auto store = server::openServerStore(dataDir, QString());
    REQUIRE(store.ok());
    const QFileInfo info(dataDir);
    REQUIRE(info.isDir());
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    CHECK((info.permissions() & others) == QFileDevice::Permissions());
    CHECK(info.permissions().testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    CHECK(QFileInfo::exists(dataDir + QStringLiteral("/lintas-server.db")));
}
