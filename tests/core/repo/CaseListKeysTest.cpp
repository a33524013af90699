#include "support/WorkspaceFixture.h"

#include <catch2/catch.hpp>

using namespace lintas;
using namespace lintas::repo;

namespace {

QStringList ids(const QVector<CaseListRow> &rows)
{
    QStringList out;
    for (const CaseListRow &r : rows)
        out << r.id;
    return out;
}

domain::Deadline deadline(const QString &caseId, QDate due)
{
    domain::Deadline d;
    d.caseId = caseId;
    d.kind = QStringLiteral("hearing");
    d.title = QStringLiteral("Sidang");
    d.dueOn = due;
    return d;
}

} // namespace

// The deadline and client-name sorts read derived keys; every write that can change them must
// refresh them in the same transaction, or the list would show cases in a stale order.
TEST_CASE("case list sort keys follow deadlines, client renames and deletions", "[repo][caselist]")
{
    test::WorkspaceFixture f;
    auto ani = f.addClient(QStringLiteral("Ani"));
    auto yuli = f.addClient(QStringLiteral("Yuli"));
    auto k1 = f.addCase(ani.id);
    auto k2 = f.addCase(yuli.id);
    auto k3 = f.addCase(yuli.id);
    const CaseFilter all;

    // No deadlines yet: all three sort last, in id order; names put Ani first.
    CHECK(ids(f.ws->cases().list(all, CaseSort::ClientName, 10).value()).first() == k1.id);

    auto d2 = f.ws->deadlines().create(deadline(k2.id, QDate(2027, 3, 1)));
    REQUIRE(d2.ok());
    REQUIRE(f.ws->deadlines().create(deadline(k3.id, QDate(2027, 1, 15))).ok());
    auto byDue = f.ws->cases().list(all, CaseSort::NextDeadline, 10).value();
    REQUIRE(ids(byDue).mid(0, 2) == QStringList {k3.id, k2.id});
    CHECK(byDue[0].nextDeadline == QDate(2027, 1, 15));
    CHECK(byDue[2].id == k1.id); // without an open deadline: last
    CHECK_FALSE(byDue[2].nextDeadline.isValid());

    // Moving a deadline earlier reorders; marking it done drops it from the key.
    auto moved = *d2;
    moved.dueOn = QDate(2026, 12, 1);
    REQUIRE(f.ws->deadlines().update(moved).ok());
    CHECK(ids(f.ws->cases().list(all, CaseSort::NextDeadline, 1).value()) == QStringList {k2.id});
    moved.doneOn = QDate(2026, 11, 20);
    REQUIRE(f.ws->deadlines().update(moved).ok());
    CHECK(ids(f.ws->cases().list(all, CaseSort::NextDeadline, 1).value()) == QStringList {k3.id});
    CaseFilter soon;
    soon.deadlineWithinDays = 30; // fixture today: 2026-11-18
    CHECK(f.ws->cases().list(soon, CaseSort::NextDeadline, 10).value().isEmpty());
    CHECK(f.ws->cases().count(soon).value() == 0);

    // Renaming a client moves all her cases.
    auto renamed = f.ws->clients().get(yuli.id).value();
    renamed.fullName = QStringLiteral("Aisyah");
    REQUIRE(f.ws->clients().update(renamed).ok());
    auto byName = f.ws->cases().list(all, CaseSort::ClientName, 10).value();
    REQUIRE(byName.size() == 3);
    CHECK(byName[0].clientName == QStringLiteral("Aisyah"));
    CHECK(byName[2].id == k1.id);

    // A deleted case leaves both sorted lists.
    REQUIRE(f.ws->cases().remove(k3.id).ok());
    CHECK_FALSE(ids(f.ws->cases().list(all, CaseSort::ClientName, 10).value()).contains(k3.id));
    CHECK_FALSE(ids(f.ws->cases().list(all, CaseSort::NextDeadline, 10).value()).contains(k3.id));
}
