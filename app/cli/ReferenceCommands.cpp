#include "ReferenceCommands.h"

#include "CommandContext.h"
#include "CommandRegistry.h"
#include "EntityView.h"
#include "ExitCodes.h"
#include "domain/CodeLists.h"
#include "repo/Workspace.h"
#include "rules/DeadlineRuleSet.h"

#include <QJsonArray>

namespace lintas::cli {

void ReferenceCommands::registerAll(CommandRegistry &registry)
{
    registry.add({QStringLiteral("search"), QStringLiteral("QUERY..."),
        QStringLiteral("find clients (names, aliases, NIK, passport, phones), cases and notes"), 1, -1,
        {OptionSpec::value(
             QStringLiteral("kind"), QStringLiteral("KIND"), QStringLiteral("client, case or note (repeatable)"), true),
            OptionSpec::value(
                QStringLiteral("limit"), QStringLiteral("N"), QStringLiteral("at most N hits (default 50)"))},
        &ReferenceCommands::search});
    registry.add({QStringLiteral("codes"), QStringLiteral("[LIST]"),
        QStringLiteral("the code lists and their labels (no profile needed)"), 0, 1, {}, &ReferenceCommands::codes});
}

Status ReferenceCommands::search(CommandContext &ctx)
{
    auto limit = ctx.intOption(QStringLiteral("limit"), 50, 1, 10000);
    if (!limit.ok())
        return limit.error();
    const QStringList kinds = ctx.args().values(QStringLiteral("kind"));
    for (const QString &k : kinds) {
        if (k != QStringLiteral("client") && k != QStringLiteral("case") && k != QStringLiteral("note"))
            return ExitCodes::usage(QStringLiteral("--kind must be client, case or note"));
    }
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ws.error();
    search::SearchIndex::Query query;
    query.text = ctx.args(0).join(QLatin1Char(' '));
    query.limit = *limit;
    query.kinds = kinds;
    auto hits = (*ws)->search(query);
    if (!hits.ok())
        return hits.error();
    if (ctx.json()) {
        QJsonArray out;
        for (const search::SearchHit &h : std::as_const(*hits)) {
            out << QJsonObject {{QStringLiteral("kind"), h.kind}, {QStringLiteral("id"), h.entityId},
                {QStringLiteral("case_id"), h.caseId}, {QStringLiteral("client_id"), h.clientId},
                {QStringLiteral("title"), h.title}, {QStringLiteral("snippet"), h.snippet},
                {QStringLiteral("rank"), h.rank}};
        }
        ctx.out().jsonDocument(out);
        return {};
    }
    QVector<QStringList> rows;
    for (const search::SearchHit &h : std::as_const(*hits))
        rows << QStringList {h.kind, EntityView::shortId(h.entityId), h.title, h.snippet};
    ctx.out().table({QStringLiteral("KIND"), QStringLiteral("ID"), QStringLiteral("TITLE"), QStringLiteral("MATCH")},
        rows, QStringLiteral("Nothing found."));
    return {};
}

Status ReferenceCommands::codes(CommandContext &ctx)
{
    // The deadline rules' trigger codes are a code list too, for `deadline suggest --trigger`.
    auto ruleSet = rules::DeadlineRuleSet::bundled();
    QVector<const domain::CodeList *> lists = domain::allCodeLists();
    if (ruleSet.ok())
        lists << &ruleSet->triggers();
    const QString wanted = ctx.arg(0);
    if (wanted.isEmpty()) {
        QJsonArray out;
        QVector<QStringList> rows;
        for (const domain::CodeList *l : std::as_const(lists)) {
            out << QJsonObject {{QStringLiteral("name"), l->name()}, {QStringLiteral("size"), l->size()}};
            rows << QStringList {l->name(), QString::number(l->size())};
        }
        if (ctx.json())
            ctx.out().jsonDocument(out);
        else
            ctx.out().table({QStringLiteral("LIST"), QStringLiteral("CODES")}, rows);
        return {};
    }
    const domain::CodeList *list = nullptr;
    for (const domain::CodeList *l : std::as_const(lists)) {
        if (l->name() == wanted)
            list = l;
    }
    if (!list)
        return makeError(
            ErrorCode::NotFound, QStringLiteral("no code list '%1' (`lintas-cli codes` lists them)").arg(wanted));
    QJsonArray out;
    QVector<QStringList> rows;
    for (const domain::CodeItem &item : list->items()) {
        QJsonObject o {{QStringLiteral("code"), item.code}, {QStringLiteral("id"), item.labelId},
            {QStringLiteral("en"), item.labelEn}};
        if (!item.group.isEmpty())
            o.insert(QStringLiteral("group"), item.group);
        out << o;
        rows << QStringList {item.code, item.label(ctx.language()), item.group};
    }
    if (ctx.json())
        ctx.out().jsonDocument(out);
    else
        ctx.out().table({QStringLiteral("CODE"), QStringLiteral("LABEL"), QStringLiteral("GROUP")}, rows);
    return {};
}

} // namespace lintas::cli
