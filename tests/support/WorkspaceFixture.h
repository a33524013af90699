#pragma once

#include "base/Clock.h"
#include "base/RandomSource.h"
#include "repo/Schema.h"
#include "repo/Workspace.h"
#include "store/Database.h"
#include "support/TempDir.h"
#include "support/TestKeys.h"

#include <catch2/catch.hpp>

#include <memory>

namespace lintas::test {

// An encrypted, migrated database with a Workspace on a manual clock and seeded randomness.
struct WorkspaceFixture {
    TempDir dir;
    ManualClock clock {1'795'000'000'000}; // 2026-11-18 11:06 UTC
    SeededRandom random {7};
    std::unique_ptr<store::Database> db;
    std::unique_ptr<repo::Workspace> ws;

    explicit WorkspaceFixture(std::uint64_t seed = 7) : random(seed)
    {
        auto key = fixedKey();
        auto opened = store::Database::open(dir.file(QStringLiteral("ws.db")), &key);
        REQUIRE(opened.ok());
        db = std::move(opened.value());
        REQUIRE(repo::profileSchema().migrate(*db).ok());
        auto w = repo::Workspace::open(*db, clock, random);
        REQUIRE(w.ok());
        ws = std::move(w.value());
    }

    domain::Client addClient(const QString &name)
    {
        domain::Client c;
        c.fullName = name;
        c.gender = QStringLiteral("female");
        c.status = QStringLiteral("returned");
        auto r = ws->clients().create(c);
        REQUIRE(r.ok());
        return *r;
    }

    domain::Case addCase(const QString &clientId, const QStringList &types = {QStringLiteral("unpaid_wages")})
    {
        domain::Case c;
        c.clientId = clientId;
        c.caseTypes = types;
        c.jurisdictions = {QStringLiteral("hk")};
        auto r = ws->cases().create(c);
        REQUIRE(r.ok());
        return *r;
    }

    int outboxCount() { return db->scalar(QStringLiteral("SELECT count(*) FROM outbox")).value().toInt(); }
};

} // namespace lintas::test
