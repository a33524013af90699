// Part 1 of lintas-bench-ui: from the key derived to a main window the user can work in.
#include "bench/BenchDataset.h"
#include "bench/UiBench.h"

#include "cases/CaseListModel.h"
#include "cases/CaseListPage.h"
#include "casework/CaseWorkspace.h"
#include "profile/OpenProfile.h"
#include "repo/Agenda.h"
#include "repo/IntakeDrafts.h"
#include "repo/Workspace.h"
#include "shell/MainWindow.h"
#include "shell/Workbench.h"
#include "today/TodayPage.h"
#include "unlock/ProfileScreen.h"
#include "unlock/Session.h"

#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QFutureWatcherBase>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <cstdio>

namespace lintas::bench {

namespace {

// The unlock runs on a worker; its result comes back to the GUI thread as a call-out event to
// the screen's future watcher, which hands the session over right there. The last such event
// before unlocked() is that moment.
class HandOverProbe : public QObject {
public:
    explicit HandOverProbe(QObject *watcher) : m_watcher(watcher) { }
    qint64 lastCallOutNs = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_watcher && event->type() == QEvent::FutureCallOut)
            lastCallOutNs = nowNs();
        return false;
    }

private:
    QObject *m_watcher;
};

template<typename F> double timed(F &&f)
{
    const qint64 start = nowNs();
    f();
    return msSince(start);
}

// The parts of what profileUnlocked() does, one by one, on a session of their own (the window is
// locked meanwhile), so the next engineer sees where the time goes.
void breakDown(int runs)
{
    auto &ds = BenchDataset::instance();
    auto store = ds.store();
    std::vector<double> unlock, session, agendaDue, agendaCounts, recent, caseCount, assignees, drafts, today, caseList,
        caseWorkspace, firstPage;
    for (int run = 0; run < runs; ++run) {
        std::unique_ptr<profile::OpenProfile> open;
        unlock.push_back(timed([&] { open = std::move(store->unlock(ds.profileId, ds.passphrase()).value()); }));
        std::unique_ptr<ui::Session> s;
        session.push_back(timed([&] {
            s = std::move(
                ui::Session::open(std::move(open), SystemClock::instance(), SecureRandom::instance()).value());
        }));
        repo::Workspace &ws = s->workspace();
        const QDate day = QDate::currentDate();
        repo::Agenda agenda(ws.database());
        agendaDue.push_back(timed([&] {
            (void)agenda.due(repo::Agenda::Kinds::DeadlinesAndHearings, day, day.addDays(14), 200);
            (void)agenda.due(repo::Agenda::Kinds::Tasks, day, day.addDays(14), 200);
        }));
        agendaCounts.push_back(timed([&] {
            (void)agenda.counts(repo::Agenda::Kinds::DeadlinesAndHearings, day, day.addDays(14));
            (void)agenda.counts(repo::Agenda::Kinds::Tasks, day, day.addDays(14));
        }));
        recent.push_back(
            timed([&] { (void)ws.cases().list(repo::CaseFilter {}, repo::CaseSort::RecentlyUpdated, 8); }));
        caseCount.push_back(timed([&] { (void)ws.cases().count(repo::CaseFilter {}); }));
        assignees.push_back(timed([&] { (void)ws.cases().assignees(); }));
        drafts.push_back(
            timed([&] { (void)repo::IntakeDrafts(ws.database(), ws.clock(), ws.writer().random()).list(); }));
        firstPage.push_back(
            timed([&] { (void)ws.cases().list(repo::CaseFilter {}, repo::CaseSort::RecentlyUpdated, 100); }));
        today.push_back(timed([&] { delete new ui::TodayPage(ws); }));
        caseList.push_back(timed([&] { delete new ui::CaseListPage(ws); }));
        caseWorkspace.push_back(timed([&] { delete new ui::CaseWorkspace(ws, QStringLiteral("bench")); }));
    }
    std::printf("\n  Where it goes (the same steps alone, %d runs each):\n", runs);
    printStats("unlock: key derivation (bench profile: fastest) + open", unlock);
    printStats("Session::open (workspace over the open database)", session);
    printStats("Today: Agenda::due, deadlines + tasks (200 each)", agendaDue);
    printStats("Today: Agenda::counts, deadlines + tasks", agendaCounts);
    printStats("Today: 8 recently updated cases", recent);
    printStats("TodayPage constructed (all of the above + widgets)", today);
    printStats("case list: count of all cases", caseCount);
    printStats("case list: assignees (filter bar)", assignees);
    printStats("case list: intake drafts (menu)", drafts);
    printStats("CaseListPage constructed (hidden: no page read yet)", caseList);
    printStats("case list: first page (100 rows) when shown", firstPage);
    printStats("CaseWorkspace constructed (empty)", caseWorkspace);
}

} // namespace

