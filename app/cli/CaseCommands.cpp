#include "CaseCommands.h"

#include "CommandContext.h"
#include "CommandRegistry.h"
#include "EntityOptions.h"
#include "EntityView.h"
#include "ExitCodes.h"
#include "Lookup.h"
#include "MoneyText.h"
#include "repo/EntityMappings.h"
#include "repo/Workspace.h"

#include <QJsonArray>

namespace lintas::cli {

namespace {

// The reference is made by the device, client_id comes from --client; the rest is bookkeeping.
const QStringList kCaseExcluded {
    QStringLiteral("reference"), QStringLiteral("client_id"), QStringLiteral("created_at"), QStringLiteral("deleted")};

void printCase(CommandContext &ctx, const domain::Case &c)
{
    if (ctx.json())
        ctx.out().jsonDocument(EntityView::json(repo::caseMapping(), c));
    else
        ctx.out().fields(EntityView::rows(repo::caseMapping(), c, ctx.language()));
}

Result<repo::CaseSort> sortOrder(const QString &name)
{
    if (name.isEmpty() || name == QStringLiteral("updated"))
        return repo::CaseSort::RecentlyUpdated;
    if (name == QStringLiteral("opened"))
        return repo::CaseSort::RecentlyOpened;
    if (name == QStringLiteral("reference"))
        return repo::CaseSort::Reference;
    if (name == QStringLiteral("client"))
        return repo::CaseSort::ClientName;
    if (name == QStringLiteral("deadline"))
        return repo::CaseSort::NextDeadline;
    if (name == QStringLiteral("risk"))
        return repo::CaseSort::Risk;
    return ExitCodes::usage(QStringLiteral("--sort must be one of updated, opened, reference, client, deadline, risk"));
}

QJsonObject rowJson(const repo::CaseListRow &r)
{
    return {{QStringLiteral("id"), r.id}, {QStringLiteral("reference"), r.reference},
        {QStringLiteral("client_id"), r.clientId}, {QStringLiteral("client_name"), r.clientName},
        {QStringLiteral("title"), r.title.isEmpty() ? QJsonValue() : QJsonValue(r.title)},
        {QStringLiteral("status"), r.status},
        {QStringLiteral("risk"), r.risk.isEmpty() ? QJsonValue() : QJsonValue(r.risk)},
        {QStringLiteral("safety_flag"), r.safetyFlag},
        {QStringLiteral("opened_on"),
            r.openedOn.isValid() ? QJsonValue(r.openedOn.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("next_deadline"),
            r.nextDeadline.isValid() ? QJsonValue(r.nextDeadline.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("case_types"), QJsonArray::fromStringList(r.caseTypes)},
        {QStringLiteral("updated_at"), r.updatedAt}};
}

} // namespace

void CaseCommands::registerAll(CommandRegistry &registry)
{
    const repo::EntityDef &def = repo::caseMapping().def;
    QVector<OptionSpec> add = EntityOptions::specs(def, kCaseExcluded);
    add.prepend(OptionSpec::value(
        QStringLiteral("client"), QStringLiteral("CLIENT"), QStringLiteral("the client (id or id prefix); required")));
    registry.add({QStringLiteral("case add"), QString(), QStringLiteral("open a case for a client"), 0, 0, add,
        &CaseCommands::add});
    registry.add({QStringLiteral("case list"), QString(), QStringLiteral("list cases, filtered and sorted"), 0, 0,
        {OptionSpec::value(QStringLiteral("status"), QStringLiteral("CODE,…"), QStringLiteral("any of these statuses")),
            OptionSpec::value(QStringLiteral("type"), QStringLiteral("CODE"), QStringLiteral("case type")),
            OptionSpec::value(QStringLiteral("jurisdiction"), QStringLiteral("CODE"), QStringLiteral("jurisdiction")),
            OptionSpec::value(
                QStringLiteral("assignee"), QStringLiteral("NAME"), QStringLiteral("assigned caseworker")),
            OptionSpec::value(QStringLiteral("risk"), QStringLiteral("CODE"), QStringLiteral("risk level")),
            OptionSpec::value(
                QStringLiteral("client"), QStringLiteral("CLIENT"), QStringLiteral("cases of one client")),
            OptionSpec::value(QStringLiteral("due-within"), QStringLiteral("N"),
                QStringLiteral("open deadline due within N days (overdue included)")),
            OptionSpec::value(QStringLiteral("sort"), QStringLiteral("ORDER"),
                QStringLiteral("updated (default), opened, reference, client, deadline, risk")),
            OptionSpec::value(
                QStringLiteral("limit"), QStringLiteral("N"), QStringLiteral("at most N rows (default 50)")),
            OptionSpec::value(QStringLiteral("offset"), QStringLiteral("N"), QStringLiteral("skip the first N rows")),
            OptionSpec::flag(QStringLiteral("include-deleted"), QStringLiteral("also deleted cases"))},
        &CaseCommands::list});
    registry.add({QStringLiteral("case show"), QStringLiteral("CASE"),
        QStringLiteral("show a case with its money, deadlines and parties"), 1, 1, {}, &CaseCommands::show});
    registry.add({QStringLiteral("case update"), QStringLiteral("CASE"),
        QStringLiteral("change fields of a case (status changes follow the workflow)"), 1, 1,
        EntityOptions::specs(def, kCaseExcluded), &CaseCommands::update});
}

Status CaseCommands::add(CommandContext &ctx)
{
    if (!ctx.has(QStringLiteral("client")))
        return makeError(ErrorCode::Validation, QStringLiteral("--client is required"), QStringLiteral("client_id"));
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ws.error();
    auto clientId = Lookup::id(**ws, repo::clientMapping().def, ctx.option(QStringLiteral("client")));
    if (!clientId.ok())
        return clientId.error();
    repo::FieldMap fields;
    repo::SetMap sets;
    LINTAS_TRY(
        EntityOptions::read(repo::caseMapping().def, ctx.args(), QString(), ctx.today(), fields, sets, kCaseExcluded));
    domain::Case c = EntityOptions::apply(repo::caseMapping(), domain::Case {}, fields, sets);
    c.clientId = *clientId;
    auto created = (*ws)->cases().create(c);
    if (!created.ok())
        return created.error();
    printCase(ctx, *created);
    return {};
}

Status CaseCommands::list(CommandContext &ctx)
{
    auto sort = sortOrder(ctx.option(QStringLiteral("sort")));
    if (!sort.ok())
        return sort.error();
    auto limit = ctx.intOption(QStringLiteral("limit"), 50, 1, 1'000'000);
    if (!limit.ok())
        return limit.error();
    auto offset = ctx.intOption(QStringLiteral("offset"), 0, 0, 1'000'000'000);
    if (!offset.ok())
        return offset.error();
    auto within = ctx.intOption(QStringLiteral("due-within"), -1, 0, 36500);
    if (!within.ok())
        return within.error();
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ws.error();
    repo::CaseFilter filter;
    if (ctx.has(QStringLiteral("status")))
        filter.statuses = ctx.option(QStringLiteral("status")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    filter.caseType = ctx.option(QStringLiteral("type"));
    filter.jurisdiction = ctx.option(QStringLiteral("jurisdiction"));
    filter.assignee = ctx.option(QStringLiteral("assignee"));
    filter.risk = ctx.option(QStringLiteral("risk"));
    filter.deadlineWithinDays = *within;
    filter.includeDeleted = ctx.has(QStringLiteral("include-deleted"));
    if (ctx.has(QStringLiteral("client"))) {
        auto clientId = Lookup::id(**ws, repo::clientMapping().def, ctx.option(QStringLiteral("client")));
        if (!clientId.ok())
            return clientId.error();
        filter.clientId = *clientId;
    }
    auto rows = (*ws)->cases().list(filter, *sort, *limit, *offset);
    if (!rows.ok())
        return rows.error();
    if (ctx.json()) {
        QJsonArray out;
        for (const repo::CaseListRow &r : std::as_const(*rows))
            out << rowJson(r);
        ctx.out().jsonDocument(out);
        return {};
    }
    const repo::EntityDef &def = repo::caseMapping().def;
    QVector<QStringList> table;
    for (const repo::CaseListRow &r : std::as_const(*rows)) {
        table << QStringList {r.reference, r.clientName,
            EntityView::label(def, QStringLiteral("status"), r.status, ctx.language()),
            EntityView::label(def, QStringLiteral("risk"), r.risk, ctx.language())
                + (r.safetyFlag ? QStringLiteral(" ⚠") : QString()),
            EntityView::displaySet(def, QStringLiteral("case_types"), r.caseTypes, ctx.language()),
            r.openedOn.toString(Qt::ISODate), r.nextDeadline.toString(Qt::ISODate)};
    }
    ctx.out().table(
        {QStringLiteral("REFERENCE"), QStringLiteral("CLIENT"), QStringLiteral("STATUS"), QStringLiteral("RISK"),
            QStringLiteral("TYPES"), QStringLiteral("OPENED"), QStringLiteral("NEXT DEADLINE")},
        table, QStringLiteral("No cases match."));
    return {};
}

Status CaseCommands::show(CommandContext &ctx)
{
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ws.error();
    auto c = Lookup::kase(**ws, ctx.arg(0));
    if (!c.ok())
        return c.error();
    auto client = (*ws)->clients().get(c->clientId);
    auto totals = (*ws)->claims().totals(c->id);
    if (!totals.ok())
        return totals.error();
    auto deadlines = (*ws)->deadlines().forCase(c->id);
    if (!deadlines.ok())
        return deadlines.error();
    auto links = (*ws)->parties().linksForCase(c->id);
    if (!links.ok())
        return links.error();
    if (ctx.json()) {
        QJsonObject o = EntityView::json(repo::caseMapping(), *c);
        QJsonObject money;
        for (auto it = totals->cbegin(); it != totals->cend(); ++it) {
            money.insert(it.key(),
                QJsonObject {{QStringLiteral("claimed"), it->claimed}, {QStringLiteral("offered"), it->offered},
                    {QStringLiteral("awarded"), it->awarded}, {QStringLiteral("paid"), it->paid}});
        }
        QJsonArray deadlineArray, partyArray;
        for (const domain::Deadline &d : std::as_const(*deadlines))
            deadlineArray << EntityView::json(repo::deadlineMapping(), d);
        for (const domain::CaseParty &l : std::as_const(*links))
            partyArray << EntityView::json(repo::casePartyMapping(), l);
        o.insert(QStringLiteral("money"), money);
        o.insert(QStringLiteral("deadlines"), deadlineArray);
        o.insert(QStringLiteral("parties"), partyArray);
        ctx.out().jsonDocument(o);
        return {};
    }
    auto rows = EntityView::rows(repo::caseMapping(), *c, ctx.language());
    if (client.ok())
        rows.insert(1, {QStringLiteral("client"), client->fullName});
    ctx.out().fields(rows);
    QVector<QStringList> money;
    for (auto it = totals->cbegin(); it != totals->cend(); ++it) {
        money << QStringList {it.key(), MoneyText::format(it->claimed, it.key()),
            MoneyText::format(it->offered, it.key()), MoneyText::format(it->awarded, it.key()),
            MoneyText::format(it->paid, it.key())};
    }
    ctx.out().line();
    ctx.out().table({QStringLiteral("CURRENCY"), QStringLiteral("CLAIMED"), QStringLiteral("OFFERED"),
                        QStringLiteral("AWARDED"), QStringLiteral("PAID")},
        money, QStringLiteral("No claims."));
    const repo::EntityDef &dd = repo::deadlineMapping().def;
    QVector<QStringList> due;
    for (const domain::Deadline &d : std::as_const(*deadlines)) {
        due << QStringList {d.dueOn.toString(Qt::ISODate),
            EntityView::label(dd, QStringLiteral("kind"), d.kind, ctx.language()), d.title,
            d.doneOn.isValid() ? QStringLiteral("done %1").arg(d.doneOn.toString(Qt::ISODate)) : QString(),
            d.ruleId.isEmpty() ? QString() : QStringLiteral("%1 v%2").arg(d.ruleId).arg(d.ruleVersion)};
    }
    ctx.out().line();
    ctx.out().table({QStringLiteral("DUE"), QStringLiteral("KIND"), QStringLiteral("TITLE"), QStringLiteral("DONE"),
                        QStringLiteral("RULE")},
        due, QStringLiteral("No deadlines."));
    QVector<QStringList> parties;
    for (const domain::CaseParty &l : std::as_const(*links)) {
        auto party = (*ws)->parties().get(l.partyId);
        parties << QStringList {party.ok() ? party->name : l.partyId,
            EntityView::label(repo::casePartyMapping().def, QStringLiteral("role"), l.role, ctx.language()),
            EntityView::shortId(l.partyId)};
    }
    ctx.out().line();
    ctx.out().table({QStringLiteral("PARTY"), QStringLiteral("ROLE"), QStringLiteral("ID")}, parties,
        QStringLiteral("No parties linked."));
    return {};
}

Status CaseCommands::update(CommandContext &ctx)
{
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ws.error();
    auto c = Lookup::kase(**ws, ctx.arg(0));
    if (!c.ok())
        return c.error();
    repo::FieldMap fields;
    repo::SetMap sets;
    LINTAS_TRY(
        EntityOptions::read(repo::caseMapping().def, ctx.args(), QString(), ctx.today(), fields, sets, kCaseExcluded));
    auto changed = (*ws)->cases().update(EntityOptions::apply(repo::caseMapping(), *c, fields, sets));
    if (!changed.ok())
        return changed.error();
    if (!ctx.json())
        ctx.out().note(*changed ? QStringLiteral("Case updated.") : QStringLiteral("Nothing to change."));
    auto stored = (*ws)->cases().get(c->id);
    if (!stored.ok())
        return stored.error();
    printCase(ctx, *stored);
    return {};
}

} // namespace lintas::cli
