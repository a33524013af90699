#pragma once

#include <QtGlobal>

#include <rapidcheck.h>

#include <catch2/catch.hpp>

#include <sstream>
#include <string>

namespace lintas::test {

// Runs a RapidCheck property inside a Catch2 test case. By default it runs `maxSuccess` cases of
// at most `maxSize` from a fixed seed, so the suite is quick and the same on every run;
// RC_PARAMS replaces all of that (RC_PARAMS="max_success=2000" for a soak with a fresh seed,
// RC_PARAMS="seed=…" or "reproduce=…" to replay a failure). A failure prints the shrunk
// counterexample and the seed.
template<typename Testable>
void rcCheck(const std::string &description, Testable &&testable, int maxSuccess, int maxSize)
{
    using namespace rc::detail;
    TestParams params = configuration().testParams;
    if (!qEnvironmentVariableIsSet("RC_PARAMS")) {
        params.maxSuccess = maxSuccess;
        params.maxSize = maxSize;
        params.seed = 20261201;
    }
    TestMetadata metadata;
    metadata.id = description;
    metadata.description = description;
    const auto result = checkTestable(std::forward<Testable>(testable), metadata, params);
    std::ostringstream message;
    printResultMessage(result, message);
    INFO(description << " (seed " << params.seed << ", " << params.maxSuccess << " cases)\n" << message.str());
    CHECK(result.template is<SuccessResult>());
}

} // namespace lintas::test
