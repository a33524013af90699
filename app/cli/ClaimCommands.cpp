#include "ClaimCommands.h"

#include "CommandContext.h"
#include "CommandRegistry.h"
#include "EntityOptions.h"
#include "EntityView.h"
#include "Listing.h"
#include "Lookup.h"
#include "MoneyText.h"
#include "WriteAndShow.h"
#include "repo/EntityMappings.h"
#include "repo/Workspace.h"

#include <QJsonArray>

namespace lintas::cli {

namespace {

const QStringList kClaimExcluded {QStringLiteral("case_id"), QStringLiteral("deleted")};
const QStringList kPaymentExcluded {QStringLiteral("claim_id"), QStringLiteral("deleted")};

Status add(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(auto *ws, ctx.workspace());
    LINTAS_TRY_ASSIGN(const domain::Case kase, Lookup::kase(*ws, ctx.arg(0)));
    const QString currency = ctx.option(QStringLiteral("currency")).trimmed().toUpper();
    LINTAS_TRY_ASSIGN(
        domain::Claim claim, ctx.withOptions(repo::claimMapping(), domain::Claim {}, kClaimExcluded, currency));
    claim.caseId = kase.id;
    claim.currency = currency;
    return createAndShow(ctx, ws->claims(), repo::claimMapping(), claim);
}

Status pay(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(auto *ws, ctx.workspace());
    LINTAS_TRY_ASSIGN(const QString claimId, Lookup::id(*ws, repo::claimMapping().def, ctx.arg(0)));
    LINTAS_TRY_ASSIGN(const domain::Claim claim, ws->claims().get(claimId));
    // A payment is in the claim's currency: that is what the amount's decimals are checked against.
    LINTAS_TRY_ASSIGN(domain::ClaimPayment payment,
        ctx.withOptions(repo::claimPaymentMapping(), domain::ClaimPayment {}, kPaymentExcluded, claim.currency));
    payment.claimId = claim.id;
    if (!payment.paidOn.isValid())
        payment.paidOn = ctx.today();
    LINTAS_TRY_ASSIGN(const domain::ClaimPayment created, ws->claims().addPayment(payment));
    EntityView::print(ctx.out(), repo::claimPaymentMapping(), created, claim.currency);
    return {};
}

Status list(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(auto *ws, ctx.workspace());
    LINTAS_TRY_ASSIGN(const domain::Case kase, Lookup::kase(*ws, ctx.arg(0)));
    LINTAS_TRY_ASSIGN(const QVector<domain::Claim> claims, ws->claims().forCase(kase.id));
    const repo::EntityDef &def = repo::claimMapping().def;
    Listing listing(ctx.out(), {"ID", "TYPE", "FORUM", "CUR", "CLAIMED", "OFFERED", "AWARDED", "PAID"},
        QStringLiteral("No claims for %1.").arg(kase.reference));
    for (const domain::Claim &c : claims) {
        LINTAS_TRY_ASSIGN(const QVector<domain::ClaimPayment> payments, ws->claims().payments(c.id));
        qint64 paid = 0;
        QJsonArray paymentArray;
        for (const domain::ClaimPayment &p : payments) {
            paid += p.amount;
            paymentArray << EntityView::json(repo::claimPaymentMapping(), p);
        }
        QJsonObject o = EntityView::json(repo::claimMapping(), c);
        o.insert(QStringLiteral("payments"), paymentArray);
        o.insert(QStringLiteral("amount_paid"), paid);
        auto money = [&](const std::optional<qint64> &v) { return v ? MoneyText::format(*v, c.currency) : QString(); };
        listing.add(o,
            {EntityView::shortId(c.id),
                EntityView::label(def, QStringLiteral("claim_type"), c.claimType, ctx.language()), c.forum, c.currency,
                money(c.amountClaimed), money(c.amountOffered), money(c.amountAwarded),
                MoneyText::format(paid, c.currency)});
    }
    listing.print();
    return {};
}

} // namespace

void registerClaimCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("claim add"), QStringLiteral("CASE"),
        QStringLiteral("add a claim to a case (--claim-type, --currency; amounts like 5100.00)"), 1, 1,
        EntityOptions::specs(repo::claimMapping().def, kClaimExcluded), &add});
    registry.add({QStringLiteral("claim pay"), QStringLiteral("CLAIM"),
        QStringLiteral("record a payment received against a claim (--amount, --paid-on)"), 1, 1,
        EntityOptions::specs(repo::claimPaymentMapping().def, kPaymentExcluded), &pay});
    registry.add({QStringLiteral("claim list"), QStringLiteral("CASE"),
        QStringLiteral("claims of a case with payments and totals"), 1, 1, {}, &list});
}

} // namespace lintas::cli
