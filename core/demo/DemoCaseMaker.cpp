#include "demo/DemoCaseMaker.h"

#include "demo/DemoNames.h"
#include "domain/CodeLists.h"
#include "repo/Workspace.h"

#include <QDateTime>
#include <QTimeZone>

namespace lintas::demo {

namespace {

bool has(const QStringList &types, const char *type)
{
    return types.contains(QString::fromUtf8(type));
}

void addUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list << value;
}

} // namespace

DemoCaseMaker::DemoCaseMaker(DemoContext &context, int expectedCases)
    : m_ctx(context), m_claims(context), m_expectedCases(std::max(expectedCases, 1))
{ }

QStringList DemoCaseMaker::caseTypes(const QString &jurisdiction)
{
    DemoRandom &r = m_ctx.random;
    QStringList types {r.weighted({{"unpaid_wages", 22}, {"underpayment", 16}, {"agency_overcharging", 16},
        {"illegal_deduction", 7}, {"rest_day_holiday_leave", 7}, {"unfair_dismissal", 9}, {"document_confiscation", 4},
        {"illegal_loan_debt_bondage", 5}, {"contract_substitution", 3}, {"physical_abuse", 3}, {"sexual_harassment", 2},
        {"dismissal_pregnant_sick", 2}, {"work_injury", 2}, {"illness", 1.5}, {"failed_departure", 1.5},
        {"social_security_claim", 2}, {"deportation_non_procedural", 1}, {"trafficking_forced_labour", 0.8},
        {"sexual_violence", 0.4}, {"missing_lost_contact", 0.6}, {"other", 1}})};
    // Problems come in clusters: a worker dismissed is rarely paid what she is owed, an
    // overcharging agency usually arranged the loan, trafficking goes with confiscated papers.
    auto maybe = [&](const char *with, const char *add, double p) {
        if (has(types, with) && r.chance(p))
            addUnique(types, QString::fromUtf8(add));
    };
    maybe("unpaid_wages", "unfair_dismissal", 0.3);
    maybe("unpaid_wages", "rest_day_holiday_leave", 0.2);
    maybe("underpayment", "rest_day_holiday_leave", 0.3);
    maybe("underpayment", "agency_overcharging", 0.25);
    maybe("agency_overcharging", "illegal_loan_debt_bondage", 0.35);
    maybe("agency_overcharging", "document_confiscation", 0.2);
    maybe("physical_abuse", "unpaid_wages", 0.3);
    maybe("trafficking_forced_labour", "document_confiscation", 0.6);
    maybe("trafficking_forced_labour", "unpaid_wages", 0.5);
    maybe("work_injury", "social_security_claim", 0.4);
    if (jurisdiction == QStringLiteral("hk") && has(types, "unfair_dismissal") && r.chance(0.1))
        addUnique(types, QStringLiteral("dismissal_pregnant_sick"));
    return types;
}

QString DemoCaseMaker::status(const QDate &opened)
{
    DemoRandom &r = m_ctx.random;
    const qint64 age = opened.daysTo(m_ctx.today);
    const double closedShare = std::clamp(double(age) / 1000.0, 0.05, 0.75);
    if (r.chance(closedShare))
        return QStringLiteral("closed");
    QVector<double> w {age < 30 ? 50.0 : 4.0, age < 120 ? 30.0 : 8.0, 50, 10, 10};
    static const QStringList statuses {QStringLiteral("intake"), QStringLiteral("assessment"), QStringLiteral("active"),
        QStringLiteral("referred"), QStringLiteral("handed_off")};
    return statuses.at(r.weightedIndex(w));
}

