#include "today/TodayPage.h"
#include "i18n/LanguageManager.h"
#include "support/QtPrinters.h"
#include "support/WorkspaceFixture.h"
#include "today/AgendaModel.h"
#include "ui/FindChild.h"
#include "ui/UiWait.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lintas;
using test::child;

namespace {

struct Agenda {
    test::WorkspaceFixture f;
    ui::LanguageManager languages;
    QDate today = QDate(2026, 11, 18); // the fixture's clock
    domain::Case kase;

    Agenda()
    {
        languages.setLanguage(QStringLiteral("en"));
        kase = f.addCase(f.addClient(QStringLiteral("Siti Aminah")).id);
        add(QStringLiteral("Labour Tribunal hearing"), today.addDays(5), QStringLiteral("hearing"));
        add(QStringLiteral("Notice of claim to the employer"), today.addDays(-3), QStringLiteral("notice_of_claim"));
        add(QStringLiteral("Ask BP3MI for the contract"), today, QStringLiteral("task"));
        add(QStringLiteral("Limitation period"), today.addDays(60), QStringLiteral("limitation"));
    }

    void add(const QString &title, const QDate &due, const QString &kind)
    {
        domain::Deadline d;
        d.caseId = kase.id;
        d.title = title;
        d.dueOn = due;
        d.kind = kind;
        REQUIRE(f.ws->deadlines().create(d).ok());
    }
};

} // namespace

TEST_CASE("the agenda model says how far off each deadline is", "[ui][today]")
{
    ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    const QDate today(2026, 11, 18);
    CHECK(ui::AgendaModel::relativeDay(today, today) == QStringLiteral("today"));
    CHECK(ui::AgendaModel::relativeDay(today.addDays(1), today) == QStringLiteral("tomorrow"));
    CHECK(ui::AgendaModel::relativeDay(today.addDays(5), today) == QStringLiteral("in 5 days"));
    CHECK(ui::AgendaModel::relativeDay(today.addDays(-1), today) == QStringLiteral("1 day overdue"));
    CHECK(ui::AgendaModel::relativeDay(today.addDays(-3), today) == QStringLiteral("3 days overdue"));
    languages.setLanguage(QStringLiteral("id"));
    CHECK(ui::AgendaModel::relativeDay(today.addDays(-3), today) == QStringLiteral("lewat 3 hari"));
    CHECK(ui::AgendaModel::relativeDay(today.addDays(5), today) == QStringLiteral("5 hari lagi"));
}

TEST_CASE("the Today page shows what is overdue and coming, and ticks items off", "[ui][today]")
{
    Agenda a;
    ui::TodayPage page(*a.f.ws);
    QAbstractItemModelTester deadlineTester(page.deadlines(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester taskTester(page.tasks(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.resize(1000, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    ui::AgendaModel *deadlines = page.deadlines();
    REQUIRE(deadlines->rowCount() == 2); // the limitation period is 60 days off
    // What is coming first, then what was missed.
    CHECK(deadlines->index(0, ui::AgendaModel::Due).data().toString() == QStringLiteral("23 Nov 2026"));
    CHECK(deadlines->index(0, ui::AgendaModel::When).data().toString() == QStringLiteral("in 5 days"));
    CHECK(deadlines->index(0, ui::AgendaModel::Case).data().toString() == a.kase.reference);
    CHECK(deadlines->index(0, ui::AgendaModel::Client).data().toString() == QStringLiteral("Siti Aminah"));
    CHECK_FALSE(deadlines->index(0, 0).data(ui::AgendaModel::OverdueRole).toBool());
    CHECK(deadlines->index(1, ui::AgendaModel::What).data().toString()
        == QStringLiteral("Notice of claim · Notice of claim to the employer"));
    CHECK(deadlines->index(1, ui::AgendaModel::When).data().toString() == QStringLiteral("3 days overdue"));
    CHECK(deadlines->index(1, 0).data(ui::AgendaModel::OverdueRole).toBool());
    CHECK(child<QLabel>(page, "deadlinesHeading")->text()
        == QStringLiteral("Deadlines and hearings — 1 overdue · 1 in the next 14 days"));
    REQUIRE(page.tasks()->rowCount() == 1);
    CHECK(page.tasks()->index(0, ui::AgendaModel::What).data().toString()
        == QStringLiteral("Ask BP3MI for the contract"));
    REQUIRE(page.recentCases()->count() == 1);
    CHECK(page.recentCases()->item(0)->text().startsWith(a.kase.reference + QStringLiteral(" · Siti Aminah")));

    // A longer view brings the limitation period in.
    page.setHorizonDays(90);
    CHECK(deadlines->rowCount() == 3);
    page.setHorizonDays(14);

    // Enter on a line opens its case where the deadlines are.
    QSignalSpy opened(&page, &ui::TodayPage::deadlineActivated);
    auto *table = child<QTableView>(page, "deadlineTable");
    table->setFocus();
    table->setCurrentIndex(deadlines->index(1, 0));
    QTest::keyClick(table, Qt::Key_Return);
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).toString() == a.kase.id);
    CHECK(opened.at(0).at(1).toString() == deadlines->index(1, 0).data(ui::AgendaModel::DeadlineIdRole).toString());

    // Mark done: gone from the list, stored as done today.
    const QString doneId = deadlines->index(1, 0).data(ui::AgendaModel::DeadlineIdRole).toString();
    table->setCurrentIndex(deadlines->index(1, 0));
    auto *done = child<QPushButton>(page, "markDoneButton");
    REQUIRE(done->isEnabled());
    done->click();
    CHECK(deadlines->rowCount() == 1);
    CHECK(deadlines->rowOf(doneId) == -1);
    CHECK(a.f.ws->deadlines().get(doneId)->doneOn == a.today);
    CHECK(child<QLabel>(page, "deadlinesHeading")->text()
        == QStringLiteral("Deadlines and hearings — 1 in the next 14 days"));

    // Live language switch: headings, headers, relative days.
    a.languages.setLanguage(QStringLiteral("id"));
    REQUIRE(test::waitUntil([&] {
        return child<QLabel>(page, "deadlinesHeading")->text()
            == QStringLiteral("Batas waktu dan sidang — 1 dalam 14 hari ke depan");
    }));
    CHECK(deadlines->headerData(ui::AgendaModel::Due, Qt::Horizontal).toString() == QStringLiteral("Jatuh tempo"));
    CHECK(deadlines->index(0, ui::AgendaModel::When).data().toString() == QStringLiteral("5 hari lagi"));
    CHECK(child<QLabel>(page, "todayTitle")->text().startsWith(QStringLiteral("Hari ini, ")));
}

TEST_CASE("the Today page says so when nothing is due", "[ui][today]")
{
    test::WorkspaceFixture f;
    ui::LanguageManager languages;
    languages.setLanguage(QStringLiteral("en"));
    ui::TodayPage page(*f.ws);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK(page.deadlines()->rowCount() == 0);
    CHECK_FALSE(child<QTableView>(page, "deadlineTable")->isVisible());
    CHECK(child<QLabel>(page, "deadlinesEmpty")->text()
        == QStringLiteral("No open deadline or hearing in the next 14 days."));
    CHECK(child<QLabel>(page, "tasksEmpty")->isVisible());
    CHECK_FALSE(child<QPushButton>(page, "markDoneButton")->isEnabled());
}
