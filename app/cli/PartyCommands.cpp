#include "PartyCommands.h"

#include "CommandContext.h"
#include "CommandRegistry.h"
#include "EntityOptions.h"
#include "EntityView.h"
#include "Listing.h"
#include "Lookup.h"
#include "WriteAndShow.h"
#include "repo/EntityMappings.h"
#include "repo/Workspace.h"
#include "transfer/DirectorySeeder.h"

#include <QJsonArray>

namespace lintas::cli {

namespace {

const QStringList kPartyExcluded {QStringLiteral("deleted")};
const QStringList kLinkExcluded {QStringLiteral("case_id"), QStringLiteral("party_id"), QStringLiteral("deleted")};

Status addParty(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(auto *ws, ctx.workspace());
    LINTAS_TRY_ASSIGN(
        const domain::Party party, ctx.withOptions(repo::partyMapping(), domain::Party {}, kPartyExcluded));
    return createAndShow(ctx, ws->parties(), repo::partyMapping(), party);
}

Status listParties(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(const int limit, ctx.intOption(QStringLiteral("limit"), 500, 1, 1'000'000));
    LINTAS_TRY_ASSIGN(auto *ws, ctx.workspace());
    LINTAS_TRY_ASSIGN(const QVector<repo::PartyUsage> parties,
        ws->parties().listWithCaseCounts(ctx.option(QStringLiteral("kind")), limit));
    const repo::EntityDef &def = repo::partyMapping().def;
    Listing listing(ctx.out(), {"ID", "NAME", "KIND", "COUNTRY", "CASES"}, QStringLiteral("No parties."));
    for (const repo::PartyUsage &u : parties) {
        QJsonObject o = EntityView::json(repo::partyMapping(), u.party);
        o.insert(QStringLiteral("case_count"), u.caseCount);
        listing.add(o,
            {EntityView::shortId(u.party.id), u.party.name,
                EntityView::label(def, QStringLiteral("kind"), u.party.kind, ctx.language()),
                EntityView::label(def, QStringLiteral("country"), u.party.country, ctx.language()),
                QString::number(u.caseCount)});
    }
    listing.print();
    return {};
}

Status linkParty(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(auto *ws, ctx.workspace());
    LINTAS_TRY_ASSIGN(const domain::Case kase, Lookup::kase(*ws, ctx.arg(0)));
    LINTAS_TRY_ASSIGN(const QString partyId, Lookup::id(*ws, repo::partyMapping().def, ctx.arg(1)));
    LINTAS_TRY_ASSIGN(
        domain::CaseParty caseParty, ctx.withOptions(repo::casePartyMapping(), domain::CaseParty {}, kLinkExcluded));
    caseParty.caseId = kase.id;
    caseParty.partyId = partyId;
    LINTAS_TRY_ASSIGN(const domain::CaseParty created, ws->parties().link(caseParty));
    EntityView::print(ctx.out(), repo::casePartyMapping(), created);
    return {};
}

Status listOrganisations(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(auto *ws, ctx.workspace());
    LINTAS_TRY_ASSIGN(
        const QVector<domain::Organisation> orgs, ws->organisations().list(ctx.option(QStringLiteral("country"))));
    const repo::EntityDef &def = repo::organisationMapping().def;
    Listing listing(ctx.out(), {"ID", "NAME", "KIND", "COUNTRY", "CITY", "PHONES"},
        QStringLiteral("The directory is empty; `lintas-cli org seed` loads the bundled one."));
    listing.addRecords(repo::organisationMapping(), orgs, [&](const domain::Organisation &o) {
        return QStringList {EntityView::shortId(o.id), o.name,
            EntityView::label(def, QStringLiteral("kind"), o.kind, ctx.language()), o.country, o.city, o.phones};
    });
    listing.print();
    return {};
}

Status seedOrganisations(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(auto *ws, ctx.workspace());
    LINTAS_TRY_ASSIGN(const auto summary, transfer::DirectorySeeder(*ws, ctx.language()).seedBundled());
    if (ctx.json()) {
        ctx.out().jsonDocument(QJsonObject {{QStringLiteral("created"), summary.created},
            {QStringLiteral("updated"), summary.updated}, {QStringLiteral("unchanged"), summary.unchanged}});
    } else {
        ctx.out().line(QStringLiteral("Directory: %1 added, %2 refreshed, %3 unchanged.")
                           .arg(summary.created)
                           .arg(summary.updated)
                           .arg(summary.unchanged));
    }
    return {};
}

} // namespace

void registerPartyCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("party add"), QString(),
        QStringLiteral("register an employer, agency, P3MI, lender… (--kind, --name)"), 0, 0,
        EntityOptions::specs(repo::partyMapping().def, kPartyExcluded), &addParty});
    registry.add({QStringLiteral("party list"), QString(),
        QStringLiteral("parties with the number of cases they appear in"), 0, 0,
        {OptionSpec::value(
             QStringLiteral("kind"), QStringLiteral("CODE"), QStringLiteral("only this kind (codes: party_kinds)")),
            OptionSpec::value(
                QStringLiteral("limit"), QStringLiteral("N"), QStringLiteral("at most N rows (default 500)"))},
        &listParties});
    registry.add({QStringLiteral("party link"), QStringLiteral("CASE PARTY"),
        QStringLiteral("link a party to a case with its role"), 2, 2,
        EntityOptions::specs(repo::casePartyMapping().def, kLinkExcluded), &linkParty});
    registry.add({QStringLiteral("org list"), QString(), QStringLiteral("the organisation directory"), 0, 0,
        {OptionSpec::value(QStringLiteral("country"), QStringLiteral("CODE"),
            QStringLiteral("only this country (codes: jurisdictions)"))},
        &listOrganisations});
    registry.add({QStringLiteral("org seed"), QString(),
        QStringLiteral("load the bundled directory (again: refreshes, never duplicates)"), 0, 0, {},
        &seedOrganisations});
}

} // namespace lintas::cli
