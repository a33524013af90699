#include "ClientCommands.h"

#include "CommandContext.h"
#include "CommandRegistry.h"
#include "EntityOptions.h"
#include "EntityView.h"
#include "Lookup.h"
#include "repo/EntityMappings.h"
#include "repo/Workspace.h"

#include <QJsonArray>

namespace lintas::cli {

namespace {

// Bookkeeping the write path maintains itself, never typed in.
const QStringList kClientExcluded {QStringLiteral("created_at"), QStringLiteral("deleted")};

QVector<OptionSpec> pageOptions()
{
    return {
        OptionSpec::value(QStringLiteral("limit"), QStringLiteral("N"), QStringLiteral("at most N rows (default 50)")),
        OptionSpec::value(QStringLiteral("offset"), QStringLiteral("N"), QStringLiteral("skip the first N rows"))};
}

void printClient(CommandContext &ctx, const domain::Client &c)
{
    if (ctx.json())
        ctx.out().jsonDocument(EntityView::json(repo::clientMapping(), c));
    else
        ctx.out().fields(EntityView::rows(repo::clientMapping(), c, ctx.language()));
}

} // namespace

void ClientCommands::registerAll(CommandRegistry &registry)
{
    const repo::EntityDef &client = repo::clientMapping().def;
    registry.add(
        {QStringLiteral("client add"), QString(), QStringLiteral("register a client (--full-name is required)"), 0, 0,
            EntityOptions::specs(client, kClientExcluded), &ClientCommands::add});
    registry.add({QStringLiteral("client list"), QString(), QStringLiteral("list clients by name"), 0, 0, pageOptions(),
        &ClientCommands::list});
    registry.add({QStringLiteral("client show"), QStringLiteral("CLIENT"),
        QStringLiteral("show a client with phone history and cases"), 1, 1, {}, &ClientCommands::show});
    registry.add({QStringLiteral("client update"), QStringLiteral("CLIENT"),
        QStringLiteral("change fields of a client ('' clears a field)"), 1, 1,
        EntityOptions::specs(client, kClientExcluded), &ClientCommands::update});
    QVector<OptionSpec> phone = EntityOptions::specs(
        repo::clientPhoneMapping().def, {QStringLiteral("client_id"), QStringLiteral("deleted")});
    phone << OptionSpec::flag(QStringLiteral("replace"),
        QStringLiteral("the new number replaces the numbers in use (they end the day it starts)"));
    registry.add({QStringLiteral("phone add"), QStringLiteral("CLIENT"),
        QStringLiteral("add a phone number to a client's history (--number)"), 1, 1, phone, &ClientCommands::addPhone});
}

Status ClientCommands::add(CommandContext &ctx)
{
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ws.error();
    repo::FieldMap fields;
    repo::SetMap sets;
    LINTAS_TRY(EntityOptions::read(
        repo::clientMapping().def, ctx.args(), QString(), ctx.today(), fields, sets, kClientExcluded));
    auto created
        = (*ws)->clients().create(EntityOptions::apply(repo::clientMapping(), domain::Client {}, fields, sets));
    if (!created.ok())
        return created.error();
    printClient(ctx, *created);
    return {};
}

Status ClientCommands::list(CommandContext &ctx)
{
    auto limit = ctx.intOption(QStringLiteral("limit"), 50, 1, 1'000'000);
    if (!limit.ok())
        return limit.error();
    auto offset = ctx.intOption(QStringLiteral("offset"), 0, 0, 1'000'000'000);
    if (!offset.ok())
        return offset.error();
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ws.error();
    auto clients = (*ws)->clients().list(*limit, *offset);
    if (!clients.ok())
        return clients.error();
    if (ctx.json()) {
        QJsonArray out;
        for (const domain::Client &c : std::as_const(*clients))
            out << EntityView::json(repo::clientMapping(), c);
        ctx.out().jsonDocument(out);
        return {};
    }
    const repo::EntityDef &def = repo::clientMapping().def;
    QVector<QStringList> rows;
    for (const domain::Client &c : std::as_const(*clients)) {
        rows << QStringList {EntityView::shortId(c.id), c.fullName,
            EntityView::label(def, QStringLiteral("gender"), c.gender, ctx.language()),
            EntityView::label(def, QStringLiteral("status"), c.status, ctx.language()), c.province, c.regency, c.nik};
    }
    ctx.out().table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("GENDER"), QStringLiteral("STATUS"),
                        QStringLiteral("PROVINCE"), QStringLiteral("REGENCY"), QStringLiteral("NIK")},
        rows, QStringLiteral("No clients."));
    return {};
}

