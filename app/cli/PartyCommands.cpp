#include "PartyCommands.h"

#include "CommandContext.h"
#include "CommandRegistry.h"
#include "EntityOptions.h"
#include "EntityView.h"
#include "Lookup.h"
#include "repo/EntityMappings.h"
#include "repo/Workspace.h"
#include "transfer/DirectorySeeder.h"

#include <QJsonArray>

namespace lintas::cli {

namespace {

const QStringList kPartyExcluded {QStringLiteral("deleted")};
const QStringList kLinkExcluded {QStringLiteral("case_id"), QStringLiteral("party_id"), QStringLiteral("deleted")};

} // namespace

void PartyCommands::registerAll(CommandRegistry &registry)
{
    registry.add({QStringLiteral("party add"), QString(),
        QStringLiteral("register an employer, agency, P3MI, lender… (--kind, --name)"), 0, 0,
        EntityOptions::specs(repo::partyMapping().def, kPartyExcluded), &PartyCommands::addParty});
    registry.add({QStringLiteral("party list"), QString(),
        QStringLiteral("parties with the number of cases they appear in"), 0, 0,
        {OptionSpec::value(
             QStringLiteral("kind"), QStringLiteral("CODE"), QStringLiteral("only this kind (codes: party_kinds)")),
            OptionSpec::value(
                QStringLiteral("limit"), QStringLiteral("N"), QStringLiteral("at most N rows (default 500)"))},
        &PartyCommands::listParties});
    registry.add({QStringLiteral("party link"), QStringLiteral("CASE PARTY"),
        QStringLiteral("link a party to a case with its role"), 2, 2,
        EntityOptions::specs(repo::casePartyMapping().def, kLinkExcluded), &PartyCommands::link});
    registry.add({QStringLiteral("org list"), QString(), QStringLiteral("the organisation directory"), 0, 0,
        {OptionSpec::value(QStringLiteral("country"), QStringLiteral("CODE"),
            QStringLiteral("only this country (codes: jurisdictions)"))},
        &PartyCommands::listOrganisations});
    registry.add({QStringLiteral("org seed"), QString(),
        QStringLiteral("load the bundled directory (again: refreshes, never duplicates)"), 0, 0, {},
        &PartyCommands::seedOrganisations});
}

Status PartyCommands::addParty(CommandContext &ctx)
{
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ws.error();
    repo::FieldMap fields;
    repo::SetMap sets;
    LINTAS_TRY(EntityOptions::read(
        repo::partyMapping().def, ctx.args(), QString(), ctx.today(), fields, sets, kPartyExcluded));
    auto created = (*ws)->parties().create(EntityOptions::apply(repo::partyMapping(), domain::Party {}, fields, sets));
    if (!created.ok())
        return created.error();
    if (ctx.json())
        ctx.out().jsonDocument(EntityView::json(repo::partyMapping(), *created));
    else
        ctx.out().fields(EntityView::rows(repo::partyMapping(), *created, ctx.language()));
    return {};
}

Status PartyCommands::listParties(CommandContext &ctx)
{
    auto limit = ctx.intOption(QStringLiteral("limit"), 500, 1, 1'000'000);
    if (!limit.ok())
        return limit.error();
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ws.error();
    auto parties = (*ws)->parties().listWithCaseCounts(ctx.option(QStringLiteral("kind")), *limit);
    if (!parties.ok())
        return parties.error();
    QJsonArray out;
    QVector<QStringList> rows;
    const repo::EntityDef &def = repo::partyMapping().def;
    for (const repo::PartyUsage &u : std::as_const(*parties)) {
        QJsonObject o = EntityView::json(repo::partyMapping(), u.party);
        o.insert(QStringLiteral("case_count"), u.caseCount);
        out << o;
        rows << QStringList {EntityView::shortId(u.party.id), u.party.name,
            EntityView::label(def, QStringLiteral("kind"), u.party.kind, ctx.language()),
            EntityView::label(def, QStringLiteral("country"), u.party.country, ctx.language()),
            QString::number(u.caseCount)};
    }
    if (ctx.json()) {
        ctx.out().jsonDocument(out);
        return {};
    }
    ctx.out().table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("KIND"), QStringLiteral("COUNTRY"),
                        QStringLiteral("CASES")},
        rows, QStringLiteral("No parties."));
    return {};
}

Status PartyCommands::link(CommandContext &ctx)
{
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ws.error();
    auto kase = Lookup::kase(**ws, ctx.arg(0));
    if (!kase.ok())
        return kase.error();
    auto partyId = Lookup::id(**ws, repo::partyMapping().def, ctx.arg(1));
    if (!partyId.ok())
        return partyId.error();
    repo::FieldMap fields;
    repo::SetMap sets;
    LINTAS_TRY(EntityOptions::read(
        repo::casePartyMapping().def, ctx.args(), QString(), ctx.today(), fields, sets, kLinkExcluded));
    domain::CaseParty link = EntityOptions::apply(repo::casePartyMapping(), domain::CaseParty {}, fields, sets);
    link.caseId = kase->id;
    link.partyId = *partyId;
    auto created = (*ws)->parties().link(link);
    if (!created.ok())
        return created.error();
    if (ctx.json())
        ctx.out().jsonDocument(EntityView::json(repo::casePartyMapping(), *created));
    else
        ctx.out().fields(EntityView::rows(repo::casePartyMapping(), *created, ctx.language()));
    return {};
}

Status PartyCommands::listOrganisations(CommandContext &ctx)
{
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ws.error();
    auto orgs = (*ws)->organisations().list(ctx.option(QStringLiteral("country")));
    if (!orgs.ok())
        return orgs.error();
    QJsonArray out;
    QVector<QStringList> rows;
    const repo::EntityDef &def = repo::organisationMapping().def;
    for (const domain::Organisation &o : std::as_const(*orgs)) {
        out << EntityView::json(repo::organisationMapping(), o);
        rows << QStringList {EntityView::shortId(o.id), o.name,
            EntityView::label(def, QStringLiteral("kind"), o.kind, ctx.language()), o.country, o.city, o.phones};
    }
    if (ctx.json()) {
        ctx.out().jsonDocument(out);
        return {};
    }
    ctx.out().table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("KIND"), QStringLiteral("COUNTRY"),
                        QStringLiteral("CITY"), QStringLiteral("PHONES")},
        rows, QStringLiteral("The directory is empty; `lintas-cli org seed` loads the bundled one."));
    return {};
}

Status PartyCommands::seedOrganisations(CommandContext &ctx)
{
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ws.error();
    auto summary = transfer::DirectorySeeder(**ws, ctx.language()).seedBundled();
    if (!summary.ok())
        return summary.error();
    if (ctx.json()) {
        ctx.out().jsonDocument(QJsonObject {{QStringLiteral("created"), summary->created},
            {QStringLiteral("updated"), summary->updated}, {QStringLiteral("unchanged"), summary->unchanged}});
    } else {
        ctx.out().line(QStringLiteral("Directory: %1 added, %2 refreshed, %3 unchanged.")
                           .arg(summary->created)
                           .arg(summary->updated)
                           .arg(summary->unchanged));
    }
    return {};
}

} // namespace lintas::cli