void DemoCaseMaker::buildStory(DemoCase &k, const DemoClient &client)
{
    DemoRandom &r = m_ctx.random;
    CaseStory &s = k.story;
    s.clientName = client.name;
    s.jurisdiction = client.jurisdiction;
    s.city = DemoPlaces::cityAbroad(r, client.jurisdiction);
    s.startedWork = k.opened.addDays(-r.between(150, 1400));
    s.currency = DemoClaimMaker::currencyOf(client.jurisdiction);
    s.monthlyWage = m_claims.monthlyWage(client.jurisdiction, s.startedWork);
    const QStringList &t = s.caseTypes;
    const bool dismissed = has(t, "unfair_dismissal") || has(t, "dismissal_pregnant_sick") || has(t, "unpaid_wages")
        || client.status == QStringLiteral("returned");
    if (dismissed && !has(t, "failed_departure"))
        s.terminated = k.opened.addDays(-r.between(0, 45));
    if (has(t, "unpaid_wages")) {
        s.arrearsMonths = r.weightedIndex({0, 30, 25, 18, 12, 8, 7}); // 1–6 months, fewer the longer
        const QDate end = s.terminated.isValid() ? s.terminated : k.opened;
        s.lastWagePaid = end.addMonths(-s.arrearsMonths);
        if (s.lastWagePaid < s.startedWork)
            s.lastWagePaid = s.startedWork;
    }
    if (has(t, "physical_abuse") || has(t, "sexual_harassment") || has(t, "sexual_violence") || has(t, "work_injury"))
        s.incident = k.opened.addDays(-r.between(1, 90));
    s.feeCurrency = QStringLiteral("IDR");
    s.agencyFee = 1'000'000LL * r.between(15, 45); // Rp 15–45 million: the overcharging caseworkers see
}

void DemoCaseMaker::fillTriggers(DemoCase &k)
{
    DemoRandom &r = m_ctx.random;
    const CaseStory &s = k.story;
    if (s.terminated.isValid()) {
        k.triggers.insert(QStringLiteral("termination"), s.terminated);
        k.triggers.insert(QStringLiteral("last_day_of_employment"), s.terminated);
        if (has(s.caseTypes, "unfair_dismissal") || has(s.caseTypes, "unpaid_wages"))
            k.triggers.insert(QStringLiteral("dismissal"), s.terminated);
    }
    if (s.lastWagePaid.isValid()) {
        const QDate periodEnd = s.lastWagePaid.addMonths(1);
        k.triggers.insert(QStringLiteral("end_of_wage_period"), periodEnd);
        k.triggers.insert(QStringLiteral("wage_due_date"), periodEnd.addDays(7));
        k.triggers.insert(QStringLiteral("claim_arose"), periodEnd.addDays(7));
    } else if (has(s.caseTypes, "underpayment") || has(s.caseTypes, "illegal_deduction")
        || has(s.caseTypes, "rest_day_holiday_leave")) {
        k.triggers.insert(QStringLiteral("claim_arose"), k.opened.addDays(-r.between(20, 200)));
    }
    if (s.incident.isValid()) {
        k.triggers.insert(QStringLiteral("incident"), s.incident);
        if (has(s.caseTypes, "work_injury") || has(s.caseTypes, "physical_abuse"))
            k.triggers.insert(QStringLiteral("accident"), s.incident);
    }
    if (has(s.caseTypes, "agency_overcharging"))
        k.triggers.insert(QStringLiteral("offence"), s.startedWork.addDays(r.between(0, 60)));
}

