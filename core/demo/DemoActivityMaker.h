#pragma once

#include "base/Result.h"
#include "demo/DemoContext.h"

namespace lintas::demo {

// Programme activities in the villages where clients come from — consultations, village
// discussions, knowledge-sharing sessions, trainings in stages, reintegration sessions — with
// participants counted by gender and age band, as funders ask for them.
class DemoActivityMaker {
public:
    explicit DemoActivityMaker(DemoContext &context) : m_ctx(context) { }

    Status make();

private:
    Status addCounts(const QString &activityId, const QString &kind);

    DemoContext &m_ctx;
};

} // namespace lintas::demo
