#include "ActivityCommands.h"

#include "CommandContext.h"
#include "CommandRegistry.h"
#include "EntityOptions.h"
#include "EntityView.h"
#include "ExitCodes.h"
#include "Lookup.h"
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

} // namespace

void ActivityCommands::registerAll(CommandRegistry &registry)
{
    registry.add({QStringLiteral("activity add"), QString(),
        QStringLiteral("record a consultation, village discussion, training… (--kind, --held-on)"), 0, 0,
        EntityOptions::specs(repo::activityMapping().def, kActivityExcluded), &ActivityCommands::add});
    registry.add({QStringLiteral("activity list"), QString(), QStringLiteral("activities, newest first"), 0, 0,
        {OptionSpec::value(QStringLiteral("from"), QStringLiteral("DATE"), QStringLiteral("held on or after")),
            OptionSpec::value(QStringLiteral("to"), QStringLiteral("DATE"), QStringLiteral("held on or before")),
            OptionSpec::value(
                QStringLiteral("limit"), QStringLiteral("N"), QStringLiteral("at most N rows (default 100)"))},
        &ActivityCommands::list});
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
        &ActivityCommands::count});
}

Status ActivityCommands::add(CommandContext &ctx)
{
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ws.error();
    repo::FieldMap fields;
    repo::SetMap sets;
    LINTAS_TRY(EntityOptions::read(
        repo::activityMapping().def, ctx.args(), QString(), ctx.today(), fields, sets, kActivityExcluded));
    auto created
        = (*ws)->activities().create(EntityOptions::apply(repo::activityMapping(), domain::Activity {}, fields, sets));
    if (!created.ok())
        return created.error();
    if (ctx.json())
        ctx.out().jsonDocument(EntityView::json(repo::activityMapping(), *created));
    else
        ctx.out().fields(EntityView::rows(repo::activityMapping(), *created, ctx.language()));
    return {};
}

Status ActivityCommands::list(CommandContext &ctx)
{
    auto from = ctx.dateOption(QStringLiteral("from"));
    if (!from.ok())
        return from.error();
    auto to = ctx.dateOption(QStringLiteral("to"));
    if (!to.ok())
        return to.error();
    auto limit = ctx.intOption(QStringLiteral("limit"), 100, 1, 1'000'000);
    if (!limit.ok())
        return limit.error();
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ws.error();
    auto activities = (*ws)->activities().list(*from, *to, *limit);
    if (!activities.ok())
        return activities.error();
    QJsonArray out;
    QVector<QStringList> rows;
    const repo::EntityDef &def = repo::activityMapping().def;
    for (const domain::Activity &a : std::as_const(*activities)) {
        auto counts = (*ws)->activities().counts(a.id);
        if (!counts.ok())
            return counts.error();
        qint64 women = 0, men = 0, total = 0;
        for (const domain::ActivityCount &c : std::as_const(*counts)) {
            total += c.count;
            women += c.gender == QStringLiteral("female") ? c.count : 0;
            men += c.gender == QStringLiteral("male") ? c.count : 0;
        }
        QJsonObject o = EntityView::json(repo::activityMapping(), a);
        o.insert(QStringLiteral("participants"), total);
        o.insert(QStringLiteral("female"), women);
        o.insert(QStringLiteral("male"), men);
        out << o;
        rows << QStringList {EntityView::shortId(a.id), a.heldOn.toString(Qt::ISODate),
            EntityView::label(def, QStringLiteral("kind"), a.kind, ctx.language()), a.title,
            QStringList {a.village, a.regency}.join(QStringLiteral(", ")), QString::number(total),
            QString::number(women), QString::number(men)};
    }
    if (ctx.json()) {
        ctx.out().jsonDocument(out);
        return {};
    }
    ctx.out().table(
        {QStringLiteral("ID"), QStringLiteral("HELD"), QStringLiteral("KIND"), QStringLiteral("TITLE"),
            QStringLiteral("PLACE"), QStringLiteral("TOTAL"), QStringLiteral("WOMEN"), QStringLiteral("MEN")},
        rows, QStringLiteral("No activities."));
    return {};
}

Status ActivityCommands::count(CommandContext &ctx)
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
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ws.error();
    auto id = Lookup::id(**ws, repo::activityMapping().def, ctx.arg(0));
    if (!id.ok())
        return id.error();
    // All cells or none: a half-entered attendance sheet would skew the gender split.
    auto tx = (*ws)->database().begin();
    if (!tx.ok())
        return tx.error();
    for (const Cell &c : std::as_const(cells))
        LINTAS_TRY((*ws)->activities().setCount(*id, c.gender, c.ageBand, c.count));
    LINTAS_TRY(tx->commit());
    return printGrid(ctx, *id);
}

Status ActivityCommands::printGrid(CommandContext &ctx, const QString &activityId)
{
    auto ws = ctx.workspace();
    if (!ws.ok())
        return ws.error();
    auto counts = (*ws)->activities().counts(activityId);
    if (!counts.ok())
        return counts.error();
    if (ctx.json()) {
        QJsonArray out;
        for (const domain::ActivityCount &c : std::as_const(*counts))
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
            for (const domain::ActivityCount &c : std::as_const(*counts)) {
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

} // namespace lintas::cli
