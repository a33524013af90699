#include "repo/Agenda.h"
#include "support/WorkspaceFixture.h"

#include <catch2/catch.hpp>

using namespace lintas;

namespace {

domain::Deadline addDeadline(test::WorkspaceFixture &f, const QString &caseId, const QString &title, const QDate &due,
    const QString &kind = QStringLiteral("hearing"))
{
    domain::Deadline d;
    d.caseId = caseId;
    d.title = title;
    d.dueOn = due;
    d.kind = kind;
    auto created = f.ws->deadlines().create(d);
    REQUIRE(created.ok());
    return *created;
}

QStringList titles(const QVector<repo::AgendaItem> &items)
{
    QStringList out;
    for (const auto &i : items)
        out << i.title;
    return out;
}

} // namespace

TEST_CASE("the agenda lists open deadlines of live cases up to a day, soonest first", "[repo][agenda]")
{
    test::WorkspaceFixture f;
    const QDate today(2026, 11, 18);
    const domain::Client siti = f.addClient(QStringLiteral("Siti Aminah"));
    const domain::Case open = f.addCase(siti.id);
    addDeadline(f, open.id, QStringLiteral("Labour Tribunal hearing"), today.addDays(5));
    addDeadline(
        f, open.id, QStringLiteral("Missed claim notice"), today.addDays(-3), QStringLiteral("notice_of_claim"));
    addDeadline(f, open.id, QStringLiteral("Far away"), today.addDays(40));
    addDeadline(f, open.id, QStringLiteral("Long missed"), today.addDays(-300), QStringLiteral("limitation"));
    addDeadline(f, open.id, QStringLiteral("Tomorrow's call-over"), today.addDays(1));
    addDeadline(f, open.id, QStringLiteral("Call the agency"), today.addDays(1), QStringLiteral("task"));
    domain::Deadline done = addDeadline(f, open.id, QStringLiteral("Already done"), today.addDays(2));
    done.doneOn = today;
    REQUIRE(f.ws->deadlines().update(done).ok());
    const domain::Deadline removed = addDeadline(f, open.id, QStringLiteral("Removed"), today.addDays(2));
    REQUIRE(f.ws->deadlines().remove(removed.id).ok());
    domain::Case closed = f.addCase(f.addClient(QStringLiteral("Wartini")).id);
    addDeadline(f, closed.id, QStringLiteral("Of a closed case"), today.addDays(1));
    closed.status = QStringLiteral("closed");
    closed.closedOn = today;
    REQUIRE(f.ws->cases().update(closed).ok());

    repo::Agenda agenda(*f.db);
    const QDate until = today.addDays(14);
    auto due = agenda.due(repo::Agenda::Kinds::DeadlinesAndHearings, today, until, 50);
    REQUIRE(due.ok());
    // What is coming, soonest first, then what was missed, most recent first.
    CHECK(titles(*due)
        == QStringList {QStringLiteral("Tomorrow's call-over"), QStringLiteral("Labour Tribunal hearing"),
            QStringLiteral("Missed claim notice"), QStringLiteral("Long missed")});
    CHECK(due->at(2).caseReference == open.reference);
    CHECK(due->at(2).clientName == QStringLiteral("Siti Aminah"));
    CHECK(due->at(2).dueOn == today.addDays(-3));

    auto tasks = agenda.due(repo::Agenda::Kinds::Tasks, today, until, 50);
    REQUIRE(tasks.ok());
    CHECK(titles(*tasks) == QStringList {QStringLiteral("Call the agency")});

    auto counts = agenda.counts(repo::Agenda::Kinds::DeadlinesAndHearings, today, until);
    REQUIRE(counts.ok());
    CHECK(counts->overdue == 2);
    CHECK(counts->coming == 2);

    // The limit bounds the rows, not the counts.
    auto first = agenda.due(repo::Agenda::Kinds::DeadlinesAndHearings, today, until, 1);
    REQUIRE(first.ok());
    CHECK(first->size() == 1);
}
