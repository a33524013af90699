#include "ClientCommands.h"

#include "CommandContext.h"
#include "CommandRegistry.h"
#include "EntityOptions.h"
#include "EntityView.h"
#include "Listing.h"
#include "Lookup.h"
#include "WriteAndShow.h"
#include "repo/EntityMappings.h"
#include "repo/Workspace.h"

#include <QJsonArray>

namespace lintas::cli {

namespace {

// Bookkeeping the write path maintains itself, never typed in.
const QStringList kClientExcluded {QStringLiteral("created_at"), QStringLiteral("deleted")};
const QStringList kPhoneExcluded {QStringLiteral("client_id"), QStringLiteral("deleted")};

QVector<OptionSpec> pageOptions()
{
    return {
        OptionSpec::value(QStringLiteral("limit"), QStringLiteral("N"), QStringLiteral("at most N rows (default 50)")),
        OptionSpec::value(QStringLiteral("offset"), QStringLiteral("N"), QStringLiteral("skip the first N rows"))};
}

Status add(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(auto *ws, ctx.workspace());
    LINTAS_TRY_ASSIGN(
        const domain::Client client, ctx.withOptions(repo::clientMapping(), domain::Client {}, kClientExcluded));
    return createAndShow(ctx, ws->clients(), repo::clientMapping(), client);
}

Status list(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(const int limit, ctx.intOption(QStringLiteral("limit"), 50, 1, 1'000'000));
    LINTAS_TRY_ASSIGN(const int offset, ctx.intOption(QStringLiteral("offset"), 0, 0, 1'000'000'000));
    LINTAS_TRY_ASSIGN(auto *ws, ctx.workspace());
    LINTAS_TRY_ASSIGN(const QVector<domain::Client> clients, ws->clients().list(limit, offset));
    const repo::EntityDef &def = repo::clientMapping().def;
    Listing listing(
        ctx.out(), {"ID", "NAME", "GENDER", "STATUS", "PROVINCE", "REGENCY", "NIK"}, QStringLiteral("No clients."));
    listing.addRecords(repo::clientMapping(), clients, [&](const domain::Client &c) {
        return QStringList {EntityView::shortId(c.id), c.fullName,
            EntityView::label(def, QStringLiteral("gender"), c.gender, ctx.language()),
            EntityView::label(def, QStringLiteral("status"), c.status, ctx.language()), c.province, c.regency, c.nik};
    });
    listing.print();
    return {};
}

Status show(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(auto *ws, ctx.workspace());
    LINTAS_TRY_ASSIGN(const QString id, Lookup::id(*ws, repo::clientMapping().def, ctx.arg(0)));
    LINTAS_TRY_ASSIGN(const domain::Client client, ws->clients().get(id));
    LINTAS_TRY_ASSIGN(const QVector<domain::ClientPhone> phones, ws->clients().phones(id));
    repo::CaseFilter filter;
    filter.clientId = id;
    LINTAS_TRY_ASSIGN(
        const QVector<repo::CaseListRow> cases, ws->cases().list(filter, repo::CaseSort::RecentlyOpened, 1000));
    if (ctx.json()) {
        QJsonObject o = EntityView::json(repo::clientMapping(), client);
        QJsonArray phoneArray, caseArray;
        for (const domain::ClientPhone &p : phones)
            phoneArray << EntityView::json(repo::clientPhoneMapping(), p);
        for (const repo::CaseListRow &r : cases)
            caseArray << QJsonObject {{QStringLiteral("id"), r.id}, {QStringLiteral("reference"), r.reference},
                {QStringLiteral("status"), r.status}};
        o.insert(QStringLiteral("phones"), phoneArray);
        o.insert(QStringLiteral("cases"), caseArray);
        ctx.out().jsonDocument(o);
        return {};
    }
    EntityView::print(ctx.out(), repo::clientMapping(), client);
    const repo::EntityDef &phoneDef = repo::clientPhoneMapping().def;
    QVector<QStringList> phoneRows;
    for (const domain::ClientPhone &p : phones) {
        phoneRows << QStringList {p.number, EntityView::label(phoneDef, QStringLiteral("kind"), p.kind, ctx.language()),
            p.validFrom.toString(Qt::ISODate),
            p.validUntil.isValid() ? p.validUntil.toString(Qt::ISODate) : QStringLiteral("(in use)"), p.note};
    }
    ctx.out().line();
    ctx.out().table({"PHONE", "KIND", "FROM", "UNTIL", "NOTE"}, phoneRows, QStringLiteral("No phone numbers."));
    QVector<QStringList> caseRows;
    for (const repo::CaseListRow &r : cases) {
        caseRows << QStringList {r.reference,
            EntityView::label(repo::caseMapping().def, QStringLiteral("status"), r.status, ctx.language()),
            r.openedOn.toString(Qt::ISODate), r.title};
    }
    ctx.out().line();
    ctx.out().table({"CASE", "STATUS", "OPENED", "TITLE"}, caseRows, QStringLiteral("No cases."));
    return {};
}

Status update(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(auto *ws, ctx.workspace());
    LINTAS_TRY_ASSIGN(const QString id, Lookup::id(*ws, repo::clientMapping().def, ctx.arg(0)));
    LINTAS_TRY_ASSIGN(const domain::Client client, ws->clients().get(id));
    LINTAS_TRY_ASSIGN(const domain::Client changed, ctx.withOptions(repo::clientMapping(), client, kClientExcluded));
    return updateAndShow(ctx, ws->clients(), repo::clientMapping(), changed, QStringLiteral("Client updated."));
}

Status addPhone(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(auto *ws, ctx.workspace());
    LINTAS_TRY_ASSIGN(const QString clientId, Lookup::id(*ws, repo::clientMapping().def, ctx.arg(0)));
    LINTAS_TRY_ASSIGN(
        domain::ClientPhone phone, ctx.withOptions(repo::clientPhoneMapping(), domain::ClientPhone {}, kPhoneExcluded));
    phone.clientId = clientId;
    if (phone.kind.isEmpty())
        phone.kind = QStringLiteral("mobile");
    if (!phone.validFrom.isValid())
        phone.validFrom = ctx.today();
    // One transaction: the old numbers end exactly when the new one is recorded, or neither happens.
    LINTAS_TRY_ASSIGN(auto tx, ws->database().begin());
    if (ctx.has(QStringLiteral("replace"))) {
        LINTAS_TRY_ASSIGN(const QVector<domain::ClientPhone> current, ws->clients().phones(clientId));
        for (domain::ClientPhone old : current) {
            if (old.validUntil.isValid())
                continue;
            old.validUntil = std::max(phone.validFrom, old.validFrom);
            LINTAS_TRY(ws->clients().updatePhone(old));
        }
    }
    LINTAS_TRY_ASSIGN(const domain::ClientPhone created, ws->clients().addPhone(phone));
    LINTAS_TRY(tx.commit());
    EntityView::print(ctx.out(), repo::clientPhoneMapping(), created);
    return {};
}

} // namespace

void registerClientCommands(CommandRegistry &registry)
{
    const repo::EntityDef &client = repo::clientMapping().def;
    registry.add(
        {QStringLiteral("client add"), QString(), QStringLiteral("register a client (--full-name is required)"), 0, 0,
            EntityOptions::specs(client, kClientExcluded), &add});
    registry.add(
        {QStringLiteral("client list"), QString(), QStringLiteral("list clients by name"), 0, 0, pageOptions(), &list});
    registry.add({QStringLiteral("client show"), QStringLiteral("CLIENT"),
        QStringLiteral("show a client with phone history and cases"), 1, 1, {}, &show});
    registry.add({QStringLiteral("client update"), QStringLiteral("CLIENT"),
        QStringLiteral("change fields of a client ('' clears a field)"), 1, 1,
        EntityOptions::specs(client, kClientExcluded), &update});
    QVector<OptionSpec> phone = EntityOptions::specs(repo::clientPhoneMapping().def, kPhoneExcluded);
    phone << OptionSpec::flag(QStringLiteral("replace"),
        QStringLiteral("the new number replaces the numbers in use (they end the day it starts)"));
    registry.add({QStringLiteral("phone add"), QStringLiteral("CLIENT"),
        QStringLiteral("add a phone number to a client's history (--number)"), 1, 1, phone, &addPhone});
}

} // namespace lintas::cli
