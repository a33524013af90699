#include "base/Result.h"

#include <QString>

#include <memory>

#include <catch2/catch.hpp>

using namespace lintas;

namespace {

Result<int> number(int value)
{
    if (value < 0)
        return makeError(ErrorCode::Validation, QStringLiteral("negative"), QStringLiteral("value"));
    return value;
}

Result<std::unique_ptr<int>> boxed(int value)
{
    if (value < 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("no box"));
    return std::make_unique<int>(value);
}

// Two unwraps in one function, declared and reused: the temporaries must not collide.
Result<int> sum(int a, int b, int *reached)
{
    LINTAS_TRY_ASSIGN(const int first, number(a));
    *reached = 1;
    int second = 0;
    LINTAS_TRY_ASSIGN(second, number(b));
    *reached = 2;
    return first + second;
}

Status unbox(int value, int *out)
{
    LINTAS_TRY_ASSIGN(std::unique_ptr<int> box, boxed(value));
    *out = *box;
    return {};
}

} // namespace

TEST_CASE("LINTAS_TRY_ASSIGN unwraps values and returns errors early", "[base]")
{
    int reached = 0;
    SECTION("both values present")
    {
        const Result<int> r = sum(2, 3, &reached);
        REQUIRE(r.ok());
        CHECK(*r == 5);
        CHECK(reached == 2);
    }
    SECTION("the first error returns before anything after it runs")
    {
        const Result<int> r = sum(-1, 3, &reached);
        REQUIRE_FALSE(r.ok());
        CHECK(r.code() == ErrorCode::Validation);
        CHECK(r.error().field == QStringLiteral("value"));
        CHECK(reached == 0);
    }
    SECTION("an error in an assignment to an existing variable")
    {
        const Result<int> r = sum(2, -3, &reached);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().detail == QStringLiteral("negative"));
        CHECK(reached == 1);
    }
}

TEST_CASE("LINTAS_TRY_ASSIGN moves out move-only values and works in Status functions", "[base]")
{
    int out = 0;
    REQUIRE(unbox(7, &out).ok());
    CHECK(out == 7);
    out = 0;
    const Status failed = unbox(-1, &out);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.code() == ErrorCode::NotFound);
    CHECK(out == 0);
}
