#include "CaseCommands.h"

#include "CommandContext.h"
#include "CommandRegistry.h"
#include "EntityOptions.h"
#include "EntityView.h"
#include "ExitCodes.h"
#include "Listing.h"
#include "Lookup.h"
#include "MoneyText.h"
#include "WriteAndShow.h"
#include "repo/EntityMappings.h"
#include "repo/Workspace.h"

#include <QJsonArray>

namespace lintas::cli {

namespace {

// The reference is made by the device, client_id comes from --client; the rest is bookkeeping.
const QStringList kCaseExcluded {
    QStringLiteral("reference"), QStringLiteral("client_id"), QStringLiteral("created_at"), QStringLiteral("deleted")};

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

QStringList rowColumns(const repo::CaseListRow &r, domain::Language language)
{
    const repo::EntityDef &def = repo::caseMapping().def;
    return {r.reference, r.clientName, EntityView::label(def, QStringLiteral("status"), r.status, language),
        EntityView::label(def, QStringLiteral("risk"), r.risk, language)
            + (r.safetyFlag ? QStringLiteral(" ⚠") : QString()),
        EntityView::displaySet(def, QStringLiteral("case_types"), r.caseTypes, language),
        r.openedOn.toString(Qt::ISODate), r.nextDeadline.toString(Qt::ISODate)};
}

Status add(CommandContext &ctx)
{
    if (!ctx.has(QStringLiteral("client")))
        return makeError(ErrorCode::Validation, QStringLiteral("--client is required"), QStringLiteral("client_id"));
    LINTAS_TRY_ASSIGN(auto *ws, ctx.workspace());
    LINTAS_TRY_ASSIGN(
        const QString clientId, Lookup::id(*ws, repo::clientMapping().def, ctx.option(QStringLiteral("client"))));
    LINTAS_TRY_ASSIGN(domain::Case c, ctx.withOptions(repo::caseMapping(), domain::Case {}, kCaseExcluded));
    c.clientId = clientId;
    return createAndShow(ctx, ws->cases(), repo::caseMapping(), c);
}

Status list(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(const repo::CaseSort sort, sortOrder(ctx.option(QStringLiteral("sort"))));
    LINTAS_TRY_ASSIGN(const int limit, ctx.intOption(QStringLiteral("limit"), 50, 1, 1'000'000));
    LINTAS_TRY_ASSIGN(const int offset, ctx.intOption(QStringLiteral("offset"), 0, 0, 1'000'000'000));
    LINTAS_TRY_ASSIGN(const int within, ctx.intOption(QStringLiteral("due-within"), -1, 0, 36500));
    LINTAS_TRY_ASSIGN(auto *ws, ctx.workspace());
    repo::CaseFilter filter;
    if (ctx.has(QStringLiteral("status")))
        filter.statuses = ctx.option(QStringLiteral("status")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    filter.caseType = ctx.option(QStringLiteral("type"));
    filter.jurisdiction = ctx.option(QStringLiteral("jurisdiction"));
    filter.assignee = ctx.option(QStringLiteral("assignee"));
    filter.risk = ctx.option(QStringLiteral("risk"));
    filter.deadlineWithinDays = within;
    filter.includeDeleted = ctx.has(QStringLiteral("include-deleted"));
    if (ctx.has(QStringLiteral("client"))) {
        LINTAS_TRY_ASSIGN(
            filter.clientId, Lookup::id(*ws, repo::clientMapping().def, ctx.option(QStringLiteral("client"))));
    }
    LINTAS_TRY_ASSIGN(const QVector<repo::CaseListRow> rows, ws->cases().list(filter, sort, limit, offset));
    Listing listing(ctx.out(), {"REFERENCE", "CLIENT", "STATUS", "RISK", "TYPES", "OPENED", "NEXT DEADLINE"},
        QStringLiteral("No cases match."));
    for (const repo::CaseListRow &r : rows)
        listing.add(rowJson(r), rowColumns(r, ctx.language()));
    listing.print();
    return {};
}

void printShowTables(CommandContext &ctx, repo::Workspace &ws, const QMap<QString, repo::MoneyTotals> &totals,
    const QVector<domain::Deadline> &deadlines, const QVector<domain::CaseParty> &links)
{
    QVector<QStringList> money;
    for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
        money << QStringList {it.key(), MoneyText::format(it->claimed, it.key()),
            MoneyText::format(it->offered, it.key()), MoneyText::format(it->awarded, it.key()),
            MoneyText::format(it->paid, it.key())};
    }
    ctx.out().line();
    ctx.out().table({"CURRENCY", "CLAIMED", "OFFERED", "AWARDED", "PAID"}, money, QStringLiteral("No claims."));
    const repo::EntityDef &dd = repo::deadlineMapping().def;
    QVector<QStringList> due;
    for (const domain::Deadline &d : deadlines) {
        due << QStringList {d.dueOn.toString(Qt::ISODate),
            EntityView::label(dd, QStringLiteral("kind"), d.kind, ctx.language()), d.title,
            d.doneOn.isValid() ? QStringLiteral("done %1").arg(d.doneOn.toString(Qt::ISODate)) : QString(),
            d.ruleId.isEmpty() ? QString() : QStringLiteral("%1 v%2").arg(d.ruleId).arg(d.ruleVersion)};
    }
    ctx.out().line();
    ctx.out().table({"DUE", "KIND", "TITLE", "DONE", "RULE"}, due, QStringLiteral("No deadlines."));
    QVector<QStringList> parties;
    for (const domain::CaseParty &l : links) {
        auto party = ws.parties().get(l.partyId);
        parties << QStringList {party.ok() ? party->name : l.partyId,
            EntityView::label(repo::casePartyMapping().def, QStringLiteral("role"), l.role, ctx.language()),
            EntityView::shortId(l.partyId)};
    }
    ctx.out().line();
    ctx.out().table({"PARTY", "ROLE", "ID"}, parties, QStringLiteral("No parties linked."));
}

Status show(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(auto *ws, ctx.workspace());
    LINTAS_TRY_ASSIGN(const domain::Case c, Lookup::kase(*ws, ctx.arg(0)));
    auto client = ws->clients().get(c.clientId);
    LINTAS_TRY_ASSIGN(const auto totals, ws->claims().totals(c.id));
    LINTAS_TRY_ASSIGN(const QVector<domain::Deadline> deadlines, ws->deadlines().forCase(c.id));
    LINTAS_TRY_ASSIGN(const QVector<domain::CaseParty> links, ws->parties().linksForCase(c.id));
    if (ctx.json()) {
        QJsonObject o = EntityView::json(repo::caseMapping(), c);
        QJsonObject money;
        for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
            money.insert(it.key(),
                QJsonObject {{QStringLiteral("claimed"), it->claimed}, {QStringLiteral("offered"), it->offered},
                    {QStringLiteral("awarded"), it->awarded}, {QStringLiteral("paid"), it->paid}});
        }
        QJsonArray deadlineArray, partyArray;
        for (const domain::Deadline &d : deadlines)
            deadlineArray << EntityView::json(repo::deadlineMapping(), d);
        for (const domain::CaseParty &l : links)
            partyArray << EntityView::json(repo::casePartyMapping(), l);
        o.insert(QStringLiteral("money"), money);
        o.insert(QStringLiteral("deadlines"), deadlineArray);
        o.insert(QStringLiteral("parties"), partyArray);
        ctx.out().jsonDocument(o);
        return {};
    }
    auto rows = EntityView::rows(repo::caseMapping(), c, ctx.language());
    if (client.ok())
        rows.insert(1, {QStringLiteral("client"), client->fullName});
    ctx.out().fields(rows);
    printShowTables(ctx, *ws, totals, deadlines, links);
    return {};
}

Status update(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(auto *ws, ctx.workspace());
    LINTAS_TRY_ASSIGN(const domain::Case c, Lookup::kase(*ws, ctx.arg(0)));
    LINTAS_TRY_ASSIGN(const domain::Case changed, ctx.withOptions(repo::caseMapping(), c, kCaseExcluded));
    return updateAndShow(ctx, ws->cases(), repo::caseMapping(), changed, QStringLiteral("Case updated."));
}

} // namespace

void registerCaseCommands(CommandRegistry &registry)
{
    const repo::EntityDef &def = repo::caseMapping().def;
    QVector<OptionSpec> addOptions = EntityOptions::specs(def, kCaseExcluded);
    addOptions.prepend(OptionSpec::value(
        QStringLiteral("client"), QStringLiteral("CLIENT"), QStringLiteral("the client (id or id prefix); required")));
    registry.add(
        {QStringLiteral("case add"), QString(), QStringLiteral("open a case for a client"), 0, 0, addOptions, &add});
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
        &list});
    registry.add({QStringLiteral("case show"), QStringLiteral("CASE"),
        QStringLiteral("show a case with its money, deadlines and parties"), 1, 1, {}, &show});
    registry.add({QStringLiteral("case update"), QStringLiteral("CASE"),
        QStringLiteral("change fields of a case (status changes follow the workflow)"), 1, 1,
        EntityOptions::specs(def, kCaseExcluded), &update});
}

} // namespace lintas::cli
