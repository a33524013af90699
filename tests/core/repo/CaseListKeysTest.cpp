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

    // Moving a case to another client and closing it reach the keys the sorted lists filter on;
    // an edit of a deadline's notes leaves them alone.
    auto k1moved = f.ws->cases().get(k1.id).value();
    k1moved.clientId = yuli.id;
    k1moved.status = QStringLiteral("closed");
    REQUIRE(f.ws->cases().update(k1moved).ok());
    CaseFilter hers;
    hers.clientId = yuli.id;
    CHECK(f.ws->cases().list(hers, CaseSort::ClientName, 10).value().size() == 3);
    CaseFilter closed;
    closed.statuses = {QStringLiteral("closed")};
    CHECK(ids(f.ws->cases().list(closed, CaseSort::NextDeadline, 10).value()) == QStringList {k1.id});
    auto noted = f.ws->deadlines().forCase(k3.id).value().first();
    noted.notes = QStringLiteral("Bawa kontrak kerja");
    REQUIRE(f.ws->deadlines().update(noted).ok());
    CHECK(f.ws->cases().list(all, CaseSort::NextDeadline, 1).value().first().nextDeadline == QDate(2027, 1, 15));

    // A deleted case leaves both sorted lists.
    REQUIRE(f.ws->cases().remove(k3.id).ok());
    CHECK_FALSE(ids(f.ws->cases().list(all, CaseSort::ClientName, 10).value()).contains(k3.id));
    CHECK_FALSE(ids(f.ws->cases().list(all, CaseSort::NextDeadline, 10).value()).contains(k3.id));
}

// Paging after the last row shown must give exactly the rows an OFFSET walk gives, in every
// order, with ties (same client, same day, same update time) and empty keys (no deadline, no
// opening date) in the mix.
TEST_CASE("keyset pages of the case list equal the whole list, for every sort and filter", "[repo][caselist]")
{
    test::WorkspaceFixture f;
    const QStringList names {QStringLiteral("ani"), QStringLiteral("Ani"), QStringLiteral("Budi"),
        QStringLiteral("Citra"), QStringLiteral("ani")};
    QVector<domain::Client> clients;
    for (const QString &n : names)
        clients << f.addClient(n);
    const QStringList risks {QStringLiteral("high"), QString(), QStringLiteral("low"), QStringLiteral("critical")};
    for (int i = 0; i < 23; ++i) {
        if (i % 4 == 0)
            f.clock.advanceMs(1000); // some cases share an update time, others do not
        auto k = f.addCase(clients[i % clients.size()].id,
            i % 3 ? QStringList {QStringLiteral("unpaid_wages")} : QStringList {QStringLiteral("agency_overcharging")});
        k.risk = risks[i % risks.size()];
        k.openedOn = i % 5 == 0 ? QDate() : QDate(2026, 1, 1 + i % 4);
        REQUIRE(f.ws->cases().update(k).ok());
        if (i % 3 != 2)
            REQUIRE(f.ws->deadlines().create(deadline(k.id, QDate(2026, 12, 1 + i % 2))).ok());
    }
    CaseFilter overcharging;
    overcharging.caseType = QStringLiteral("agency_overcharging");
    CaseFilter high;
    high.risk = QStringLiteral("high");
    CaseFilter dueSoon; // fixture today: 2026-11-18
    dueSoon.deadlineWithinDays = 13;
    dueSoon.caseType = QStringLiteral("unpaid_wages");
    for (const CaseFilter &filter : {CaseFilter(), overcharging, high, dueSoon}) {
        for (CaseSort sort : {CaseSort::RecentlyUpdated, CaseSort::RecentlyOpened, CaseSort::Reference,
                 CaseSort::ClientName, CaseSort::NextDeadline, CaseSort::Risk}) {
            INFO("sort " << int(sort) << ", type filter '" << filter.caseType.toStdString() << "'");
            const QStringList whole = ids(f.ws->cases().list(filter, sort, 100).value());
            REQUIRE_FALSE(whole.isEmpty());
            CHECK(f.ws->cases().count(filter).value() == whole.size()); // counted from the keys
            QStringList paged;
            auto page = f.ws->cases().list(filter, sort, 4).value();
            while (!page.isEmpty()) {
                paged += ids(page);
                page = f.ws->cases().listAfter(filter, sort, 4, page.last().cursor).value();
            }
            CHECK(paged == whole);
            QStringList offsetPaged;
            for (int offset = 0; offset < whole.size(); offset += 4)
                offsetPaged += ids(f.ws->cases().list(filter, sort, 4, offset).value());
            CHECK(offsetPaged == whole);
        }
    }
}
