#pragma once

#include "base/Result.h"
#include "demo/DemoClaimMaker.h"
#include "demo/DemoContext.h"

#include <QMap>

namespace lintas::demo {

// One case of a client: case types weighted as caseworkers meet them (unpaid wages,
// underpayment and agency overcharging common; trafficking rare), the forums of the country of
// work, a status somewhere along the workflow that fits the case's age, the other parties
// (employers mostly one per case, agencies, P3MI and lenders shared by many cases), claims,
// Indonesian chronology and demands, and — for referred or handed-off cases — the client's
// consent and the referral.
class DemoCaseMaker {
public:
    DemoCaseMaker(DemoContext &context, int expectedCases);

    Result<DemoCase> make(const DemoClient &client, const QDate &opened);

private:
    QStringList caseTypes(const QString &jurisdiction);
    QString status(const QDate &opened);
    void buildStory(DemoCase &k, const DemoClient &client);
    void fillTriggers(DemoCase &k);
    Result<QString> party(const QString &kind, const QString &jurisdiction, int poolCap, double reuseChance);
    Status linkParties(DemoCase &k, QVector<QPair<QString, QString>> &links);
    Status addReferral(const DemoCase &k, const DemoClient &client);

    DemoContext &m_ctx;
    DemoClaimMaker m_claims;
    int m_expectedCases;
    QMap<QString, QStringList> m_partyPools; // "kind|jurisdiction" → party ids
    QMap<QString, QString> m_partyNames; // party id → name
};

} // namespace lintas::demo
