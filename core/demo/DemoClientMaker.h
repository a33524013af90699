#pragma once

#include "base/Result.h"
#include "demo/DemoContext.h"

namespace lintas::demo {

// One worker with her identity documents, home address, next of kin and phone history — the
// numbers she used abroad and at home, with the dates each was in use.
class DemoClientMaker {
public:
    explicit DemoClientMaker(DemoContext &context) : m_ctx(context) { }

    Result<DemoClient> make();

private:
    Status addPhones(const DemoClient &client, const QDate &leftHome, const QDate &cameHome);

    DemoContext &m_ctx;
};

} // namespace lintas::demo
