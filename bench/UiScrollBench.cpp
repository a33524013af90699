// Part 3 of lintas-bench-ui: scrolling through the whole case list and the Today page's tables.
#include "bench/UiBench.h"

#include "cases/CaseListModel.h"
#include "cases/CaseListPage.h"
#include "repo/Workspace.h"
#include "shell/MainWindow.h"
#include "shell/Workbench.h"
#include "today/TodayPage.h"
#include "unlock/Session.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

#include <cstdio>

namespace lintas::bench {

namespace {

constexpr double kStallMs = 50;
// Each run starts this long after the list is shown, as a person looks before scrolling (and a
// held key repeats only after about 500 ms). The list reads its next pages meanwhile (D22); a
// run started at once would time how fast a page reads from disk, not what a user waits for.
constexpr int kFirstLookMs = 300;

struct ScrollRun {
    std::vector<double> ms;
    std::vector<double> paintMs; // key press → the paint began (work queued after it not counted)
    int paintStalls = 0;
    int stalls = 0;
    int stallsReading = 0; // of those, steps that read a further page
    int noRepaint = 0;
    int slowestRow = 0;
    double slowestMs = 0;

    void add(double step, int row, bool readPage = false)
    {
        if (step < 0) {
            ++noRepaint;
            return;
        }
        ms.push_back(step);
        if (step > kStallMs) {
            ++stalls;
            stallsReading += readPage ? 1 : 0;
        }
        if (step > slowestMs) {
            slowestMs = step;
            slowestRow = row;
        }
    }
    void addPaint(double step)
    {
        if (step < 0)
            return;
        paintMs.push_back(step);
        paintStalls += step > kStallMs ? 1 : 0;
    }
    void print(const char *what, int rows) const
    {
        printStats(what, ms,
            QStringLiteral("%1 rows; steps > 50 ms: %2 (%3 of them read a page); slowest near row %4")
                .arg(rows)
                .arg(stalls)
                .arg(stallsReading)
                .arg(slowestRow));
        if (noRepaint > 0)
            std::printf("    (%d steps changed nothing on screen)\n", noRepaint);
        if (!paintMs.empty())
            printStats("  … until the paint began", paintMs, QStringLiteral("steps > 50 ms: %1").arg(paintStalls));
    }
};

// PageDown from the first row until the current row is the last one (`total`), fetching further
// pages as the view reaches the end of what is loaded.
ScrollRun pageDownThrough(QTableView *table, const std::function<int()> &total)
{
    ScrollRun run;
    table->setFocus();
    table->selectRow(0);
    settle();
    QTest::qWait(kFirstLookMs);
    // LINTAS_BENCH_VERBOSE=1 splits every stall: until the model inserts rows (reading the page),
    // the insertion itself (the view taking the rows), and the rest (layout and paint).
    const bool verbose = qEnvironmentVariableIntValue("LINTAS_BENCH_VERBOSE") > 0;
    QElapsedTimer clock;
    double aboutToInsert = -1, inserted = -1;
    const QMetaObject::Connection c1 = QObject::connect(table->model(), &QAbstractItemModel::rowsAboutToBeInserted,
        table, [&] { aboutToInsert = clock.nsecsElapsed() / 1e6; });
    const QMetaObject::Connection c2 = QObject::connect(
        table->model(), &QAbstractItemModel::rowsInserted, table, [&] { inserted = clock.nsecsElapsed() / 1e6; });
    int stuck = 0;
    while (table->currentIndex().row() < total() - 1 && stuck < 3) {
        const int before = table->currentIndex().row();
        const int rowsBefore = table->model()->rowCount();
        aboutToInsert = inserted = -1;
        qint64 startNs = 0, paintedNs = 0;
        const double ms = timeUntilPainted([table] { return table->viewport(); },
            [&] {
                clock.start();
                startNs = nowNs();
                QTest::keyClick(table, Qt::Key_PageDown);
            },
            {}, &paintedNs);
        run.add(ms, before, table->model()->rowCount() != rowsBefore);
        if (ms >= 0)
            run.addPaint((paintedNs - startNs) / 1e6);
        if (verbose && ms > kStallMs)
            std::printf("    stall at row %d: %.0f ms; rows read by %.1f ms, inserted by %.1f ms\n", before, ms,
                aboutToInsert, inserted);
        stuck = table->currentIndex().row() == before ? stuck + 1 : 0;
    }
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    return run;
}

// The scroll bar: `action` (a page step, or the thumb dragged to the bottom) until the bar stays
// at its end with every row loaded.
ScrollRun scrollBarThrough(
    QTableView *table, const std::function<int()> &total, const std::function<void(QScrollBar *)> &action)
{
    ScrollRun run;
    QScrollBar *bar = table->verticalScrollBar();
    bar->setValue(0);
    settle();
    QTest::qWait(kFirstLookMs);
    int stuck = 0;
    while (stuck < 3) {
        const int before = bar->value();
        const int rowsBefore = table->model()->rowCount();
        const double ms = timeUntilPainted([table] { return table->viewport(); }, [&] { action(bar); });
        run.add(ms, before, table->model()->rowCount() != rowsBefore);
        const bool moved = bar->value() != before || table->model()->rowCount() != rowsBefore;
        stuck = moved ? 0 : stuck + 1;
        if (table->model()->rowCount() >= total() && bar->value() == bar->maximum())
            break;
    }
    return run;
}

} // namespace

void runScrollBench(UiBench &b)
{
    if (!b.window.isUnlocked() && !b.unlock()) {
        std::printf("unlock failed\n");
        return;
    }
    ui::Workbench *wb = b.window.workbench();
    wb->showSection(ui::Section::Cases);
    ui::CaseListPage *page = wb->caseList();
    // The search bench may have left text in the box: scroll the whole list.
    page->findChild<QLineEdit *>(QStringLiteral("caseSearch"))->clear();
    page->model()->setSearchText(QString());
    settle();
    auto *table = page->findChild<QTableView *>(QStringLiteral("caseTable"));
    ui::CaseListModel *model = page->model();
    auto total = [model] { return model->totalCount(); };
    std::printf("\n3. Scrolling the case list (%d cases; pages of %d rows read as the view reaches them), window "
                "%d×%d, %d rows visible; each run starts %d ms after the list is shown\n",
        total(), ui::CaseListModel::pageSize(), b.window.width(), b.window.height(),
        table->viewport()->height() / std::max(1, table->verticalHeader()->defaultSectionSize()), kFirstLookMs);

    pageDownThrough(table, total).print("PageDown, first row to last", model->rowCount());
    model->reload();
    settle();
    scrollBarThrough(table, total, [](QScrollBar *bar) {
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
    }).print("scroll bar page steps, top to bottom", model->rowCount());
    model->reload();
    settle();
    scrollBarThrough(table, total, [](QScrollBar *bar) {
        bar->setValue(bar->maximum());
    }).print("scroll bar thumb dragged to the end, repeatedly", model->rowCount());
    // Back up, all rows loaded: no more reading, only the view.
    table->setFocus();
    table->selectRow(model->rowCount() - 1);
    table->scrollToBottom();
    settle();
    ScrollRun up;
    while (table->currentIndex().row() > 0) {
        const int before = table->currentIndex().row();
        up.add(timeUntilPainted(
                   [table] { return table->viewport(); }, [table] { QTest::keyClick(table, Qt::Key_PageUp); }),
            before);
        if (table->currentIndex().row() == before)
            break;
    }
    up.print("PageUp, last row to first (all rows loaded)", model->rowCount());
    model->reload();
    settle();
    if (qEnvironmentVariableIntValue("LINTAS_BENCH_VERBOSE") > 0) {
        // The page reads alone, as the model makes them, without the view: after the runs above, so
        // that a run from a cold file cache stays cold.
        repo::Workspace &ws = b.window.session()->workspace();
        std::vector<double> reads;
        QElapsedTimer t;
        repo::CaseListCursor after;
        for (bool first = true;; first = false) {
            t.start();
            auto read = first
                ? ws.cases().list({}, repo::CaseSort::RecentlyUpdated, ui::CaseListModel::pageSize())
                : ws.cases().listAfter({}, repo::CaseSort::RecentlyUpdated, ui::CaseListModel::pageSize(), after);
            reads.push_back(t.nsecsElapsed() / 1e6);
            if (!read.ok() || read->isEmpty())
                break;
            after = read->last().cursor;
        }
        printStats("case list pages read alone (CaseRepository::listAfter)", reads);
    }

    wb->showSection(ui::Section::Today);
    settle();
    ui::TodayPage *today = wb->today();
    for (const char *name : {"deadlineTable", "taskTable"}) {
        auto *t = today->findChild<QTableView *>(QString::fromLatin1(name));
        if (!t || t->model()->rowCount() == 0)
            continue;
        const int rows = t->model()->rowCount();
        pageDownThrough(t, [rows] {
            return rows;
        }).print(qPrintable(QStringLiteral("Today, %1: PageDown first to last").arg(QString::fromLatin1(name))), rows);
    }
}

} // namespace lintas::bench