Result<QString> DemoCaseMaker::party(const QString &kind, const QString &jurisdiction, int poolCap, double reuseChance)
{
    DemoRandom &r = m_ctx.random;
    const QString key = kind + QLatin1Char('|') + jurisdiction;
    QStringList &pool = m_partyPools[key];
    // Grow the pool until it reaches its cap, reusing now and then: a few agencies and lenders
    // appear in many cases, which is exactly what the parties register is for.
    const bool reuse = !pool.isEmpty() && (pool.size() >= poolCap || r.chance(reuseChance));
    if (reuse)
        return pool.at(r.between(0, int(pool.size()) - 1));
    domain::Party p;
    p.id = r.newId();
    p.kind = kind;
    p.country = jurisdiction;
    if (kind == QStringLiteral("employer")) {
        p.name = DemoNames::employerName(r, jurisdiction);
        if (r.chance(0.5))
            p.address = DemoPlaces::cityAbroad(r, jurisdiction);
    } else if (kind == QStringLiteral("agency_overseas")) {
        p.name = DemoNames::overseasAgencyName(r, jurisdiction);
        if (jurisdiction == QStringLiteral("hk"))
            p.licenceNo = QStringLiteral("%1").arg(r.between(50000, 79999));
    } else if (kind == QStringLiteral("p3mi")) {
        p.name = DemoNames::placementCompanyName(r);
        p.licenceNo = QStringLiteral("SIP3MI %1/%2").arg(r.between(100, 999)).arg(r.between(2017, 2024));
    } else if (kind == QStringLiteral("moneylender")) {
        p.name = DemoNames::lenderName(r, jurisdiction);
    } else {
        p.name = DemoNames::trainingCentreName(r);
    }
    LINTAS_TRY(m_ctx.writers.parties.createInBatch(p));
    LINTAS_TRY(m_ctx.batch.wrote());
    pool << p.id;
    m_partyNames.insert(p.id, p.name);
    return p.id;
}

Status DemoCaseMaker::linkParties(DemoCase &k, QVector<QPair<QString, QString>> &links)
{
    DemoRandom &r = m_ctx.random;
    CaseStory &s = k.story;
    const QString j = s.jurisdiction;
    const QString id = QStringLiteral("id");
    const int cap = m_expectedCases;
    auto use = [&](const QString &kind, const QString &country, int poolCap, const QString &role) -> Result<QString> {
        // Households employ one helper at a time, so most employers appear once; some come back.
        const double reuseChance = kind == QStringLiteral("employer") ? 0.08 : 0.5;
        auto partyId = party(kind, country, std::max(poolCap, 3), reuseChance);
        if (!partyId.ok())
            return partyId.error();
        links.push_back({*partyId, role});
        return m_partyNames.value(*partyId);
    };
    if (!has(s.caseTypes, "failed_departure")) {
        auto employer = use(QStringLiteral("employer"), j, cap, QStringLiteral("employer"));
        if (!employer.ok())
            return employer.error();
        s.employer = *employer;
        if (r.chance(0.8)) {
            auto agency = use(QStringLiteral("agency_overseas"), j, cap / 15, QStringLiteral("agency"));
            if (!agency.ok())
                return agency.error();
            s.agency = *agency;
        }
    } else {
        s.employer = QStringLiteral("(belum ada majikan)");
        auto blk = use(QStringLiteral("training_centre_blk"), id, cap / 40, QStringLiteral("trainer"));
        if (!blk.ok())
            return blk.error();
    }
    if (r.chance(0.7) || has(s.caseTypes, "agency_overcharging")) {
        auto p3mi = use(QStringLiteral("p3mi"), id, cap / 25, QStringLiteral("agency"));
        if (!p3mi.ok())
            return p3mi.error();
        s.placementCompany = *p3mi;
    }
    if (has(s.caseTypes, "illegal_loan_debt_bondage") || (has(s.caseTypes, "agency_overcharging") && r.chance(0.3))) {
        const QString where = r.chance(0.7) ? j : id;
        auto lender = use(QStringLiteral("moneylender"), where, cap / 60, QStringLiteral("lender"));
        if (!lender.ok())
            return lender.error();
        s.lender = *lender;
    }
    return {};
}

