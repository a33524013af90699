#include "ActivityCommands.h"

#include "CommandContext.h"
#include "CommandRegistry.h"
#include "EntityOptions.h"
#include "EntityView.h"
#include "ExitCodes.h"
#include "Listing.h"
#include "Lookup.h"
#include "WriteAndShow.h"
#include "domain/CodeLists.h"
#include "repo/EntityMappings.h"
#include "repo/Workspace.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace lintas::cli {

namespace {

const QStringList kActivityExcluded {QStringLiteral("created_at"), QStringLiteral("deleted")};

struct Cell {
    QString gender;
    QString ageBand;
    qint64 count = 0;
};

Status add(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(auto *ws, ctx.workspace());
    LINTAS_TRY_ASSIGN(const domain::Activity activity,
        ctx.withOptions(repo::activityMapping(), domain::Activity {}, kActivityExcluded));
    return createAndShow(ctx, ws->activities(), repo::activityMapping(), activity);
}

Status list(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(const QDate from, ctx.dateOption(QStringLiteral("from")));
    LINTAS_TRY_ASSIGN(const QDate to, ctx.dateOption(QStringLiteral("to")));
    LINTAS_TRY_ASSIGN(const int limit, ctx.intOption(QStringLiteral("limit"), 100, 1, 1'000'000));
    LINTAS_TRY_ASSIGN(auto *ws, ctx.workspace());
    LINTAS_TRY_ASSIGN(const QVector<domain::Activity> activities, ws->activities().list(from, to, limit));
    const repo::EntityDef &def = repo::activityMapping().def;
    Listing listing(
        ctx.out(), {"ID", "HELD", "KIND", "TITLE", "PLACE", "TOTAL", "WOMEN", "MEN"}, QStringLiteral("No activities."));
    for (const domain::Activity &a : activities) {
        LINTAS_TRY_ASSIGN(const QVector<domain::ActivityCount> counts, ws->activities().counts(a.id));
        qint64 women = 0, men = 0, total = 0;
        for (const domain::ActivityCount &c : counts) {
            total += c.count;
            women += c.gender == QStringLiteral("female") ? c.count : 0;
            men += c.gender == QStringLiteral("male") ? c.count : 0;
        }
        QJsonObject o = EntityView::json(repo::activityMapping(), a);
        o.insert(QStringLiteral("participants"), total);
        o.insert(QStringLiteral("female"), women);
        o.insert(QStringLiteral("male"), men);
        listing.add(o,
            {EntityView::shortId(a.id), a.heldOn.toString(Qt::ISODate),
                EntityView::label(def, QStringLiteral("kind"), a.kind, ctx.language()), a.title,
                QStringList {a.village, a.regency}.join(QStringLiteral(", ")), QString::number(total),
                QString::number(women), QString::number(men)});
    }
    listing.print();
    return {};
}

Status printGrid(CommandContext &ctx, const QString &activityId)
{
    LINTAS_TRY_ASSIGN(auto *ws, ctx.workspace());
    LINTAS_TRY_ASSIGN(const QVector<domain::ActivityCount> counts, ws->activities().counts(activityId));
    if (ctx.json()) {
        QJsonArray out;
        for (const domain::ActivityCount &c : counts)
            out << QJsonObject {{QStringLiteral("gender"), c.gender}, {QStringLiteral("age_band"), c.ageBand},
                {QStringLiteral("count"), c.count}};
        ctx.out().jsonDocument(
            QJsonObject {{QStringLiteral("activity_id"), activityId}, {QStringLiteral("counts"), out}});
        return {};
    }
    QStringList headers {QString()};
    for (const domain::CodeItem &band : domain::ageBands().items())
        headers << band.label(ctx.language());
    headers << QStringLiteral("TOTAL");
    QVector<QStringList> rows;
    for (const domain::CodeItem &gender : domain::genders().items()) {
        QStringList row {gender.label(ctx.language())};
        qint64 total = 0;
        for (const domain::CodeItem &band : domain::ageBands().items()) {
            qint64 n = 0;
            for (const domain::ActivityCount &c : counts) {
                if (c.gender == gender.code && c.ageBand == band.code)
                    n = c.count;
            }
            total += n;
            row << QString::number(n);
        }
        row << QString::number(total);
        if (total > 0)
            rows << row;
    }
    ctx.out().table(headers, rows, QStringLiteral("No participants counted."));
    return {};
}

Status count(CommandContext &ctx)
{
    QVector<Cell> cells;
    const bool single
        = ctx.has(QStringLiteral("gender")) || ctx.has(QStringLiteral("age-band")) || ctx.has(QStringLiteral("count"));
    if (single) {
        if (!ctx.has(QStringLiteral("gender")) || !ctx.has(QStringLiteral("age-band"))
            || !ctx.has(QStringLiteral("count")))
            return ExitCodes::usage(QStringLiteral("--gender, --age-band and --count go together"));
        bool ok = false;
        const qint64 n = ctx.option(QStringLiteral("count")).toLongLong(&ok);
        if (!ok)
            return makeError(
                ErrorCode::Validation, QStringLiteral("count: not a whole number"), QStringLiteral("count"));
        cells << Cell {ctx.option(QStringLiteral("gender")), ctx.option(QStringLiteral("age-band")), n};
    }
    static const QRegularExpression cellShape(QStringLiteral("^([a-z_]+)/([a-z0-9_]+)=(\\d+)$"));
    for (const QString &c : ctx.args().values(QStringLiteral("cell"))) {
        const auto m = cellShape.match(c.trimmed());
        if (!m.hasMatch())
            return makeError(ErrorCode::Validation,
                QStringLiteral("cell: '%1' is not GENDER/AGE_BAND=N (e.g. female/25_34=12)").arg(c),
                QStringLiteral("cell"));
        cells << Cell {m.captured(1), m.captured(2), m.captured(3).toLongLong()};
    }
    if (cells.isEmpty())
        return ExitCodes::usage(QStringLiteral("give --gender/--age-band/--count or one or more --cell G/B=N"));
    LINTAS_TRY_ASSIGN(auto *ws, ctx.workspace());
    LINTAS_TRY_ASSIGN(const QString id, Lookup::id(*ws, repo::activityMapping().def, ctx.arg(0)));
    // All cells or none: a half-entered attendance sheet would skew the gender split.
    LINTAS_TRY_ASSIGN(auto tx, ws->database().begin());
    for (const Cell &c : std::as_const(cells))
        LINTAS_TRY(ws->activities().setCount(id, c.gender, c.ageBand, c.count));
    LINTAS_TRY(tx.commit());
    return printGrid(ctx, id);
}

} // namespace

void registerActivityCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("activity add"), QString(),
        QStringLiteral("record a consultation, village discussion, training… (--kind, --held-on)"), 0, 0,
        EntityOptions::specs(repo::activityMapping().def, kActivityExcluded), &add});
    registry.add({QStringLiteral("activity list"), QString(), QStringLiteral("activities, newest first"), 0, 0,
        {OptionSpec::value(QStringLiteral("from"), QStringLiteral("DATE"), QStringLiteral("held on or after")),
            OptionSpec::value(QStringLiteral("to"), QStringLiteral("DATE"), QStringLiteral("held on or before")),
            OptionSpec::value(
                QStringLiteral("limit"), QStringLiteral("N"), QStringLiteral("at most N rows (default 100)"))},
        &list});
    registry.add({QStringLiteral("activity count"), QStringLiteral("ACTIVITY"),
        QStringLiteral("set participant counts: --gender G --age-band B --count N, or --cell G/B=N …"), 1, 1,
        {OptionSpec::value(
             QStringLiteral("gender"), QStringLiteral("CODE"), QStringLiteral("codes: lintas-cli codes genders")),
            OptionSpec::value(QStringLiteral("age-band"), QStringLiteral("CODE"),
                QStringLiteral("codes: lintas-cli codes age_bands")),
            OptionSpec::value(
                QStringLiteral("count"), QStringLiteral("N"), QStringLiteral("participants in that cell (0 clears)")),
            OptionSpec::value(QStringLiteral("cell"), QStringLiteral("G/B=N"),
                QStringLiteral("one cell, e.g. female/25_34=12"), true)},
        &count});
}

} // namespace lintas::cli
