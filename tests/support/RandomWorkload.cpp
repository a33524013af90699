#include "support/RandomWorkload.h"

#include "base/Clock.h"
#include "repo/Workspace.h"

#include <QDate>

#include <catch2/catch.hpp>

namespace lintas::test {

namespace {

const QStringList &names()
{
    static const QStringList list {QStringLiteral("Siti"), QStringLiteral("Sri Wahyuni"), QStringLiteral("Marni"),
        QStringLiteral("Nur Aini"), QStringLiteral("Kartini"), QStringLiteral("Ayu Lestari")};
    return list;
}

const QStringList &caseTypes()
{
    static const QStringList list {QStringLiteral("unpaid_wages"), QStringLiteral("agency_overcharging"),
        QStringLiteral("sexual_harassment"), QStringLiteral("physical_abuse"), QStringLiteral("document_confiscation")};
    return list;
}

} // namespace

RandomWorkload::RandomWorkload(repo::Workspace &ws, std::uint64_t seed, ManualClock *clock)
    : m_ws(ws), m_random(seed), m_clock(clock)
{
    auto org = m_ws.organisations().create(
        {{}, QStringLiteral("KJRI Hong Kong"), QStringLiteral("consulate"), QStringLiteral("hk")});
    REQUIRE(org.ok());
    auto party
        = m_ws.parties().create({{}, QStringLiteral("employer"), QStringLiteral("Mr Chan"), QStringLiteral("hk")});
    REQUIRE(party.ok());
    m_partyId = party->id;
}

QString RandomWorkload::pick(const QStringList &items)
{
    return items.at(static_cast<int>(m_random.uniform(static_cast<std::uint32_t>(items.size()))));
}

void RandomWorkload::step()
{
    const int i = m_steps++;
    if (m_clock)
        m_clock->advanceMs(m_random.uniform(5000));
    const auto op = m_random.uniform(12);
    if (op == 0 || m_clients.isEmpty()) {
        addClient();
    } else if (op == 1 || m_cases.isEmpty()) {
        addCase();
    } else if (op == 2) {
        editCase();
    } else if (op == 3) {
        domain::Note n;
        n.caseId = pick(m_cases);
        n.body = QStringLiteral("Catatan wawancara %1 — klien menangis").arg(i);
        n.kind = QStringLiteral("interview");
        REQUIRE(m_ws.notes().create(n).ok());
    } else if (op == 4) {
        domain::Claim cl;
        cl.caseId = pick(m_cases);
        cl.claimType = QStringLiteral("wages_arrears");
        cl.currency = QStringLiteral("HKD");
        cl.amountClaimed = qint64(m_random.uniform(5'000'000));
        m_claims << m_ws.claims().create(cl).value().id;
    } else if (op == 5 && !m_claims.isEmpty()) {
        domain::ClaimPayment p;
        p.claimId = pick(m_claims);
        p.amount = 1 + m_random.uniform(100000);
        p.paidOn = QDate(2026, 1, 1).addDays(m_random.uniform(300));
        REQUIRE(m_ws.claims().addPayment(p).ok());
    } else if (op == 6) {
        domain::Deadline d;
        d.caseId = pick(m_cases);
        d.kind = QStringLiteral("hearing");
        d.title = QStringLiteral("Sidang");
        d.dueOn = QDate(2027, 1, 1).addDays(m_random.uniform(300));
        REQUIRE(m_ws.deadlines().create(d).ok());
    } else if (op == 7) {
        domain::ClientPhone p;
        p.clientId = pick(m_clients);
        p.number = QStringLiteral("+62 812 %1").arg(m_random.uniform(99999999));
        p.kind = QStringLiteral("whatsapp");
        REQUIRE(m_ws.clients().addPhone(p).ok());
    } else if (op == 8) {
        if (m_cases.size() > 1) {
            const QString gone = pick(m_cases);
            REQUIRE(m_ws.cases().remove(gone).ok());
            m_cases.removeAll(gone); // later writes must not target a deleted case
        }
    } else if (op == 9) {
        addActivity();
    } else if (op == 10) {
        domain::CaseParty l;
        l.caseId = pick(m_cases);
        l.partyId = m_partyId;
        l.role = QStringLiteral("employer");
        REQUIRE(m_ws.parties().link(l).ok());
    } else {
        editClient();
    }
}

void RandomWorkload::addClient()
{
    domain::Client c;
    c.fullName = pick(names());
    c.aliases = {pick(names())};
    c.gender = QStringLiteral("female");
    c.nik = QStringLiteral("18070%1").arg(m_random.uniform(1000000), 11, 10, QLatin1Char('0'));
    m_clients << m_ws.clients().create(c).value().id;
}

void RandomWorkload::addCase()
{
    domain::Case c;
    c.clientId = pick(m_clients);
    c.caseTypes = {pick(caseTypes()), pick(caseTypes())};
    c.chronology = QStringLiteral("Kronologi %1").arg(m_steps);
    m_cases << m_ws.cases().create(c).value().id;
}

void RandomWorkload::editCase()
{
    auto c = m_ws.cases().get(pick(m_cases)).value();
    c.caseTypes = {pick(caseTypes())};
    c.demands = QStringLiteral("Tuntutan %1").arg(m_random.uniform(100));
    c.risk = pick({QStringLiteral("low"), QStringLiteral("high"), QString()});
    REQUIRE(m_ws.cases().update(c).ok());
}

void RandomWorkload::editClient()
{
    auto c = m_ws.clients().get(pick(m_clients)).value();
    c.fullName = pick(names()) + QStringLiteral(" binti Ahmad");
    c.aliases << pick(names());
    c.aliases.removeFirst();
    REQUIRE(m_ws.clients().update(c).ok());
}

void RandomWorkload::addActivity()
{
    domain::Activity a;
    a.kind = QStringLiteral("village_discussion");
    a.heldOn = QDate(2026, 6, 1).addDays(m_random.uniform(100));
    a.village = QStringLiteral("Desa Sukadana");
    m_activities << m_ws.activities().create(a).value().id;
    REQUIRE(m_ws.activities()
                .setCount(m_activities.last(), QStringLiteral("female"), QStringLiteral("25_34"), m_random.uniform(40))
                .ok());
}

} // namespace lintas::test
