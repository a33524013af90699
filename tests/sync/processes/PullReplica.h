#pragma once

#include "base/Clock.h"
#include "repo/Schema.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "sync/Change.h"
#include "sync/ChangeApplier.h"
#include "sync/HybridLogicalClock.h"
#include "sync/OutboxReplay.h"

#include <catch2/catch.hpp>

namespace lintas::test {

// A profile's outbox, oldest first: what its pushes put in the space's log, in that order.
inline QVector<sync::Change> outboxChanges(store::Database &db)
{
    QVector<sync::Change> out;
    auto st = db.prepare(QStringLiteral(
        "SELECT change_id, device_seq, hlc, entity, entity_id, op, payload FROM outbox ORDER BY device_seq"));
    REQUIRE(st.ok());
    for (;;) {
        auto row = st->step();
        REQUIRE(row.ok());
        if (!*row)
            break;
        auto change = sync::Change::fromOutbox(st->text(0), st->int64(1), sync::Hlc::fromRaw(st->int64(2)), st->text(3),
            st->text(4), st->text(5), st->text(6).toUtf8());
        REQUIRE(change.ok());
        out << *change;
    }
    return out;
}

inline QStringList canonicalDump(store::Database &db)
{
    auto d = sync::OutboxReplay::canonicalDump(db);
    REQUIRE(d.ok());
    return *d;
}

// What a profile that applied exactly the first `count` of `changes` holds (in memory).
inline QStringList dumpAfter(const QVector<sync::Change> &changes, qint64 count)
{
    auto replica = store::Database::open(QStringLiteral(":memory:"), nullptr);
    REQUIRE(replica.ok());
    REQUIRE(repo::profileSchema().migrate(**replica).ok());
    ManualClock clock(0);
    sync::HybridLogicalClock hlc(clock);
    sync::ChangeApplier applier(**replica, hlc);
    auto tx = (*replica)->begin();
    REQUIRE(tx.ok());
    for (qint64 i = 0; i < count; ++i)
        REQUIRE(applier.apply(changes.at(i)).ok());
    REQUIRE(tx->commit().ok());
    return canonicalDump(**replica);
}

} // namespace lintas::test