Status DemoCaseMaker::addReferral(const DemoCase &k, const DemoClient &client)
{
    DemoRandom &r = m_ctx.random;
    const QString country = client.status == QStringLiteral("returned") ? QStringLiteral("id") : client.jurisdiction;
    QVector<domain::Organisation> candidates;
    for (const domain::Organisation &o : m_ctx.organisations) {
        if (o.country == country)
            candidates << o;
    }
    if (candidates.isEmpty())
        candidates = m_ctx.organisations;
    if (candidates.isEmpty())
        return {};
    const domain::Organisation &org = r.pick(candidates);
    domain::Consent consent;
    consent.id = r.newId();
    consent.clientId = client.id;
    consent.recipient = org.name;
    consent.organisationId = org.id;
    consent.scope = QStringLiteral("ringkasan kasus, data kontak, salinan dokumen");
    consent.purpose = QStringLiteral("rujukan penanganan kasus");
    consent.method = r.weighted({{"lisan", 50}, {"tertulis", 40}, {"cap jempol", 10}});
    consent.givenOn = std::min(m_ctx.today, k.opened.addDays(r.between(1, 30)));
    consent.recordedBy = k.assignees.value(0);
    LINTAS_TRY(m_ctx.writers.consents.createInBatch(consent));
    LINTAS_TRY(m_ctx.batch.wrote());

    domain::Referral ref;
    ref.id = r.newId();
    ref.caseId = k.id;
    ref.organisationId = org.id;
    ref.consentId = consent.id;
    ref.reason = r.weighted({{"Pendampingan hukum", 35}, {"Pemulangan dan dokumen", 20}, {"Rumah aman", 10},
        {"Klaim BPJS Ketenagakerjaan", 15}, {"Mediasi dengan P3MI", 20}});
    if (k.status == QStringLiteral("handed_off"))
        ref.status = r.weighted({{"accepted", 70}, {"done", 30}});
    else if (k.status == QStringLiteral("referred"))
        ref.status = r.weighted({{"sent", 60}, {"accepted", 40}});
    else
        ref.status = r.weighted({{"draft", 20}, {"sent", 20}, {"done", 40}, {"rejected", 20}});
    if (ref.status != QStringLiteral("draft")) {
        ref.sentOn = std::min(m_ctx.today, consent.givenOn.addDays(r.between(0, 7)));
        if (ref.status != QStringLiteral("sent"))
            ref.respondedOn = std::min(m_ctx.today, ref.sentOn.addDays(r.between(1, 21)));
        if (ref.status == QStringLiteral("done"))
            ref.feedback = QStringLiteral("Klien sudah didampingi; laporan singkat dikirim lewat email.");
    }
    LINTAS_TRY(m_ctx.writers.referrals.createInBatch(ref));
    return m_ctx.batch.wrote();
}

