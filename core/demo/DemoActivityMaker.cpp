#include "demo/DemoActivityMaker.h"

#include "demo/DemoNames.h"
#include "repo/Workspace.h"

#include <QDateTime>
#include <QTimeZone>

namespace lintas::demo {

Status DemoActivityMaker::make()
{
    DemoRandom &r = m_ctx.random;
    domain::Activity a;
    a.id = r.newId();
    a.kind = r.weighted({{"consultation", 30}, {"village_discussion", 35}, {"knowledge_sharing", 15}, {"training", 12},
        {"reintegration_session", 8}});
    const HomeAddress place = m_ctx.places.homeAddress(r);
    a.heldOn = m_ctx.today.addDays(-r.between(0, 730));
    a.province = place.province->name;
    a.regency = place.regency->displayName();
    a.district = place.district;
    a.village = place.village;
    a.place = r.weighted({{"Balai desa", 40}, {"Rumah ketua RT", 15}, {"Musala", 15}, {"Posko komunitas purna PMI", 20},
        {"Aula kecamatan", 10}});
    a.facilitator = r.pick(DemoNames::facilitators());
    if (a.kind == QStringLiteral("training"))
        a.trainingStage = QStringLiteral("Tahap %1").arg(r.between(1, 3));
    a.title = DemoTexts::activityTitle(r, a.kind, a.village);
    a.topics = DemoTexts::activityTopics(r, a.kind);
    if (r.chance(0.3))
        a.notes = r.chance(0.5) ? QStringLiteral("Peserta banyak bertanya soal biaya penempatan dan calo.")
                                : QStringLiteral("Kepala desa hadir dan mendukung pembentukan posko.");
    a.createdAt = QDateTime(a.heldOn, QTime(15, 0), QTimeZone(7 * 3600)).toMSecsSinceEpoch();
    LINTAS_TRY(m_ctx.writers.activities.createInBatch(a));
    LINTAS_TRY(m_ctx.batch.wrote(1));
    return addCounts(a.id, a.kind);
}

Status DemoActivityMaker::addCounts(const QString &activityId, const QString &kind)
{
    DemoRandom &r = m_ctx.random;
    int participants = 0;
    if (kind == QStringLiteral("village_discussion"))
        participants = r.between(15, 45);
    else if (kind == QStringLiteral("consultation"))
        participants = r.between(3, 15);
    else if (kind == QStringLiteral("knowledge_sharing"))
        participants = r.between(10, 30);
    else if (kind == QStringLiteral("training"))
        participants = r.between(12, 25);
    else
        participants = r.between(8, 20);
    // Mostly women (former and prospective migrant workers), with husbands and village officials.
    const double femaleShare = r.between(60, 90) / 100.0;
    static const QStringList bands {QStringLiteral("under_18"), QStringLiteral("18_24"), QStringLiteral("25_34"),
        QStringLiteral("35_44"), QStringLiteral("45_59"), QStringLiteral("60_plus")};
    const QVector<double> bandWeights {kind == QStringLiteral("village_discussion") ? 3.0 : 0.0, 15, 30, 30, 18, 4};
    QMap<QString, qint64> cells; // "gender|band" → count; QMap keeps the write order fixed
    for (int i = 0; i < participants; ++i) {
        const QString gender = r.chance(femaleShare) ? QStringLiteral("female") : QStringLiteral("male");
        cells[gender + QLatin1Char('|') + bands.at(r.weightedIndex(bandWeights))] += 1;
    }
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        LINTAS_TRY(m_ctx.workspace.activities().setCount(
            activityId, it.key().section(QLatin1Char('|'), 0, 0), it.key().section(QLatin1Char('|'), 1), it.value()));
        LINTAS_TRY(m_ctx.batch.wrote());
    }
    return {};
}

} // namespace lintas::demo
