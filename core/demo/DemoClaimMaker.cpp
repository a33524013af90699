#include "demo/DemoClaimMaker.h"

#include "domain/CodeLists.h"
#include "repo/Workspace.h"

#include <cmath>

namespace lintas::demo {

namespace {

bool has(const DemoCase &k, const char *type)
{
    return k.story.caseTypes.contains(QString::fromUtf8(type));
}

qint64 toMinor(const QString &currency, qint64 major)
{
    const int exponent = domain::currencyExponent(currency);
    qint64 out = major;
    for (int i = 0; i < exponent; ++i)
        out *= 10;
    return out;
}

} // namespace

QString DemoClaimMaker::currencyOf(const QString &jurisdiction)
{
    if (jurisdiction == QStringLiteral("hk"))
        return QStringLiteral("HKD");
    if (jurisdiction == QStringLiteral("sg"))
        return QStringLiteral("SGD");
    if (jurisdiction == QStringLiteral("tw"))
        return QStringLiteral("TWD");
    if (jurisdiction == QStringLiteral("my"))
        return QStringLiteral("MYR");
    if (jurisdiction == QStringLiteral("sa"))
        return QStringLiteral("SAR");
    return QStringLiteral("IDR");
}

qint64 DemoClaimMaker::monthlyWage(const QString &jurisdiction, const QDate &contractDate)
{
    DemoRandom &r = m_ctx.random;
    if (jurisdiction == QStringLiteral("hk")) {
        // Minimum Allowable Wage history (facts §1.1): most contracts pay exactly the floor.
        qint64 maw = 4630;
        if (contractDate >= QDate(2025, 9, 30))
            maw = 5100;
        else if (contractDate >= QDate(2024, 9, 28))
            maw = 4990;
        else if (contractDate >= QDate(2023, 9, 30))
            maw = 4870;
        else if (contractDate >= QDate(2022, 10, 1))
            maw = 4730;
        return r.chance(0.8) ? maw : maw + 50 * r.between(1, 10);
    }
    if (jurisdiction == QStringLiteral("sg"))
        return 50 * r.between(12, 16); // S$600–800
    if (jurisdiction == QStringLiteral("tw"))
        return contractDate >= QDate(2022, 8, 1) ? 20000 : 17000; // caregivers' NT$ wage
    if (jurisdiction == QStringLiteral("my"))
        return contractDate >= QDate(2025, 2, 1) ? 1700 : 1500; // MoU floor = national minimum wage
    if (jurisdiction == QStringLiteral("sa"))
        return 1500;
    return 2'500'000;
}

PlannedClaim *DemoClaimMaker::add(QVector<PlannedClaim> &out, const DemoCase &kase, const QString &type,
    const QString &currency, qint64 major, const QString &forum)
{
    if (major <= 0)
        return nullptr;
    PlannedClaim p;
    p.claim.id = m_ctx.random.newId();
    p.claim.claimType = type;
    p.claim.currency = currency;
    p.claim.amountClaimed = toMinor(currency, major);
    p.claim.forum = forum;
    if (kase.status != QStringLiteral("intake") && kase.status != QStringLiteral("assessment")) {
        const QDate filed = kase.opened.addDays(m_ctx.random.between(3, 45));
        if (filed <= m_ctx.today)
            p.claim.filedOn = filed;
    }
    p.demandLine = QStringLiteral("%1: %2").arg(
        domain::claimTypes().label(type, domain::Language::Indonesian), DemoTexts::money(currency, major));
    out.push_back(std::move(p));
    return &out.last();
}

void DemoClaimMaker::settle(PlannedClaim &planned, const DemoCase &kase, const QString &outcome)
{
    DemoRandom &r = m_ctx.random;
    domain::Claim &c = planned.claim;
    const qint64 claimed = *c.amountClaimed;
    const QString active = QStringLiteral("active");
    if ((kase.status == active || kase.status == QStringLiteral("referred") || kase.status == QStringLiteral("closed"))
        && r.chance(0.4))
        c.amountOffered = claimed * r.between(30, 80) / 100;
    double share = 0;
    if (outcome == QStringLiteral("fully_recovered"))
        share = 1.0;
    else if (outcome == QStringLiteral("awarded"))
        share = r.between(80, 100) / 100.0;
    else if (outcome == QStringLiteral("settled"))
        share = r.between(50, 90) / 100.0;
    else if (outcome == QStringLiteral("partially_recovered"))
        share = r.between(25, 70) / 100.0;
    if (share <= 0 || !kase.closed.isValid())
        return;
    const qint64 awarded = qint64(std::llround(double(claimed) * share));
    c.amountAwarded = awarded;
    c.decidedOn = std::max(c.filedOn.isValid() ? c.filedOn : kase.opened, kase.closed.addDays(-r.between(0, 60)));
    // Awards are often paid in monthly instalments; a partial recovery stops part-way.
    const int instalments = r.chance(0.4) ? 1 : r.between(2, 6);
    const bool paysAll = outcome != QStringLiteral("partially_recovered") || r.chance(0.2);
    const int paid = paysAll ? instalments : r.between(1, std::max(1, instalments - 1));
    const int exponent = domain::currencyExponent(c.currency);
    const qint64 unit = exponent >= 2 ? 100 : 1; // instalments in whole dollars / rupiah
    const qint64 each = awarded / instalments / unit * unit;
    for (int i = 0; i < paid; ++i) {
        const QDate on = c.decidedOn.addMonths(i).addDays(r.between(0, 10));
        if (on > m_ctx.today)
            break;
        domain::ClaimPayment p;
        p.id = r.newId();
        p.amount = i == instalments - 1 ? awarded - each * (instalments - 1) : each;
        p.paidOn = on;
        p.note = instalments > 1 ? QStringLiteral("cicilan %1 dari %2").arg(i + 1).arg(instalments) : QString();
        if (p.amount > 0)
            planned.payments.push_back(p);
    }
}

QVector<PlannedClaim> DemoClaimMaker::plan(const DemoCase &k, const QString &outcome, QStringList &forums)
{
    DemoRandom &r = m_ctx.random;
    const CaseStory &s = k.story;
    const QString j = s.jurisdiction;
    const QString cur = s.currency;
    const bool hk = j == QStringLiteral("hk");
    QVector<PlannedClaim> out;
    auto wageForum = [&](qint64 amount) {
        if (hk) {
            if (k.status == QStringLiteral("intake") || k.status == QStringLiteral("assessment"))
                return QStringLiteral("labour_dept_lrd");
            return amount <= 15000 ? QStringLiteral("mecab") : QStringLiteral("labour_tribunal");
        }
        if (j == QStringLiteral("sg"))
            return r.chance(0.7) ? QStringLiteral("mom_fmmd") : QStringLiteral("tadm_ect");
        if (j == QStringLiteral("tw"))
            return r.chance(0.6) ? QStringLiteral("tw_labour_mediation") : QStringLiteral("hotline_1955");
        if (j == QStringLiteral("my"))
            return QStringLiteral("jtk_labour_court");
        return QStringLiteral("kjri_kbri");
    };

    if (has(k, "unpaid_wages") && s.arrearsMonths > 0) {
        const qint64 arrears = s.monthlyWage * s.arrearsMonths;
        if (PlannedClaim *c = add(out, k, QStringLiteral("wages_arrears"), cur, arrears, wageForum(arrears)))
            c->demandLine = QStringLiteral("Tunggakan gaji %1 bulan: %2")
                                .arg(s.arrearsMonths)
                                .arg(DemoTexts::money(cur, arrears));
        if (s.terminated.isValid() && (hk || j == QStringLiteral("sg")))
            add(out, k, QStringLiteral("wages_in_lieu_of_notice"), cur, s.monthlyWage, wageForum(arrears));
        if (hk && s.terminated.isValid() && r.chance(0.6))
            add(out, k, QStringLiteral("travel_allowance"), cur, 100 * r.between(1, 3) + 50 * r.between(30, 50),
                wageForum(arrears));
        if (hk && r.chance(0.3))
            add(out, k, QStringLiteral("food_allowance"), cur, 1236 * s.arrearsMonths, wageForum(arrears));
    }
    if (has(k, "underpayment") || has(k, "illegal_deduction")) {
        const int months = r.between(4, 24);
        const qint64 shortfall = s.monthlyWage * r.between(15, 40) / 100 * months;
        if (PlannedClaim *c = add(out, k, QStringLiteral("wages_arrears"), cur, shortfall, wageForum(shortfall)))
            c->demandLine
                = QStringLiteral("Kekurangan gaji %1 bulan: %2").arg(months).arg(DemoTexts::money(cur, shortfall));
    }
    if (has(k, "agency_overcharging")) {
        if (!s.placementCompany.isEmpty() && r.chance(0.6))
            add(out, k, QStringLiteral("agency_fee_refund"), QStringLiteral("IDR"), s.agencyFee,
                QStringLiteral("bp3mi"));
        else
            add(out, k, QStringLiteral("agency_fee_refund"), cur, s.monthlyWage * r.between(15, 35) / 10,
                hk ? QStringLiteral("labour_dept_lrd") : wageForum(0));
    }
    if (has(k, "illegal_loan_debt_bondage"))
        add(out, k, QStringLiteral("loan_refund"), cur, s.monthlyWage * r.between(10, 30) / 10, wageForum(0));
    if (has(k, "rest_day_holiday_leave"))
        add(out, k, QStringLiteral("rest_day_pay"), cur, s.monthlyWage * r.between(20, 120) / 30, wageForum(0));
    if (has(k, "unfair_dismissal") || has(k, "dismissal_pregnant_sick")) {
        if (hk && s.startedWork.daysTo(s.terminated.isValid() ? s.terminated : m_ctx.today) > 730) {
            const double years = s.startedWork.daysTo(s.terminated.isValid() ? s.terminated : m_ctx.today) / 365.0;
            add(out, k, QStringLiteral("severance_payment"), cur, qint64(double(s.monthlyWage) * 2 / 3 * years),
                QStringLiteral("labour_tribunal"));
        }
        if (has(k, "dismissal_pregnant_sick") || r.chance(0.3))
            add(out, k, QStringLiteral("compensation"), cur,
                hk ? 1000 * r.between(10, 60) : s.monthlyWage * r.between(1, 3),
                hk ? QStringLiteral("labour_tribunal") : wageForum(0));
    }
    if (has(k, "work_injury")) {
        add(out, k, QStringLiteral("medical_expenses"), cur, s.monthlyWage * r.between(5, 40) / 10,
            hk ? QStringLiteral("employees_compensation") : wageForum(0));
        add(out, k, QStringLiteral("bpjs_benefit"), QStringLiteral("IDR"), 500'000 * r.between(10, 80),
            QStringLiteral("bpjstk"));
    }
    if (has(k, "social_security_claim"))
        add(out, k, QStringLiteral("bpjs_benefit"), QStringLiteral("IDR"), 500'000 * r.between(6, 60),
            QStringLiteral("bpjstk"));
    if (has(k, "trafficking_forced_labour"))
        add(out, k, QStringLiteral("restitution"), QStringLiteral("IDR"), 5'000'000 * r.between(10, 40),
            QStringLiteral("court_id"));
    if (has(k, "physical_abuse") && hk && r.chance(0.3))
        add(out, k, QStringLiteral("damages"), cur, 1000 * r.between(20, 120), QStringLiteral("district_court_hk"));

    for (PlannedClaim &p : out) {
        settle(p, k, outcome);
        if (!p.claim.forum.isEmpty() && !forums.contains(p.claim.forum))
            forums << p.claim.forum;
    }
    return out;
}

Status DemoClaimMaker::write(const QString &caseId, QVector<PlannedClaim> &claims)
{
    for (PlannedClaim &p : claims) {
        p.claim.caseId = caseId;
        LINTAS_TRY(m_ctx.writers.claims.createInBatch(p.claim));
        LINTAS_TRY(m_ctx.batch.wrote());
        for (domain::ClaimPayment &payment : p.payments) {
            payment.claimId = p.claim.id;
            LINTAS_TRY(m_ctx.writers.payments.createInBatch(payment));
            LINTAS_TRY(m_ctx.batch.wrote());
        }
    }
    return {};
}

} // namespace lintas::demo
