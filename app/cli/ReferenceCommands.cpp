#include "ReferenceCommands.h"

#include "CommandContext.h"
#include "CommandRegistry.h"
#include "EntityView.h"
#include "ExitCodes.h"
#include "Listing.h"
#include "domain/CodeLists.h"
#include "repo/Workspace.h"
#include "rules/DeadlineRuleSet.h"

#include <QJsonArray>

namespace lintas::cli {

namespace {

Status searchRecords(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(const int limit, ctx.intOption(QStringLiteral("limit"), 50, 1, 10000));
    const QStringList kinds = ctx.args().values(QStringLiteral("kind"));
    for (const QString &k : kinds) {
        if (k != QStringLiteral("client") && k != QStringLiteral("case") && k != QStringLiteral("note"))
            return ExitCodes::usage(QStringLiteral("--kind must be client, case or note"));
    }
    LINTAS_TRY_ASSIGN(auto *ws, ctx.workspace());
    search::SearchIndex::Query query;
    query.text = ctx.args(0).join(QLatin1Char(' '));
    query.limit = limit;
    query.kinds = kinds;
    LINTAS_TRY_ASSIGN(const QVector<search::SearchHit> hits, ws->search(query));
    Listing listing(ctx.out(), {"KIND", "ID", "TITLE", "MATCH"}, QStringLiteral("Nothing found."));
    for (const search::SearchHit &h : hits) {
        listing.add(QJsonObject {{QStringLiteral("kind"), h.kind}, {QStringLiteral("id"), h.entityId},
                        {QStringLiteral("case_id"), h.caseId}, {QStringLiteral("client_id"), h.clientId},
                        {QStringLiteral("title"), h.title}, {QStringLiteral("snippet"), h.snippet},
                        {QStringLiteral("rank"), h.rank}},
            {h.kind, EntityView::shortId(h.entityId), h.title, h.snippet});
    }
    listing.print();
    return {};
}

Status codes(CommandContext &ctx)
{
    // The deadline rules' trigger codes are a code list too, for `deadline suggest --trigger`.
    auto ruleSet = rules::DeadlineRuleSet::bundled();
    QVector<const domain::CodeList *> lists = domain::allCodeLists();
    if (ruleSet.ok())
        lists << &ruleSet->triggers();
    const QString wanted = ctx.arg(0);
    if (wanted.isEmpty()) {
        Listing listing(ctx.out(), {"LIST", "CODES"});
        for (const domain::CodeList *l : std::as_const(lists)) {
            listing.add(QJsonObject {{QStringLiteral("name"), l->name()}, {QStringLiteral("size"), l->size()}},
                {l->name(), QString::number(l->size())});
        }
        listing.print();
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
    Listing listing(ctx.out(), {"CODE", "LABEL", "GROUP"});
    for (const domain::CodeItem &item : list->items()) {
        QJsonObject o {{QStringLiteral("code"), item.code}, {QStringLiteral("id"), item.labelId},
            {QStringLiteral("en"), item.labelEn}};
        if (!item.group.isEmpty())
            o.insert(QStringLiteral("group"), item.group);
        listing.add(o, {item.code, item.label(ctx.language()), item.group});
    }
    listing.print();
    return {};
}

} // namespace

void registerReferenceCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("search"), QStringLiteral("QUERY..."),
        QStringLiteral("find clients (names, aliases, NIK, passport, phones), cases and notes"), 1, -1,
        {OptionSpec::value(
             QStringLiteral("kind"), QStringLiteral("KIND"), QStringLiteral("client, case or note (repeatable)"), true),
            OptionSpec::value(
                QStringLiteral("limit"), QStringLiteral("N"), QStringLiteral("at most N hits (default 50)"))},
        &searchRecords});
    registry.add({QStringLiteral("codes"), QStringLiteral("[LIST]"),
        QStringLiteral("the code lists and their labels (no profile needed)"), 0, 1, {}, &codes});
}

} // namespace lintas::cli
