#pragma once

#include "base/Result.h"
#include "demo/DemoSize.h"

#include <QVector>

#include <cstdint>
#include <functional>

namespace lintas::repo {
class Workspace;
}

namespace lintas::demo {

// Fills a profile with realistic, reproducible demo data — for trying the app, training new
// caseworkers without real client data, screenshots and performance checks. Everything is
// written through the repositories (the one write path), so demo data has outbox records, field
// clocks and search entries exactly like typed data.
//
// Deterministic: the same seed and size give the same records (ids included) on the same
// clock, whatever the workspace's own random source. So generating twice with one seed into
// one profile collides; that is refused with a Validation error asking for another seed.
class DemoDataGenerator {
public:
    // progress(done, total) after each batch of ~2,000 records; return false to cancel. Counted
    // in main records (DemoSize::total()); batches already committed stay.
    using Progress = std::function<bool(int done, int total)>;

    DemoDataGenerator(repo::Workspace &workspace, std::uint64_t seed);

    Status generate(const DemoSize &size, const Progress &progress = {});
    // Page cache while generating (default 128 MiB). Benchmarks that build the large dataset
    // give it more so that index pages are decrypted once, not again after every eviction.
    void setPageCacheMiB(int mib) { m_pageCacheMiB = mib; }
    // Every record written by the last generate(), including phones, parties, claims, payments,
    // referrals, participant counts and the organisation directory.
    qint64 recordsWritten() const { return m_records; }

    // Splits `total` over items in proportion to `weights` (≥ 0), exactly, with the remainder
    // going to random items. Public for tests.
    static QVector<int> allocate(int total, const QVector<double> &weights, class DemoRandom &random);

private:
    Status run(const DemoSize &size, const Progress &progress);

    repo::Workspace &m_workspace;
    std::uint64_t m_seed;
    int m_pageCacheMiB = 128;
    qint64 m_records = 0;
};

} // namespace lintas::demo
