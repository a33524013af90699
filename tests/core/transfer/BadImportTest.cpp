#include "TransferTestData.h"
#include "sync/OutboxReplay.h"
#include "transfer/DataExporter.h"
#include "transfer/DataImporter.h"

#include <catch2/catch.hpp>

using namespace lintas;
using namespace lintas::transfer;

namespace {

QByteArray header()
{
    return R"({"format":"lintas-export","version":1,"entities":)";
}

struct Rejected {
    Error error;
    bool unchanged;
};

// Imports `file` into a profile that already holds data and reports whether anything changed.
Rejected rejectedImport(const QByteArray &file)
{
    test::WorkspaceFixture f;
    test::fillRichDataset(f);
    const int outboxBefore = f.outboxCount();
    const QStringList dumpBefore = sync::OutboxReplay::canonicalDump(*f.db).value();
    auto result = DataImporter(*f.ws).importJson(file);
    REQUIRE_FALSE(result.ok());
    const bool unchanged
        = f.outboxCount() == outboxBefore && sync::OutboxReplay::canonicalDump(*f.db).value() == dumpBefore;
    return {result.error(), unchanged};
}

} // namespace

TEST_CASE("a truncated file changes nothing", "[transfer]")
{
    test::WorkspaceFixture source;
    test::fillRichDataset(source);
    const QByteArray full = DataExporter(*source.ws).toJson().value();
    auto r = rejectedImport(full.left(full.size() * 2 / 3));
    CHECK(r.error.code == ErrorCode::Validation);
    CHECK(r.error.detail.contains(QStringLiteral("JSON error")));
    CHECK(r.unchanged);
}

TEST_CASE("wrong format or version changes nothing", "[transfer]")
{
    auto wrongVersion = rejectedImport(R"({"format":"lintas-export","version":2,"entities":{}})");
    CHECK(wrongVersion.error.code == ErrorCode::Validation);
    CHECK(wrongVersion.error.field == QStringLiteral("version"));
    CHECK(wrongVersion.unchanged);
    auto wrongFormat = rejectedImport(R"({"format":"something-else","version":1,"entities":{}})");
    CHECK(wrongFormat.error.field == QStringLiteral("format"));
    CHECK(wrongFormat.unchanged);
}

TEST_CASE("a case whose client is neither in the file nor in the profile is refused", "[transfer]")
{
    auto r = rejectedImport(header() + R"({
        "client":[{"id":"c1","full_name":"Wartini"}],
        "case":[{"id":"k1","client_id":"c1","status":"intake"},{"id":"k2","client_id":"nobody","status":"intake"}]}})");
    CHECK(r.error.code == ErrorCode::Validation);
    CHECK(r.error.field == QStringLiteral("client_id"));
    CHECK(r.error.detail.contains(QStringLiteral("case #2 (id k2)")));
    CHECK(r.error.detail.contains(QStringLiteral("nobody")));
    CHECK(r.unchanged); // c1 and k1 were fine, but nothing is written when anything is wrong
}

TEST_CASE("a bad date, a bad code, a wrong type or an unknown name changes nothing", "[transfer]")
{
    auto badDate
        = rejectedImport(header() + R"({"client":[{"id":"c1","full_name":"Marni","birth_date":"1990-02-30"}]}})");
    CHECK(badDate.error.field == QStringLiteral("birth_date"));
    CHECK(badDate.error.detail.contains(QStringLiteral("client #1 (id c1)")));
    CHECK(badDate.unchanged);

    auto badCode = rejectedImport(header() + R"({"client":[{"id":"c1","full_name":"Marni","gender":"f"}]}})");
    CHECK(badCode.error.field == QStringLiteral("gender"));
    CHECK(badCode.error.detail.contains(QStringLiteral("unknown code 'f'")));
    CHECK(badCode.unchanged);

    auto badSetCode = rejectedImport(header() + R"({"client":[{"id":"c1","full_name":"Marni"}],
        "case":[{"id":"k1","client_id":"c1","status":"intake","sets":{"case_types":["unpaid_wages","gaji"]}}]}})");
    CHECK(badSetCode.error.field == QStringLiteral("case_types"));
    CHECK(badSetCode.unchanged);

    auto wrongType = rejectedImport(header() + R"({"claim":[{"id":"x","amount_claimed":"5100.00"}]}})");
    CHECK(wrongType.error.field == QStringLiteral("amount_claimed"));
    CHECK(wrongType.unchanged);

    auto fraction = rejectedImport(header() + R"({"claim_payment":[{"id":"x","amount":12.5}]}})");
    CHECK(fraction.error.field == QStringLiteral("amount"));

    auto unknownField = rejectedImport(header() + R"({"client":[{"id":"c1","full_name":"Marni","shoe_size":38}]}})");
    CHECK(unknownField.error.field == QStringLiteral("shoe_size"));
    CHECK(unknownField.unchanged);

    auto unknownEntity = rejectedImport(header() + R"({"spaceship":[]}})");
    CHECK(unknownEntity.error.detail.contains(QStringLiteral("spaceship")));
    CHECK(unknownEntity.unchanged);

    auto badNik = rejectedImport(header() + R"({"client":[{"id":"c1","full_name":"Marni","nik":"12345"}]}})");
    CHECK(badNik.error.field == QStringLiteral("nik"));

    auto duplicate
        = rejectedImport(header() + R"({"client":[{"id":"c1","full_name":"A"},{"id":"c1","full_name":"B"}]}})");
    CHECK(duplicate.error.field == QStringLiteral("id"));
    CHECK(duplicate.unchanged);
}
