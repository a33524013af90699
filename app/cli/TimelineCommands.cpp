#include "TimelineCommands.h"

#include "CommandContext.h"
#include "CommandRegistry.h"
#include "EntityOptions.h"
#include "EntityView.h"
#include "ExitCodes.h"
#include "Listing.h"
#include "Lookup.h"
#include "WriteAndShow.h"
#include "repo/EntityMappings.h"
#include "repo/Workspace.h"
#include "rules/DeadlineCalculator.h"
#include "rules/DeadlineRuleSet.h"

#include <QDateTime>
#include <QJsonArray>

namespace lintas::cli {

namespace {

const QStringList kNoteExcluded {QStringLiteral("case_id"), QStringLiteral("body"), QStringLiteral("corrects_note_id"),
    QStringLiteral("created_at")};
const QStringList kDeadlineExcluded {QStringLiteral("case_id"), QStringLiteral("deleted")};

QStringList deadlineRow(const domain::Deadline &d, const QString &reference, domain::Language language)
{
    const repo::EntityDef &def = repo::deadlineMapping().def;
    return {d.dueOn.toString(Qt::ISODate), reference, EntityView::label(def, QStringLiteral("kind"), d.kind, language),
        d.title, d.doneOn.isValid() ? d.doneOn.toString(Qt::ISODate) : QString(),
        d.ruleId.isEmpty() ? QString() : QStringLiteral("%1 v%2").arg(d.ruleId).arg(d.ruleVersion)};
}

Status addNote(CommandContext &ctx)
{
    const bool inlineBody = ctx.has(QStringLiteral("body"));
    if (inlineBody == ctx.has(QStringLiteral("body-file")))
        return ExitCodes::usage(QStringLiteral("give the note with exactly one of --body TEXT or --body-file FILE"));
    // Unlock first: a passphrase on stdin comes before a body on stdin.
    LINTAS_TRY_ASSIGN(auto *ws, ctx.workspace());
    LINTAS_TRY_ASSIGN(const domain::Case kase, Lookup::kase(*ws, ctx.arg(0)));
    QString body = ctx.option(QStringLiteral("body"));
    if (!inlineBody) {
        LINTAS_TRY_ASSIGN(const QByteArray bytes, ctx.readInput(ctx.option(QStringLiteral("body-file"))));
        body = QString::fromUtf8(bytes);
    }
    LINTAS_TRY_ASSIGN(domain::Note n, ctx.withOptions(repo::noteMapping(), domain::Note {}, kNoteExcluded));
    n.caseId = kase.id;
    n.body = body.trimmed();
    if (ctx.has(QStringLiteral("corrects"))) {
        LINTAS_TRY_ASSIGN(
            n.correctsNoteId, Lookup::id(*ws, repo::noteMapping().def, ctx.option(QStringLiteral("corrects"))));
        n.kind = QStringLiteral("correction");
    }
    return createAndShow(ctx, ws->notes(), repo::noteMapping(), n);
}

Status listNotes(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(const int limit, ctx.intOption(QStringLiteral("limit"), -1, 1, 10'000'000));
    LINTAS_TRY_ASSIGN(const int offset, ctx.intOption(QStringLiteral("offset"), 0, 0, 1'000'000'000));
    LINTAS_TRY_ASSIGN(auto *ws, ctx.workspace());
    LINTAS_TRY_ASSIGN(const domain::Case kase, Lookup::kase(*ws, ctx.arg(0)));
    LINTAS_TRY_ASSIGN(const QVector<domain::Note> notes, ws->notes().forCase(kase.id, limit, offset));
    const repo::EntityDef &def = repo::noteMapping().def;
    Listing listing(
        ctx.out(), {"ID", "WHEN", "KIND", "AUTHOR", "NOTE"}, QStringLiteral("No notes for %1.").arg(kase.reference));
    listing.addRecords(repo::noteMapping(), notes, [&](const domain::Note &n) {
        return QStringList {EntityView::shortId(n.id),
            QDateTime::fromMSecsSinceEpoch(n.occurredAt).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
            EntityView::label(def, QStringLiteral("kind"), n.kind, ctx.language()), n.author,
            (n.confidential ? QStringLiteral("🔒 ") : QString()) + n.body};
    });
    listing.print();
    return {};
}

Status addDeadline(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(auto *ws, ctx.workspace());
    LINTAS_TRY_ASSIGN(const domain::Case kase, Lookup::kase(*ws, ctx.arg(0)));
    LINTAS_TRY_ASSIGN(
        domain::Deadline d, ctx.withOptions(repo::deadlineMapping(), domain::Deadline {}, kDeadlineExcluded));
    d.caseId = kase.id;
    return createAndShow(ctx, ws->deadlines(), repo::deadlineMapping(), d);
}

Status listDeadlines(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(const int within, ctx.intOption(QStringLiteral("within"), 30, 0, 36500));
    LINTAS_TRY_ASSIGN(auto *ws, ctx.workspace());
    QVector<domain::Deadline> deadlines;
    if (!ctx.arg(0).isEmpty()) {
        LINTAS_TRY_ASSIGN(const domain::Case kase, Lookup::kase(*ws, ctx.arg(0)));
        LINTAS_TRY_ASSIGN(deadlines, ws->deadlines().forCase(kase.id));
    } else {
        LINTAS_TRY_ASSIGN(deadlines, ws->deadlines().openUntil(ctx.today().addDays(within), 10000));
    }
    Listing listing(ctx.out(), {"DUE", "CASE", "KIND", "TITLE", "DONE", "RULE"}, QStringLiteral("No deadlines."));
    listing.addRecords(repo::deadlineMapping(), deadlines, [&](const domain::Deadline &d) {
        auto kase = ws->cases().get(d.caseId);
        return deadlineRow(d, kase.ok() ? kase->reference : d.caseId, ctx.language());
    });
    listing.print();
    return {};
}

Result<QMap<QString, QDate>> triggerDates(const CommandContext &ctx, const rules::DeadlineRuleSet &ruleSet)
{
    QMap<QString, QDate> triggers;
    for (const QString &t : ctx.args().values(QStringLiteral("trigger"))) {
        const QString code = t.section(QLatin1Char('='), 0, 0).trimmed();
        const QDate date = QDate::fromString(t.section(QLatin1Char('='), 1).trimmed(), QStringLiteral("yyyy-MM-dd"));
        if (!ruleSet.triggers().contains(code))
            return makeError(ErrorCode::Validation,
                QStringLiteral("trigger: unknown code '%1' (see `lintas-cli codes deadline_triggers`)").arg(code),
                QStringLiteral("trigger"));
        if (!date.isValid())
            return makeError(ErrorCode::Validation,
                QStringLiteral("trigger: '%1' needs a date written CODE=YYYY-MM-DD").arg(t), QStringLiteral("trigger"));
        triggers.insert(code, date);
    }
    return triggers;
}

QJsonObject suggestionJson(const rules::SuggestedDeadline &s, domain::Language language)
{
    return {{QStringLiteral("rule_id"), s.ruleId}, {QStringLiteral("rule_version"), s.ruleVersion},
        {QStringLiteral("kind"), s.kind}, {QStringLiteral("forum"), s.forum}, {QStringLiteral("trigger"), s.trigger},
        {QStringLiteral("trigger_date"), s.triggerDate.toString(Qt::ISODate)},
        {QStringLiteral("due_on"), s.dueDate.toString(Qt::ISODate)}, {QStringLiteral("title"), s.title.text(language)},
        {QStringLiteral("source"), s.source}, {QStringLiteral("uncertain"), s.uncertain},
        {QStringLiteral("overdue"), s.overdue}};
}

QStringList suggestionRow(const rules::SuggestedDeadline &s, domain::Language language)
{
    QString flags;
    if (s.overdue)
        flags += QStringLiteral("OVERDUE ");
    if (s.uncertain)
        flags += QStringLiteral("to be confirmed");
    // Sources can be paragraphs long; the table shows their start, --json the whole text.
    const QString source = s.source.size() > 60 ? s.source.left(59) + QStringLiteral("…") : s.source;
    return {s.dueDate.toString(Qt::ISODate), s.title.text(language),
        QStringLiteral("%1 v%2").arg(s.ruleId).arg(s.ruleVersion), source, flags.trimmed()};
}

Status suggestDeadlines(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(const rules::DeadlineRuleSet ruleSet, rules::DeadlineRuleSet::bundled());
    LINTAS_TRY_ASSIGN(const auto triggers, triggerDates(ctx, ruleSet));
    LINTAS_TRY_ASSIGN(auto *ws, ctx.workspace());
    LINTAS_TRY_ASSIGN(const domain::Case kase, Lookup::kase(*ws, ctx.arg(0)));
    const rules::DeadlineCalculator calculator(ruleSet);
    const auto suggestions = calculator.suggest(kase.caseTypes, kase.jurisdictions, triggers, ctx.today());
    QStringList missing;
    for (const QString &j : kase.jurisdictions.isEmpty() ? QStringList {QString()} : kase.jurisdictions) {
        for (const QString &m : calculator.missingTriggers(kase.caseTypes, j, triggers)) {
            if (!missing.contains(m))
                missing << m;
        }
    }

    int created = 0;
    if (ctx.has(QStringLiteral("apply"))) {
        LINTAS_TRY_ASSIGN(created, ws->deadlines().addSuggestions(kase.id, suggestions, ctx.language()));
    }
    if (ctx.json()) {
        QJsonArray out;
        for (const rules::SuggestedDeadline &s : suggestions)
            out << suggestionJson(s, ctx.language());
        ctx.out().jsonDocument(
            QJsonObject {{QStringLiteral("case"), kase.reference}, {QStringLiteral("suggestions"), out},
                {QStringLiteral("missing_triggers"), QJsonArray::fromStringList(missing)},
                {QStringLiteral("created"), created}});
        return {};
    }
    QVector<QStringList> rows;
    for (const rules::SuggestedDeadline &s : suggestions)
        rows << suggestionRow(s, ctx.language());
    ctx.out().table(
        {"DUE", "DEADLINE", "RULE", "SOURCE", "NOTE"}, rows, QStringLiteral("No rule applies with the dates given."));
    if (!missing.isEmpty()) {
        QStringList labels;
        for (const QString &m : std::as_const(missing))
            labels << QStringLiteral("%1 (%2)").arg(m, ruleSet.triggers().label(m, ctx.language()));
        ctx.out().note(
            QStringLiteral("More rules may apply once these dates are known (add --trigger CODE=YYYY-MM-DD): %1")
                .arg(labels.join(QStringLiteral(", "))));
    }
    if (ctx.has(QStringLiteral("apply")))
        ctx.out().note(QStringLiteral("%1 deadline(s) created.").arg(created));
    return {};
}

} // namespace

void registerTimelineCommands(CommandRegistry &registry)
{
    QVector<OptionSpec> note = EntityOptions::specs(repo::noteMapping().def, kNoteExcluded);
    note << OptionSpec::value(QStringLiteral("body"), QStringLiteral("TEXT"), QStringLiteral("the note"))
         << OptionSpec::value(
                QStringLiteral("body-file"), QStringLiteral("FILE"), QStringLiteral("the note from FILE (- = stdin)"))
         << OptionSpec::value(QStringLiteral("corrects"), QStringLiteral("NOTE"),
                QStringLiteral("this note corrects an earlier one (kind becomes correction)"));
    registry.add({QStringLiteral("note add"), QStringLiteral("CASE"),
        QStringLiteral("add a note, interview, call or visit to a case's timeline (append-only)"), 1, 1, note,
        &addNote});
    registry.add({QStringLiteral("note list"), QStringLiteral("CASE"),
        QStringLiteral("a case's timeline, oldest first"), 1, 1,
        {OptionSpec::value(QStringLiteral("limit"), QStringLiteral("N"), QStringLiteral("at most N notes")),
            OptionSpec::value(QStringLiteral("offset"), QStringLiteral("N"), QStringLiteral("skip the first N notes"))},
        &listNotes});
    registry.add({QStringLiteral("deadline add"), QStringLiteral("CASE"),
        QStringLiteral("add a deadline, hearing or task by hand (--kind, --title, --due-on)"), 1, 1,
        EntityOptions::specs(repo::deadlineMapping().def, kDeadlineExcluded), &addDeadline});
    registry.add({QStringLiteral("deadline list"), QStringLiteral("[CASE]"),
        QStringLiteral("deadlines of a case, or open ones due within N days"), 0, 1,
        {OptionSpec::value(QStringLiteral("within"), QStringLiteral("N"),
            QStringLiteral("without CASE: open deadlines due within N days, overdue included (default 30)"))},
        &listDeadlines});
    registry.add({QStringLiteral("deadline suggest"), QStringLiteral("CASE"),
        QStringLiteral("deadlines the rules give for the case's facts"), 1, 1,
        {OptionSpec::value(QStringLiteral("trigger"), QStringLiteral("CODE=DATE"),
             QStringLiteral("a key date, e.g. termination=2026-01-10 (codes: lintas-cli codes "
                            "deadline_triggers)"),
             true),
            OptionSpec::flag(
                QStringLiteral("apply"), QStringLiteral("create the suggested deadlines (once per rule)"))},
        &suggestDeadlines});
}

} // namespace lintas::cli
