#include "bench/BenchDataset.h"

#include "demo/DemoDataGenerator.h"
#include "repo/Schema.h"
#include "repo/Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>

namespace lintas::bench {

namespace {

const char kPassphrase[] = "benchmark passphrase 2026";

void die(const QString &what, const Error &e)
{
    std::fprintf(stderr, "bench dataset: %s: %s %s\n", qPrintable(what), qPrintable(errorCodeName(e.code)),
        qPrintable(e.detail));
    std::exit(1);
}

} // namespace

BenchDataset &BenchDataset::instance()
{
    static BenchDataset ds = [] {
        BenchDataset d;
        d.sizeName = qEnvironmentVariable("LINTAS_BENCH_SIZE", QStringLiteral("large"));
        d.root = QDir(qEnvironmentVariable("LINTAS_BENCH_DATA", QStringLiteral("bench-data")))
                     .absoluteFilePath(d.sizeName);
        d.ensure();
        return d;
    }();
    return ds;
}

std::unique_ptr<profile::ProfileStore> BenchDataset::store()
{
    return std::make_unique<profile::ProfileStore>(
        root, m_clock, SecureRandom::instance(), repo::profileSchema(), profile::KdfStrength::FastForTests);
}

SecretBytes BenchDataset::passphrase() const
{
    return SecretBytes::fromBytes(kPassphrase, sizeof kPassphrase - 1);
}

qint64 BenchDataset::databaseBytes() const
{
    qint64 total = 0;
    const QDir dir(QStringLiteral("%1/%2").arg(root, profileId));
    for (const QFileInfo &fi : dir.entryInfoList({QStringLiteral("lintas.db*")}, QDir::Files))
        total += fi.size();
    return total;
}

void BenchDataset::ensure()
{
    auto s = store();
    auto listing = s->list();
    if (!listing.ok())
        die(QStringLiteral("list"), listing.error());
    for (const auto &p : listing->profiles) {
        if (p.displayName == QStringLiteral("bench")) {
            profileId = p.id;
            return;
        }
    }
    std::fprintf(stderr, "bench dataset: generating the %s dataset in %s (once; cached afterwards)…\n",
        qPrintable(sizeName), qPrintable(root));
    QDir().mkpath(root);
    auto created = s->create(QStringLiteral("bench"), passphrase());
    if (!created.ok())
        die(QStringLiteral("create"), created.error());
    profileId = created->info.id;
    auto open = s->unlock(profileId, passphrase());
    if (!open.ok())
        die(QStringLiteral("unlock"), open.error());
    SeededRandom random(20261122);
    auto ws = repo::Workspace::open((*open)->database(), m_clock, random);
    if (!ws.ok())
        die(QStringLiteral("workspace"), ws.error());
    const demo::DemoSize size = sizeName == QStringLiteral("small") ? demo::DemoSize::small() : demo::DemoSize::large();
    demo::DemoDataGenerator gen(**ws, 20261122);
    gen.setPageCacheMiB(2048);
    QElapsedTimer timer;
    timer.start();
    int lastPercent = -1;
    Status st = gen.generate(size, [&](int done, int total) {
        const int percent = total > 0 ? int(100.0 * done / total) : 100;
        if (percent / 10 != lastPercent / 10) {
            std::fprintf(stderr, "  %d%% (%d of %d)\n", percent, done, total);
            lastPercent = percent;
        }
        return true;
    });
    if (!st.ok())
        die(QStringLiteral("generate"), st.error());
    generationSeconds = timer.elapsed() / 1000.0;
    std::fprintf(stderr, "bench dataset: generated in %.1f s\n", generationSeconds);
}

} // namespace lintas::bench
