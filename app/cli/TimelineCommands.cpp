#include "TimelineCommands.h"

#include "CommandContext.h"
#include "CommandRegistry.h"
#include "EntityOptions.h"
#include "EntityView.h"
#include "ExitCodes.h"
#include "Lookup.h"
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

const QStringList kDeadlineHeaders {QStringLiteral("DUE"), QStringLiteral("CASE"), QStringLiteral("KIND"),
    QStringLiteral("TITLE"), QStringLiteral("DONE"), QStringLiteral("RULE")};

} // namespace

void TimelineCommands::registerAll(CommandRegistry &registry)
{
    QVector<OptionSpec> note = EntityOptions::specs(repo::noteMapping().def, kNoteExcluded);
    note << OptionSpec::value(QStringLiteral("body"), QStringLiteral("TEXT"), QStringLiteral("the note"))
         << OptionSpec::value(
                QStringLiteral("body-file"), QStringLiteral("FILE"), QStringLiteral("the note from FILE (- = stdin)"))
         << OptionSpec::value(QStringLiteral("corrects"), QStringLiteral("NOTE"),
                QStringLiteral("this note corrects an earlier one (kind becomes correction)"));
    registry.add({QStringLiteral("note add"), QStringLiteral("CASE"),
        QStringLiteral("add a note, interview, call or visit to a case's timeline (append-only)"), 1, 1, note,
        &TimelineCommands::addNote});
    registry.add({QStringLiteral("note list"), QStringLiteral("CASE"),
        QStringLiteral("a case's timeline, oldest first"), 1, 1,
        {OptionSpec::value(QStringLiteral("limit"), QStringLiteral("N"), QStringLiteral("at most N notes")),
            OptionSpec::value(QStringLiteral("offset"), QStringLiteral("N"), QStringLiteral("skip the first N notes"))},
        &TimelineCommands::listNotes});
    registry.add({QStringLiteral("deadline add"), QStringLiteral("CASE"),
        QStringLiteral("add a deadline, hearing or task by hand (--kind, --title, --due-on)"), 1, 1,
        EntityOptions::specs(repo::deadlineMapping().def, kDeadlineExcluded), &TimelineCommands::addDeadline});
    registry.add({QStringLiteral("deadline list"), QStringLiteral("[CASE]"),
        QStringLiteral("deadlines of a case, or open ones due within N days"), 0, 1,
        {OptionSpec::value(QStringLiteral("within"), QStringLiteral("N"),
            QStringLiteral("without CASE: open deadlines due within N days, overdue included (default 30)"))},
        &TimelineCommands::listDeadlines});
    registry.add({QStringLiteral("deadline suggest"), QStringLiteral("CASE"),
        QStringLiteral("deadlines the rules give for the case's facts"), 1, 1,
        {OptionSpec::value(QStringLiteral("trigger"), QStringLiteral("CODE=DATE"),
             QStringLiteral("a key date, e.g. termination=2026-01-10 (codes: lintas-cli codes "
                            "deadline_triggers)"),
             true),
            OptionSpec::flag(
                QStringLiteral("apply"), QStringLiteral("create the suggested deadlines (once per rule)"))},
        &TimelineCommands::suggestDeadlines});
}

Status TimelineCommands::addNote(CommandContext &ctx)
{
    const bool inlineBody = ctx.has(QStringLiteral("body"));
    if (inlineBody == ctx.has(QStringLiteral("body-file")))
        return ExitCodes::usage(QStringLiteral("give the note with exactly one of --body TEXT or --body-file FILE"));
    // Unlock first: a passphrase on stdin comes before a body on stdin.
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ws.error();
    auto kase = Lookup::kase(**ws, ctx.arg(0));
    if (!kase.ok())
        return kase.error();
    QString body = ctx.option(QStringLiteral("body"));
    if (!inlineBody) {
        auto bytes = ctx.readInput(ctx.option(QStringLiteral("body-file")));
        if (!bytes.ok())
            return bytes.error();
        body = QString::fromUtf8(*bytes);
    }
    repo::FieldMap fields;
    repo::SetMap sets;
    LINTAS_TRY(
        EntityOptions::read(repo::noteMapping().def, ctx.args(), QString(), ctx.today(), fields, sets, kNoteExcluded));
    domain::Note n = EntityOptions::apply(repo::noteMapping(), domain::Note {}, fields, sets);
    n.caseId = kase->id;
    n.body = body.trimmed();
    if (ctx.has(QStringLiteral("corrects"))) {
        auto corrected = Lookup::id(**ws, repo::noteMapping().def, ctx.option(QStringLiteral("corrects")));
        if (!corrected.ok())
            return corrected.error();
        n.correctsNoteId = *corrected;
        n.kind = QStringLiteral("correction");
    }
    auto created = (*ws)->notes().create(n);
    if (!created.ok())
        return created.error();
    if (ctx.json())
        ctx.out().jsonDocument(EntityView::json(repo::noteMapping(), *created));
    else
        ctx.out().fields(EntityView::rows(repo::noteMapping(), *created, ctx.language()));
    return {};
}

