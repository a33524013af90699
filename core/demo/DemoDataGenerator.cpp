#include "demo/DemoDataGenerator.h"

#include "demo/DemoActivityMaker.h"
#include "demo/DemoCaseMaker.h"
#include "demo/DemoClientMaker.h"
#include "demo/DemoTimelineMaker.h"
#include "domain/Regions.h"
#include "repo/Workspace.h"
#include "rules/DeadlineRuleSet.h"
#include "store/Database.h"
#include "store/PageCacheBoost.h"
#include "transfer/DirectorySeeder.h"

#include <QDateTime>

#include <cmath>
#include <optional>

namespace lintas::demo {

namespace {

double noteWeight(const QString &status)
{
    // Open, worked cases carry most of the timeline; fresh intakes have barely begun.
    if (status == QStringLiteral("active"))
        return 1.6;
    if (status == QStringLiteral("closed"))
        return 1.2;
    if (status == QStringLiteral("referred") || status == QStringLiteral("handed_off"))
        return 1.0;
    if (status == QStringLiteral("assessment"))
        return 0.6;
    return 0.3;
}

double deadlineWeight(const QString &status)
{
    if (status == QStringLiteral("active"))
        return 1.5;
    if (status == QStringLiteral("intake") || status == QStringLiteral("assessment"))
        return 1.0;
    return 0.8;
}

} // namespace

DemoDataGenerator::DemoDataGenerator(repo::Workspace &workspace, std::uint64_t seed)
    : m_workspace(workspace), m_seed(seed)
{ }

QVector<int> DemoDataGenerator::allocate(int total, const QVector<double> &weights, DemoRandom &random)
{
    QVector<int> out(weights.size(), 0);
    if (weights.isEmpty() || total <= 0)
        return out;
    double sum = 0;
    for (double w : weights)
        sum += std::max(w, 0.0);
    int given = 0;
    for (int i = 0; i < weights.size(); ++i) {
        out[i] = sum > 0 ? int(std::floor(double(total) * std::max(weights[i], 0.0) / sum)) : 0;
        given += out[i];
    }
    for (; given < total; ++given)
        ++out[random.between(0, int(weights.size()) - 1)];
    return out;
}

Status DemoDataGenerator::generate(const DemoSize &size, const Progress &progress)
{
    m_records = 0;
    if (size.clients < 0 || size.cases < 0 || size.notes < 0 || size.deadlines < 0 || size.activities < 0)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("demo size counts must not be negative"));
    if (size.clients == 0 && (size.cases > 0 || size.notes > 0 || size.deadlines > 0))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("demo cases need at least one client"));
    if (size.cases == 0 && (size.notes > 0 || size.deadlines > 0))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("demo notes and deadlines need at least one case"));
    Status st = run(size, progress);
    if (!st.ok() && st.code() == ErrorCode::AlreadyExists) {
        return makeError(ErrorCode::Validation,
            QStringLiteral("demo data from seed %1 is already in this profile; choose another seed").arg(m_seed),
            QStringLiteral("seed"));
    }
    return st;
}

Status DemoDataGenerator::run(const DemoSize &size, const Progress &progress)
{
    auto regions = domain::Regions::bundled();
    if (!regions.ok())
        return regions.error();
    auto ruleSet = rules::DeadlineRuleSet::bundled();
    if (!ruleSet.ok())
        return ruleSet.error();
    const rules::DeadlineCalculator calculator(std::move(ruleSet.value()));
    const DemoPlaces places(*regions);
    DemoRandom random(m_seed);
    DemoBatch batch(m_workspace.database(), size.total(), progress);
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_workspace.clock().nowMs(), Qt::UTC).date();
    DemoWriters writers(m_workspace.writer());
    DemoContext ctx {m_workspace, random, batch, writers, places, calculator, today, {}};
    const store::PageCacheBoost boost(m_workspace.database(), m_pageCacheMiB);
    LINTAS_TRY(batch.begin());

    // The directory first: referrals point into it.
    auto seeded = transfer::DirectorySeeder(m_workspace).seedBundled();
    if (!seeded.ok())
        return seeded.error();
    for (int i = 0; i < seeded->created + seeded->updated; ++i)
        LINTAS_TRY(batch.wrote());
    auto organisations = m_workspace.organisations().list();
    if (!organisations.ok())
        return organisations.error();
    ctx.organisations = *organisations;

    QVector<DemoClient> clients;
    clients.reserve(size.clients);
    DemoClientMaker clientMaker(ctx);
    for (int i = 0; i < size.clients; ++i) {
        auto client = clientMaker.make();
        if (!client.ok())
            return client.error();
        clients.push_back(std::move(client.value()));
    }

    QVector<DemoCase> cases;
    cases.reserve(size.cases);
    DemoCaseMaker caseMaker(ctx, size.cases);
    for (int i = 0; i < size.cases; ++i) {
        // Every client has a first case when there are enough cases; the rest are returning clients.
        const bool first = i < clients.size();
        const DemoClient &client = first ? clients.at(i) : clients.at(random.between(0, int(clients.size()) - 1));
        const QDate opened = first ? client.firstContact : random.dateBetween(client.firstContact.addDays(30), today);
        auto kase = caseMaker.make(client, std::min(opened, today));
        if (!kase.ok())
            return kase.error();
        cases.push_back(std::move(kase.value()));
    }

    QVector<double> deadlineWeights, noteWeights;
    for (const DemoCase &k : std::as_const(cases)) {
        deadlineWeights << deadlineWeight(k.status) * random.between(50, 150) / 100.0;
        noteWeights << noteWeight(k.status) * random.between(50, 150) / 100.0;
    }
    const QVector<int> deadlineCounts = allocate(size.deadlines, deadlineWeights, random);
    const QVector<int> noteCounts = allocate(size.notes, noteWeights, random);
    DemoTimelineMaker timeline(ctx);
    for (int i = 0; i < cases.size(); ++i)
        LINTAS_TRY(timeline.deadlines(cases.at(i), deadlineCounts.at(i)));
    for (int i = 0; i < cases.size(); ++i)
        LINTAS_TRY(timeline.notes(cases.at(i), noteCounts.at(i)));

    DemoActivityMaker activityMaker(ctx);
    for (int i = 0; i < size.activities; ++i)
        LINTAS_TRY(activityMaker.make());

    m_records = batch.records();
    return batch.finish();
}

} // namespace lintas::demo