void runUnlockBench(UiBench &b, int runs)
{
    std::printf("\n1. Unlock → interactive main window (window 1180×760, Today page first), %d runs\n", runs);
    auto *screen = b.window.findChild<ui::ProfileScreen *>();
    auto *watcher = screen ? screen->findChild<QFutureWatcherBase *>() : nullptr;
    if (!watcher) {
        std::printf("  no profile screen or unlock watcher found\n");
        return;
    }
    HandOverProbe handOver(watcher);
    qApp->installEventFilter(&handOver);
    qint64 workbenchBuiltNs = 0;
    // Connected after the main window's own connection, so this runs once profileUnlocked() returned.
    QObject::connect(screen, &ui::ProfileScreen::unlocked, screen, [&] { workbenchBuiltNs = nowNs(); });

    std::vector<double> total, worker, build, paint, clickToIdle, cases, casesAgain;
    for (int run = 0; run < runs; ++run) {
        if (b.window.isUnlocked())
            b.window.lock();
        settle();
        auto *field = b.window.findChild<QLineEdit *>(QStringLiteral("passphraseEdit"));
        auto *button = b.window.findChild<QPushButton *>(QStringLiteral("unlockButton"));
        field->setText(b.passphrase);
        settle();
        const qint64 clickNs = nowNs();
        qint64 paintedNs = 0;
        const double ms = timeUntilPainted([&] { return static_cast<QWidget *>(b.window.workbench()); },
            [&] { QTest::mouseClick(button, Qt::LeftButton); }, {}, &paintedNs);
        if (ms < 0 || !b.window.isUnlocked()) {
            std::printf("  run %d: the workbench was not painted within 5 s\n", run);
            continue;
        }
        const qint64 idleNs = clickNs + qint64(ms * 1e6);
        clickToIdle.push_back(ms);
        worker.push_back(double(handOver.lastCallOutNs - clickNs) / 1e6);
        build.push_back(double(workbenchBuiltNs - handOver.lastCallOutNs) / 1e6);
        paint.push_back(double(idleNs - workbenchBuiltNs) / 1e6);
        total.push_back(double(idleNs - handOver.lastCallOutNs) / 1e6);
        (void)paintedNs;

        // Then the user goes to the case list (Alt+2): its first page is read when it shows.
        ui::Workbench *wb = b.window.workbench();
        auto *table = wb->caseList()->findChild<QTableView *>(QStringLiteral("caseTable"));
        auto rowsShown = [wb] { return wb->caseList()->model()->rowCount() > 0; };
        cases.push_back(timeUntilPainted(
            [table] { return table->viewport(); }, [wb] { wb->showSection(ui::Section::Cases); }, rowsShown));
        casesAgain.push_back(timeUntilPainted(
            [wb] { return static_cast<QWidget *>(wb->today()); }, [wb] { wb->showSection(ui::Section::Today); }));
    }
    qApp->removeEventFilter(&handOver);
    printStats("session handed over → Today painted, loop idle", total, QStringLiteral("target ≤ 1000 ms"));
    printStats("  of which profileUnlocked() (workbench built)", build);
    printStats("  of which layout + first paint", paint);
    printStats("click Unlock → Today painted (incl. worker below)", clickToIdle);
    printStats("worker: key derivation (fastest) + open + Session", worker);
    printStats("then Alt+2: case list with its first page painted", cases);
    printStats("then Alt+1: back to Today (re-read) painted", casesAgain);
    if (b.window.isUnlocked())
        b.window.lock();
    settle();
    breakDown(runs);
}

} // namespace lintas::bench
