#include "demo/DemoTimelineMaker.h"

#include "domain/CodeLists.h"
#include "repo/Workspace.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace lintas::demo {

namespace {

// Limitation periods and claim notices are what a caseworker must not miss; they go first.
int importance(const QString &kind)
{
    if (kind == QStringLiteral("limitation"))
        return 0;
    if (kind == QStringLiteral("notice_of_claim"))
        return 1;
    return 2;
}

bool hasHearingForum(const DemoCase &k)
{
    static const QStringList tribunals {QStringLiteral("mecab"), QStringLiteral("labour_tribunal"),
        QStringLiteral("small_claims_tribunal"), QStringLiteral("district_court_hk"), QStringLiteral("tadm_ect"),
        QStringLiteral("tw_labour_mediation"), QStringLiteral("jtk_labour_court"), QStringLiteral("court_id")};
    return std::any_of(k.forums.cbegin(), k.forums.cend(), [](const QString &f) { return tribunals.contains(f); });
}

} // namespace

Status DemoTimelineMaker::write(domain::Deadline d)
{
    d.id = m_ctx.random.newId();
    LINTAS_TRY(m_ctx.writers.deadlines.createInBatch(d));
    return m_ctx.batch.wrote(1);
}

Status DemoTimelineMaker::deadlines(const DemoCase &k, int count)
{
    DemoRandom &r = m_ctx.random;
    const QDate end = k.closed.isValid() ? k.closed : m_ctx.today;
    QVector<rules::SuggestedDeadline> suggested
        = m_ctx.calculator.suggest(k.story.caseTypes, k.jurisdictions, k.triggers, m_ctx.today);
    std::stable_sort(suggested.begin(), suggested.end(),
        [](const auto &a, const auto &b) { return importance(a.kind) < importance(b.kind); });
    int written = 0;
    for (const rules::SuggestedDeadline &s : std::as_const(suggested)) {
        if (written >= count)
            break;
        domain::Deadline d;
        d.caseId = k.id;
        d.kind = s.kind;
        d.title = s.title.id;
        d.dueOn = s.dueDate;
        d.ruleId = s.ruleId;
        d.ruleVersion = s.ruleVersion;
        d.triggerDate = s.triggerDate;
        d.source = s.source;
        d.assignee = k.assignees.value(0);
        if (s.uncertain)
            d.notes = QStringLiteral("Tanggal perlu dikonfirmasi (aturan bertanda tidak pasti).");
        // Past deadlines of a handled case were mostly met; in a closed case everything is done.
        if (s.dueDate <= end && (k.closed.isValid() || r.chance(0.7)))
            d.doneOn = std::max(k.opened, std::min(s.dueDate, end).addDays(-r.between(0, 10)));
        LINTAS_TRY(write(d));
        ++written;
    }
    for (; written < count; ++written) {
        domain::Deadline d;
        d.caseId = k.id;
        d.assignee = r.pick(k.assignees);
        const bool hearing = hasHearingForum(k) && r.chance(0.45);
        if (hearing) {
            d.kind = QStringLiteral("hearing");
            const QString forum = k.forums.first();
            d.title = QStringLiteral("Sidang %1").arg(domain::forums().label(forum, domain::Language::Indonesian));
            d.dueOn = k.closed.isValid() ? r.dateBetween(k.opened, k.closed) : m_ctx.today.addDays(r.between(-20, 60));
        } else {
            d.kind = r.chance(0.6) ? QStringLiteral("task") : QStringLiteral("follow_up");
            d.title = DemoTexts::taskTitle(r);
            d.dueOn = k.closed.isValid() ? r.dateBetween(k.opened, k.closed) : m_ctx.today.addDays(r.between(-10, 30));
        }
        if (d.dueOn < k.opened)
            d.dueOn = k.opened.addDays(r.between(1, 14));
        if (d.dueOn <= end && (k.closed.isValid() || r.chance(0.6)))
            d.doneOn = std::min(d.dueOn, end);
        LINTAS_TRY(write(d));
    }
    return {};
}

Status DemoTimelineMaker::notes(const DemoCase &k, int count)
{
    DemoRandom &r = m_ctx.random;
    if (count <= 0)
        return {};
    const QDate end = k.closed.isValid() ? k.closed : m_ctx.today;
    const qint64 startMs = QDateTime(k.opened, QTime(9, 0), QTimeZone(7 * 3600)).toMSecsSinceEpoch();
    const qint64 nowMs = m_ctx.workspace.clock().nowMs();
    const qint64 endMs
        = std::max(startMs, std::min(nowMs, QDateTime(end, QTime(17, 0), QTimeZone(7 * 3600)).toMSecsSinceEpoch()));
    QVector<qint64> times(count);
    times[0] = startMs + r.between(0, 3 * 3600) * 1000LL; // the intake interview opens the file
    for (int i = 1; i < count; ++i)
        times[i] = r.between64(startMs, endMs);
    std::sort(times.begin(), times.end());
    const bool hearings = hasHearingForum(k);
    QStringList written;
    for (int i = 0; i < count; ++i) {
        domain::Note n;
        n.id = r.newId();
        n.caseId = k.id;
        n.occurredAt = times[i];
        n.author = r.pick(k.assignees);
        n.createdAt = std::min(nowMs, times[i] + r.between(5 * 60, 3 * 24 * 3600) * 1000LL);
        n.createdAt = std::max(n.createdAt, n.occurredAt);
        if (i > 0 && r.chance(0.01)) {
            n.kind = QStringLiteral("correction");
            n.correctsNoteId = r.pick(written);
            n.body = DemoTexts::correction(r);
        } else {
            n.kind = i == 0 ? QStringLiteral("interview")
                            : r.weighted({{"call", 35}, {"interview", 12}, {"meeting", 12}, {"visit", 12}, {"note", 21},
                                {"hearing", hearings ? 8.0 : 0.0}});
            const QDate on = QDateTime::fromMSecsSinceEpoch(times[i], QTimeZone(7 * 3600)).date();
            n.body = DemoTexts::noteBody(r, n.kind, k.story, on);
        }
        // Interviews about abuse or trafficking hold what the client said in confidence.
        n.confidential = r.chance(n.kind == QStringLiteral("interview") ? 0.3 : 0.05);
        LINTAS_TRY(m_ctx.writers.notes.createInBatch(n));
        LINTAS_TRY(m_ctx.batch.wrote(1));
        written << n.id;
    }
    return {};
}

} // namespace lintas::demo