Status ClientCommands::show(CommandContext &ctx)
{
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ws.error();
    auto id = Lookup::id(**ws, repo::clientMapping().def, ctx.arg(0));
    if (!id.ok())
        return id.error();
    auto client = (*ws)->clients().get(*id);
    if (!client.ok())
        return client.error();
    auto phones = (*ws)->clients().phones(*id);
    if (!phones.ok())
        return phones.error();
    repo::CaseFilter filter;
    filter.clientId = *id;
    auto cases = (*ws)->cases().list(filter, repo::CaseSort::RecentlyOpened, 1000);
    if (!cases.ok())
        return cases.error();
    if (ctx.json()) {
        QJsonObject o = EntityView::json(repo::clientMapping(), *client);
        QJsonArray phoneArray, caseArray;
        for (const domain::ClientPhone &p : std::as_const(*phones))
            phoneArray << EntityView::json(repo::clientPhoneMapping(), p);
        for (const repo::CaseListRow &r : std::as_const(*cases))
            caseArray << QJsonObject {{QStringLiteral("id"), r.id}, {QStringLiteral("reference"), r.reference},
                {QStringLiteral("status"), r.status}};
        o.insert(QStringLiteral("phones"), phoneArray);
        o.insert(QStringLiteral("cases"), caseArray);
        ctx.out().jsonDocument(o);
        return {};
    }
    printClient(ctx, *client);
    const repo::EntityDef &phoneDef = repo::clientPhoneMapping().def;
    QVector<QStringList> phoneRows;
    for (const domain::ClientPhone &p : std::as_const(*phones)) {
        phoneRows << QStringList {p.number, EntityView::label(phoneDef, QStringLiteral("kind"), p.kind, ctx.language()),
            p.validFrom.toString(Qt::ISODate),
            p.validUntil.isValid() ? p.validUntil.toString(Qt::ISODate) : QStringLiteral("(in use)"), p.note};
    }
    ctx.out().line();
    ctx.out().table({QStringLiteral("PHONE"), QStringLiteral("KIND"), QStringLiteral("FROM"), QStringLiteral("UNTIL"),
                        QStringLiteral("NOTE")},
        phoneRows, QStringLiteral("No phone numbers."));
    QVector<QStringList> caseRows;
    for (const repo::CaseListRow &r : std::as_const(*cases)) {
        caseRows << QStringList {r.reference,
            EntityView::label(repo::caseMapping().def, QStringLiteral("status"), r.status, ctx.language()),
            r.openedOn.toString(Qt::ISODate), r.title};
    }
    ctx.out().line();
    ctx.out().table(
        {QStringLiteral("CASE"), QStringLiteral("STATUS"), QStringLiteral("OPENED"), QStringLiteral("TITLE")}, caseRows,
        QStringLiteral("No cases."));
    return {};
}

Status ClientCommands::update(CommandContext &ctx)
{
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ws.error();
    auto id = Lookup::id(**ws, repo::clientMapping().def, ctx.arg(0));
    if (!id.ok())
        return id.error();
    auto client = (*ws)->clients().get(*id);
    if (!client.ok())
        return client.error();
    repo::FieldMap fields;
    repo::SetMap sets;
    LINTAS_TRY(EntityOptions::read(
        repo::clientMapping().def, ctx.args(), QString(), ctx.today(), fields, sets, kClientExcluded));
    auto changed = (*ws)->clients().update(EntityOptions::apply(repo::clientMapping(), *client, fields, sets));
    if (!changed.ok())
        return changed.error();
    if (!ctx.json())
        ctx.out().note(*changed ? QStringLiteral("Client updated.") : QStringLiteral("Nothing to change."));
    auto stored = (*ws)->clients().get(*id);
    if (!stored.ok())
        return stored.error();
    printClient(ctx, *stored);
    return {};
}

Status ClientCommands::addPhone(CommandContext &ctx)
{
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ws.error();
    auto clientId = Lookup::id(**ws, repo::clientMapping().def, ctx.arg(0));
    if (!clientId.ok())
        return clientId.error();
    repo::FieldMap fields;
    repo::SetMap sets;
    const QStringList excluded {QStringLiteral("client_id"), QStringLiteral("deleted")};
    LINTAS_TRY(EntityOptions::read(
        repo::clientPhoneMapping().def, ctx.args(), QString(), ctx.today(), fields, sets, excluded));
    domain::ClientPhone phone = EntityOptions::apply(repo::clientPhoneMapping(), domain::ClientPhone {}, fields, sets);
    phone.clientId = *clientId;
    if (phone.kind.isEmpty())
        phone.kind = QStringLiteral("mobile");
    if (!phone.validFrom.isValid())
        phone.validFrom = ctx.today();
    // One transaction: the old numbers end exactly when the new one is recorded, or neither happens.
    auto tx = (*ws)->database().begin();
    if (!tx.ok())
        return tx.error();
    if (ctx.has(QStringLiteral("replace"))) {
        auto current = (*ws)->clients().phones(*clientId);
        if (!current.ok())
            return current.error();
        for (domain::ClientPhone old : std::as_const(*current)) {
            if (old.validUntil.isValid())
                continue;
            old.validUntil = std::max(phone.validFrom, old.validFrom);
            auto ended = (*ws)->clients().updatePhone(old);
            if (!ended.ok())
                return ended.error();
        }
    }
    auto created = (*ws)->clients().addPhone(phone);
    if (!created.ok())
        return created.error();
    LINTAS_TRY(tx->commit());
    if (ctx.json())
        ctx.out().jsonDocument(EntityView::json(repo::clientPhoneMapping(), *created));
    else
        ctx.out().fields(EntityView::rows(repo::clientPhoneMapping(), *created, ctx.language()));
    return {};
}

} // namespace lintas::cli
