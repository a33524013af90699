#include "ClaimCommands.h"

#include "CommandContext.h"
#include "CommandRegistry.h"
#include "EntityOptions.h"
#include "EntityView.h"
#include "Lookup.h"
#include "MoneyText.h"
#include "repo/EntityMappings.h"
#include "repo/Workspace.h"

#include <QJsonArray>

namespace lintas::cli {

namespace {

const QStringList kClaimExcluded {QStringLiteral("case_id"), QStringLiteral("deleted")};
const QStringList kPaymentExcluded {QStringLiteral("claim_id"), QStringLiteral("deleted")};

} // namespace

void ClaimCommands::registerAll(CommandRegistry &registry)
{
    registry.add({QStringLiteral("claim add"), QStringLiteral("CASE"),
        QStringLiteral("add a claim to a case (--claim-type, --currency; amounts like 5100.00)"), 1, 1,
        EntityOptions::specs(repo::claimMapping().def, kClaimExcluded), &ClaimCommands::add});
    registry.add({QStringLiteral("claim pay"), QStringLiteral("CLAIM"),
        QStringLiteral("record a payment received against a claim (--amount, --paid-on)"), 1, 1,
        EntityOptions::specs(repo::claimPaymentMapping().def, kPaymentExcluded), &ClaimCommands::pay});
    registry.add({QStringLiteral("claim list"), QStringLiteral("CASE"),
        QStringLiteral("claims of a case with payments and totals"), 1, 1, {}, &ClaimCommands::list});
}

Status ClaimCommands::add(CommandContext &ctx)
{
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ws.error();
    auto kase = Lookup::kase(**ws, ctx.arg(0));
    if (!kase.ok())
        return kase.error();
    repo::FieldMap fields;
    repo::SetMap sets;
    const QString currency = ctx.option(QStringLiteral("currency")).trimmed().toUpper();
    LINTAS_TRY(
        EntityOptions::read(repo::claimMapping().def, ctx.args(), currency, ctx.today(), fields, sets, kClaimExcluded));
    domain::Claim claim = EntityOptions::apply(repo::claimMapping(), domain::Claim {}, fields, sets);
    claim.caseId = kase->id;
    claim.currency = currency;
    auto created = (*ws)->claims().create(claim);
    if (!created.ok())
        return created.error();
    if (ctx.json())
        ctx.out().jsonDocument(EntityView::json(repo::claimMapping(), *created));
    else
        ctx.out().fields(EntityView::rows(repo::claimMapping(), *created, ctx.language()));
    return {};
}

Status ClaimCommands::pay(CommandContext &ctx)
{
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ws.error();
    auto claimId = Lookup::id(**ws, repo::claimMapping().def, ctx.arg(0));
    if (!claimId.ok())
        return claimId.error();
    auto claim = (*ws)->claims().get(*claimId);
    if (!claim.ok())
        return claim.error();
    repo::FieldMap fields;
    repo::SetMap sets;
    // A payment is in the claim's currency: that is what the amount's decimals are checked against.
    LINTAS_TRY(EntityOptions::read(
        repo::claimPaymentMapping().def, ctx.args(), claim->currency, ctx.today(), fields, sets, kPaymentExcluded));
    domain::ClaimPayment payment
        = EntityOptions::apply(repo::claimPaymentMapping(), domain::ClaimPayment {}, fields, sets);
    payment.claimId = claim->id;
    if (!payment.paidOn.isValid())
        payment.paidOn = ctx.today();
    auto created = (*ws)->claims().addPayment(payment);
    if (!created.ok())
        return created.error();
    if (ctx.json())
        ctx.out().jsonDocument(EntityView::json(repo::claimPaymentMapping(), *created));
    else
        ctx.out().fields(EntityView::rows(repo::claimPaymentMapping(), *created, ctx.language(), claim->currency));
    return {};
}

Status ClaimCommands::list(CommandContext &ctx)
{
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ws.error();
    auto kase = Lookup::kase(**ws, ctx.arg(0));
    if (!kase.ok())
        return kase.error();
    auto claims = (*ws)->claims().forCase(kase->id);
    if (!claims.ok())
        return claims.error();
    const repo::EntityDef &def = repo::claimMapping().def;
    QJsonArray out;
    QVector<QStringList> rows;
    for (const domain::Claim &c : std::as_const(*claims)) {
        auto payments = (*ws)->claims().payments(c.id);
        if (!payments.ok())
            return payments.error();
        qint64 paid = 0;
        QJsonArray paymentArray;
        for (const domain::ClaimPayment &p : std::as_const(*payments)) {
            paid += p.amount;
            paymentArray << EntityView::json(repo::claimPaymentMapping(), p);
        }
        QJsonObject o = EntityView::json(repo::claimMapping(), c);
        o.insert(QStringLiteral("payments"), paymentArray);
        o.insert(QStringLiteral("amount_paid"), paid);
        out << o;
        auto money = [&](const std::optional<qint64> &v) { return v ? MoneyText::format(*v, c.currency) : QString(); };
        rows << QStringList {EntityView::shortId(c.id),
            EntityView::label(def, QStringLiteral("claim_type"), c.claimType, ctx.language()), c.forum, c.currency,
            money(c.amountClaimed), money(c.amountOffered), money(c.amountAwarded),
            MoneyText::format(paid, c.currency)};
    }
    if (ctx.json()) {
        ctx.out().jsonDocument(out);
        return {};
    }
    ctx.out().table(
        {QStringLiteral("ID"), QStringLiteral("TYPE"), QStringLiteral("FORUM"), QStringLiteral("CUR"),
            QStringLiteral("CLAIMED"), QStringLiteral("OFFERED"), QStringLiteral("AWARDED"), QStringLiteral("PAID")},
        rows, QStringLiteral("No claims for %1.").arg(kase->reference));
    return {};
}

} // namespace lintas::cli