Result<DemoCase> DemoCaseMaker::make(const DemoClient &client, const QDate &opened)
{
    DemoRandom &r = m_ctx.random;
    DemoCase k;
    k.id = r.newId();
    k.opened = opened;
    k.status = status(opened);
    k.story.caseTypes = caseTypes(client.jurisdiction);
    const bool neverLeft = has(k.story.caseTypes, "failed_departure");
    k.jurisdictions = {neverLeft ? QStringLiteral("id") : client.jurisdiction};
    QString outcome;
    if (k.status == QStringLiteral("closed")) {
        k.closed = std::min(
            m_ctx.today, opened.addDays(r.between(14, int(std::max<qint64>(15, opened.daysTo(m_ctx.today))))));
        outcome = r.weighted({{"settled", 25}, {"partially_recovered", 15}, {"fully_recovered", 10}, {"awarded", 12},
            {"withdrawn", 10}, {"lost_contact", 12}, {"referred_out", 8}, {"dismissed_lost", 6},
            {"client_deceased", 0.5}, {"other", 1.5}});
    }
    k.assignees << r.pick(DemoNames::caseworkers());
    if (r.chance(0.25))
        addUnique(k.assignees, r.pick(DemoNames::caseworkers()));
    buildStory(k, client);
    QVector<QPair<QString, QString>> links;
    LINTAS_TRY(linkParties(k, links));
    fillTriggers(k);

    QVector<PlannedClaim> claims = m_claims.plan(k, outcome, k.forums);
    const QStringList &t = k.story.caseTypes;
    if (has(t, "sexual_harassment") && client.jurisdiction == QStringLiteral("hk"))
        addUnique(k.forums, QStringLiteral("eoc"));
    if ((has(t, "physical_abuse") || has(t, "sexual_violence")) && client.jurisdiction == QStringLiteral("hk"))
        addUnique(k.forums, QStringLiteral("police_hk"));
    if (has(t, "agency_overcharging") && client.jurisdiction == QStringLiteral("hk") && r.chance(0.3))
        addUnique(k.forums, QStringLiteral("eaa"));
    if (has(t, "trafficking_forced_labour")) {
        addUnique(k.forums, QStringLiteral("police_id"));
        addUnique(k.forums, QStringLiteral("lpsk"));
    }
    if (neverLeft)
        addUnique(k.forums, r.chance(0.5) ? QStringLiteral("bp3mi") : QStringLiteral("disnaker"));
    if (client.jurisdiction == QStringLiteral("sa"))
        addUnique(k.forums, QStringLiteral("kjri_kbri"));
    // A case that continues at home (BP3MI, BPJS, Indonesian police or courts) spans both countries.
    for (const QString &forum : std::as_const(k.forums)) {
        const domain::CodeItem *item = domain::forums().find(forum);
        if (item && item->group == QStringLiteral("id"))
            addUnique(k.jurisdictions, QStringLiteral("id"));
    }

    QStringList demandLines;
    for (const PlannedClaim &c : claims)
        demandLines << c.demandLine;
    domain::Case c;
    c.id = k.id;
    c.clientId = client.id;
    c.title = DemoTexts::title(r, k.story);
    c.caseTypes = t;
    c.jurisdictions = k.jurisdictions;
    c.forums = k.forums;
    c.assignees = k.assignees;
    if (r.chance(0.15))
        c.tags << r.weighted({{"prioritas", 40}, {"butuh-penerjemah", 20}, {"aturan-dua-minggu", 25}, {"media", 15}});
    c.status = k.status;
    c.outcome = outcome;
    const bool violent = has(t, "physical_abuse") || has(t, "sexual_violence") || has(t, "trafficking_forced_labour");
    c.risk = violent ? r.weighted({{"medium", 20}, {"high", 50}, {"critical", 30}})
                     : r.weighted({{"low", 45}, {"medium", 35}, {"high", 15}, {"critical", 5}});
    c.safetyFlag
        = c.risk == QStringLiteral("critical") || (violent && c.risk == QStringLiteral("high") && r.chance(0.6));
    c.openedOn = opened;
    c.closedOn = k.closed;
    c.chronology = DemoTexts::chronology(r, k.story);
    c.demands = DemoTexts::demands(k.story, demandLines);
    c.strategy = DemoTexts::strategy(r, k.story);
    if (!outcome.isEmpty())
        c.outcomeNotes = DemoTexts::outcomeNotes(r, outcome);
    c.createdAt
        = QDateTime(opened, QTime(10, 0), QTimeZone(7 * 3600)).toMSecsSinceEpoch() + r.between(0, 6 * 3600) * 1000LL;
    LINTAS_TRY(m_ctx.writers.cases.createInBatch(c));
    LINTAS_TRY(m_ctx.batch.wrote(1));

    for (const auto &link : std::as_const(links)) {
        domain::CaseParty cp;
        cp.id = r.newId();
        cp.caseId = k.id;
        cp.partyId = link.first;
        cp.role = link.second;
        LINTAS_TRY(m_ctx.writers.caseParties.createInBatch(cp));
        LINTAS_TRY(m_ctx.batch.wrote());
    }
    LINTAS_TRY(m_claims.write(k.id, claims));
    const bool referred = k.status == QStringLiteral("referred") || k.status == QStringLiteral("handed_off");
    if (referred || r.chance(0.08))
        LINTAS_TRY(addReferral(k, client));
    return k;
}

} // namespace lintas::demo
