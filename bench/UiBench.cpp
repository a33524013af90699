// lintas-bench-ui: the desktop app on the seeded "large" dataset (see BenchDataset.h and
// docs/benchmarks.md), on the offscreen platform: unlock to an interactive main window, search as
// you type, and scrolling the full case list. Each figure is p50/p95/max over its repetitions.
//
// lintas-bench-ui [unlock] [search] [scroll]   (default: all three)
#include "bench/UiBench.h"
#include "bench/BenchDataset.h"

#include "i18n/LanguageManager.h"
#include "profile/OpenProfile.h"
#include "repo/Workspace.h"
#include "shell/MainWindow.h"
#include "store/Database.h"
#include "unlock/ProfileService.h"
#include "unlock/Session.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <cstdio>

using namespace lintas;

namespace {

// Before any window: a dataset made by an older build is migrated at its first unlock; that
// happens once and is not what the user waits for on the next unlocks.
bool openOnce()
{
    auto &ds = bench::BenchDataset::instance();
    auto store = ds.store();
    QElapsedTimer timer;
    timer.start();
    auto open = store->unlock(ds.profileId, ds.passphrase());
    if (!open.ok()) {
        std::fprintf(stderr, "unlock failed: %s\n", qPrintable(open.error().detail));
        return false;
    }
    std::printf("first unlock of this run (with any pending migration): %.1f s\n", timer.elapsed() / 1000.0);
    return true;
}

void printFacts(ui::MainWindow &window)
{
    auto &ds = bench::BenchDataset::instance();
    if (!window.isUnlocked())
        return;
    store::Database &db = window.session()->profile().database();
    auto count = [&](const char *table) {
        auto n = db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table)));
        return n.ok() ? n->toLongLong() : -1LL;
    };
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("\nDataset '%s' at %s\n", qPrintable(ds.sizeName), qPrintable(ds.root));
    std::printf("  clients %lld, cases %lld, notes %lld, deadlines %lld\n", count("clients"), count("cases"),
        count("notes"), count("deadlines"));
    std::printf("  database size on disk: %.1f MiB\n", ds.databaseBytes() / 1048576.0);
    std::printf("  peak resident memory of this process: %.1f MiB\n", usage.ru_maxrss / 1024.0);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The app remembers the last profile and the language in its settings: keep the user's apart.
    QTemporaryDir settingsDir;
    qputenv("XDG_CONFIG_HOME", settingsDir.path().toUtf8());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Lintas"));
    QCoreApplication::setApplicationName(QStringLiteral("lintas-bench-ui"));
    QStringList parts = app.arguments().mid(1);
    if (parts.isEmpty())
        parts = {QStringLiteral("unlock"), QStringLiteral("search"), QStringLiteral("scroll")};

    auto &ds = bench::BenchDataset::instance();
    if (!openOnce())
        return 1;
    ui::LanguageManager languages;
    languages.setLanguage(qEnvironmentVariable("LINTAS_BENCH_LANGUAGE", QStringLiteral("id")));
    ui::ProfileService profiles(ds.root, profile::KdfStrength::FastForTests);
    ui::MainWindow window(profiles, languages);
    window.resize(1180, 760);
    window.show();
    window.activateWindow();
    if (!QTest::qWaitForWindowExposed(&window)) {
        std::fprintf(stderr, "the window was not shown\n");
        return 1;
    }
    const QByteArray pass = ds.passphrase().exposeCopy();
    bench::UiBench bench {languages, profiles, window, QString::fromUtf8(pass)};
    // One unlock untimed: the OS page cache and SQLCipher settle, as on a laptop in use.
    if (!bench.unlock()) {
        std::fprintf(stderr, "unlock failed\n");
        return 1;
    }
    std::printf("platform %s, Qt %s, language %s\n", qPrintable(QGuiApplication::platformName()), qVersion(),
        qPrintable(languages.language()));
    if (parts.contains(QStringLiteral("unlock")))
        bench::runUnlockBench(bench, 12);
    if (parts.contains(QStringLiteral("search")))
        bench::runSearchBench(bench, 200);
    if (parts.contains(QStringLiteral("scroll")))
        bench::runScrollBench(bench);
    if (!window.isUnlocked())
        bench.unlock();
    printFacts(window);
    window.lock();
    return 0;
}