Status TimelineCommands::listNotes(CommandContext &ctx)
{
    auto limit = ctx.intOption(QStringLiteral("limit"), -1, 1, 10'000'000);
    if (!limit.ok())
        return limit.error();
    auto offset = ctx.intOption(QStringLiteral("offset"), 0, 0, 1'000'000'000);
    if (!offset.ok())
        return offset.error();
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ws.error();
    auto kase = Lookup::kase(**ws, ctx.arg(0));
    if (!kase.ok())
        return kase.error();
    auto notes = (*ws)->notes().forCase(kase->id, *limit, *offset);
    if (!notes.ok())
        return notes.error();
    if (ctx.json()) {
        QJsonArray out;
        for (const domain::Note &n : std::as_const(*notes))
            out << EntityView::json(repo::noteMapping(), n);
        ctx.out().jsonDocument(out);
        return {};
    }
    const repo::EntityDef &def = repo::noteMapping().def;
    QVector<QStringList> rows;
    for (const domain::Note &n : std::as_const(*notes)) {
        rows << QStringList {EntityView::shortId(n.id),
            QDateTime::fromMSecsSinceEpoch(n.occurredAt).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
            EntityView::label(def, QStringLiteral("kind"), n.kind, ctx.language()), n.author,
            (n.confidential ? QStringLiteral("🔒 ") : QString()) + n.body};
    }
    ctx.out().table({QStringLiteral("ID"), QStringLiteral("WHEN"), QStringLiteral("KIND"), QStringLiteral("AUTHOR"),
                        QStringLiteral("NOTE")},
        rows, QStringLiteral("No notes for %1.").arg(kase->reference));
    return {};
}

Status TimelineCommands::addDeadline(CommandContext &ctx)
{
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ws.error();
    auto kase = Lookup::kase(**ws, ctx.arg(0));
    if (!kase.ok())
        return kase.error();
    repo::FieldMap fields;
    repo::SetMap sets;
    LINTAS_TRY(EntityOptions::read(
        repo::deadlineMapping().def, ctx.args(), QString(), ctx.today(), fields, sets, kDeadlineExcluded));
    domain::Deadline d = EntityOptions::apply(repo::deadlineMapping(), domain::Deadline {}, fields, sets);
    d.caseId = kase->id;
    auto created = (*ws)->deadlines().create(d);
    if (!created.ok())
        return created.error();
    if (ctx.json())
        ctx.out().jsonDocument(EntityView::json(repo::deadlineMapping(), *created));
    else
        ctx.out().fields(EntityView::rows(repo::deadlineMapping(), *created, ctx.language()));
    return {};
}

Status TimelineCommands::listDeadlines(CommandContext &ctx)
{
    auto within = ctx.intOption(QStringLiteral("within"), 30, 0, 36500);
    if (!within.ok())
        return within.error();
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ws.error();
    Result<QVector<domain::Deadline>> deadlines = QVector<domain::Deadline>();
    if (!ctx.arg(0).isEmpty()) {
        auto kase = Lookup::kase(**ws, ctx.arg(0));
        if (!kase.ok())
            return kase.error();
        deadlines = (*ws)->deadlines().forCase(kase->id);
    } else {
        deadlines = (*ws)->deadlines().openUntil(ctx.today().addDays(*within), 10000);
    }
    if (!deadlines.ok())
        return deadlines.error();
    if (ctx.json()) {
        QJsonArray out;
        for (const domain::Deadline &d : std::as_const(*deadlines))
            out << EntityView::json(repo::deadlineMapping(), d);
        ctx.out().jsonDocument(out);
        return {};
    }
    QVector<QStringList> rows;
    for (const domain::Deadline &d : std::as_const(*deadlines)) {
        auto kase = (*ws)->cases().get(d.caseId);
        rows << deadlineRow(d, kase.ok() ? kase->reference : d.caseId, ctx.language());
    }
    ctx.out().table(kDeadlineHeaders, rows, QStringLiteral("No deadlines."));
    return {};
}

Status TimelineCommands::suggestDeadlines(CommandContext &ctx)
{
    auto ruleSet = rules::DeadlineRuleSet::bundled();
    if (!ruleSet.ok())
        return ruleSet.error();
    QMap<QString, QDate> triggers;
    for (const QString &t : ctx.args().values(QStringLiteral("trigger"))) {
        const QString code = t.section(QLatin1Char('='), 0, 0).trimmed();
        const QDate date = QDate::fromString(t.section(QLatin1Char('='), 1).trimmed(), QStringLiteral("yyyy-MM-dd"));
        if (!ruleSet->triggers().contains(code))
            return makeError(ErrorCode::Validation,
                QStringLiteral("trigger: unknown code '%1' (see `lintas-cli codes deadline_triggers`)").arg(code),
                QStringLiteral("trigger"));
        if (!date.isValid())
            return makeError(ErrorCode::Validation,
                QStringLiteral("trigger: '%1' needs a date written CODE=YYYY-MM-DD").arg(t), QStringLiteral("trigger"));
        triggers.insert(code, date);
    }
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ws.error();
    auto kase = Lookup::kase(**ws, ctx.arg(0));
    if (!kase.ok())
        return kase.error();
    const rules::DeadlineCalculator calculator(*ruleSet);
    const auto suggestions = calculator.suggest(kase->caseTypes, kase->jurisdictions, triggers, ctx.today());
    QStringList missing;
    for (const QString &j : kase->jurisdictions.isEmpty() ? QStringList {QString()} : kase->jurisdictions) {
        for (const QString &m : calculator.missingTriggers(kase->caseTypes, j, triggers)) {
            if (!missing.contains(m))
                missing << m;
        }
    }

    int created = 0;
    if (ctx.has(QStringLiteral("apply"))) {
        auto existing = (*ws)->deadlines().forCase(kase->id);
        if (!existing.ok())
            return existing.error();
        auto tx = (*ws)->database().begin();
        if (!tx.ok())
            return tx.error();
        for (const rules::SuggestedDeadline &s : suggestions) {
            // Once per rule: applying again after adding a trigger adds only what is new.
            const bool have = std::any_of(existing->cbegin(), existing->cend(),
                [&](const domain::Deadline &d) { return d.ruleId == s.ruleId && d.triggerDate == s.triggerDate; });
            if (have)
                continue;
            domain::Deadline d;
            d.caseId = kase->id;
            d.kind = s.kind;
            d.title = s.title.text(ctx.language());
            d.dueOn = s.dueDate;
            d.ruleId = s.ruleId;
            d.ruleVersion = s.ruleVersion;
            d.triggerDate = s.triggerDate;
            d.source = s.source;
            if (s.uncertain)
                d.notes = ctx.language() == domain::Language::Indonesian ? QStringLiteral("Tanggal perlu dikonfirmasi.")
                                                                         : QStringLiteral("Date to be confirmed.");
            auto added = (*ws)->deadlines().create(d);
            if (!added.ok())
                return added.error();
            ++created;
        }
        LINTAS_TRY(tx->commit());
    }
    if (ctx.json()) {
        QJsonArray out;
        for (const rules::SuggestedDeadline &s : suggestions) {
            out << QJsonObject {{QStringLiteral("rule_id"), s.ruleId}, {QStringLiteral("rule_version"), s.ruleVersion},
                {QStringLiteral("kind"), s.kind}, {QStringLiteral("forum"), s.forum},
                {QStringLiteral("trigger"), s.trigger},
                {QStringLiteral("trigger_date"), s.triggerDate.toString(Qt::ISODate)},
                {QStringLiteral("due_on"), s.dueDate.toString(Qt::ISODate)},
                {QStringLiteral("title"), s.title.text(ctx.language())}, {QStringLiteral("source"), s.source},
                {QStringLiteral("uncertain"), s.uncertain}, {QStringLiteral("overdue"), s.overdue}};
        }
        ctx.out().jsonDocument(
            QJsonObject {{QStringLiteral("case"), kase->reference}, {QStringLiteral("suggestions"), out},
                {QStringLiteral("missing_triggers"), QJsonArray::fromStringList(missing)},
                {QStringLiteral("created"), created}});
        return {};
    }
    QVector<QStringList> rows;
    for (const rules::SuggestedDeadline &s : suggestions) {
        QString flags;
        if (s.overdue)
            flags += QStringLiteral("OVERDUE ");
        if (s.uncertain)
            flags += QStringLiteral("to be confirmed");
        // Sources can be paragraphs long; the table shows their start, --json the whole text.
        const QString source = s.source.size() > 60 ? s.source.left(59) + QStringLiteral("…") : s.source;
        rows << QStringList {s.dueDate.toString(Qt::ISODate), s.title.text(ctx.language()),
            QStringLiteral("%1 v%2").arg(s.ruleId).arg(s.ruleVersion), source, flags.trimmed()};
    }
    ctx.out().table({QStringLiteral("DUE"), QStringLiteral("DEADLINE"), QStringLiteral("RULE"),
                        QStringLiteral("SOURCE"), QStringLiteral("NOTE")},
        rows, QStringLiteral("No rule applies with the dates given."));
    if (!missing.isEmpty()) {
        QStringList labels;
        for (const QString &m : std::as_const(missing))
            labels << QStringLiteral("%1 (%2)").arg(m, ruleSet->triggers().label(m, ctx.language()));
        ctx.out().note(
            QStringLiteral("More rules may apply once these dates are known (add --trigger CODE=YYYY-MM-DD): %1")
                .arg(labels.join(QStringLiteral(", "))));
    }
    if (ctx.has(QStringLiteral("apply")))
        ctx.out().note(QStringLiteral("%1 deadline(s) created.").arg(created));
    return {};
}

} // namespace lintas::cli
