#pragma once

#include "base/Result.h"
#include "demo/DemoContext.h"
#include "domain/Deadline.h"

namespace lintas::demo {

// What happens to a case over time: deadlines suggested by the DeadlineCalculator from the
// case's facts (keeping rule id, version and source), hearings and tasks set by hand, and the
// append-only timeline of interviews, calls, visits and meetings, in Indonesian.
class DemoTimelineMaker {
public:
    explicit DemoTimelineMaker(DemoContext &context) : m_ctx(context) { }

    // Exactly `count` deadlines for the case (rule-based first, then hearings and tasks).
    Status deadlines(const DemoCase &k, int count);
    // Exactly `count` notes for the case, oldest first, the first one the intake interview.
    Status notes(const DemoCase &k, int count);

private:
    Status write(domain::Deadline d);

    DemoContext &m_ctx;
};

} // namespace lintas::demo
