#pragma once

#include "base/Clock.h"
#include "base/RandomSource.h"
#include "crypto/SecretBytes.h"
#include "profile/ProfileStore.h"

#include <QString>

#include <memory>

namespace lintas::bench {

// The seeded dataset the benchmarks run on, generated once into a cache directory
// ($LINTAS_BENCH_DATA, default ./bench-data) through the real write path.
// $LINTAS_BENCH_SIZE = large (default: 50,000 clients, 60,000 cases, 500,000 notes,
// 100,000 deadlines) or small (for a quick look).
struct BenchDataset {
    QString root;
    QString profileId;
    QString sizeName;
    double generationSeconds = 0; // 0 when reused from the cache

    static BenchDataset &instance();
    std::unique_ptr<profile::ProfileStore> store();
    SecretBytes passphrase() const;
    qint64 databaseBytes() const; // db + wal files

private:
    void ensure();
    SystemClock m_clock;
};

} // namespace lintas::bench
