#include "TransferCommands.h"

#include "CommandContext.h"
#include "CommandRegistry.h"
#include "ExitCodes.h"
#include "demo/DemoDataGenerator.h"
#include "repo/Workspace.h"
#include "transfer/DataExporter.h"
#include "transfer/DataImporter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace lintas::cli {

namespace {

Status exportProfile(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(auto *ws, ctx.workspace());
    const QString target = ctx.arg(0);
    transfer::DataExporter exporter(*ws);
    qint64 records = 0;
    auto count = [&](const QString &, qint64 n) { records += n; };
    if (target == QStringLiteral("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return makeError(ErrorCode::Io, QStringLiteral("cannot write to stdout"));
        LINTAS_TRY(exporter.write(out, count));
        out.flush();
        ctx.out().note(QStringLiteral("Exported %1 records.").arg(records));
        return {};
    }
    // Written whole or not at all: an interrupted export must not leave a truncated file that
    // looks like a backup.
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(target, out.errorString()));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    LINTAS_TRY(exporter.write(out, count));
    if (!out.commit())
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(target, out.errorString()));
    ctx.out().warning(
        QStringLiteral("%1 holds client data in plain text: keep it encrypted or delete it when done").arg(target));
    if (ctx.json())
        ctx.out().jsonDocument(QJsonObject {{QStringLiteral("file"), target}, {QStringLiteral("records"), records}});
    else
        ctx.out().line(QStringLiteral("Exported %1 records to %2.").arg(records).arg(target));
    return {};
}

Status importFile(CommandContext &ctx)
{
    // Unlock first: a passphrase on stdin comes before an export piped on stdin.
    LINTAS_TRY_ASSIGN(auto *ws, ctx.workspace());
    LINTAS_TRY_ASSIGN(const QByteArray bytes, ctx.readInput(ctx.arg(0)));
    auto progress = [&](qint64 done, qint64 total) {
        if (total >= 10000) // only worth a progress line when it takes a while
            ctx.out().progress(QStringLiteral("importing %1 / %2").arg(done).arg(total), done == total);
        return true;
    };
    LINTAS_TRY_ASSIGN(const auto summary, transfer::DataImporter(*ws).importJson(bytes, progress));
    if (ctx.json()) {
        QJsonObject byEntity;
        for (auto it = summary.byEntity.cbegin(); it != summary.byEntity.cend(); ++it) {
            byEntity.insert(it.key(),
                QJsonObject {{QStringLiteral("created"), it->created}, {QStringLiteral("updated"), it->updated},
                    {QStringLiteral("unchanged"), it->unchanged}});
        }
        ctx.out().jsonDocument(
            QJsonObject {{QStringLiteral("created"), summary.created()}, {QStringLiteral("updated"), summary.updated()},
                {QStringLiteral("unchanged"), summary.unchanged()}, {QStringLiteral("entities"), byEntity}});
        return {};
    }
    QVector<QStringList> rows;
    for (auto it = summary.byEntity.cbegin(); it != summary.byEntity.cend(); ++it)
        rows << QStringList {
            it.key(), QString::number(it->created), QString::number(it->updated), QString::number(it->unchanged)};
    ctx.out().table({"ENTITY", "CREATED", "UPDATED", "UNCHANGED"}, rows, QStringLiteral("The file holds no records."));
    return {};
}

Status generateDemo(CommandContext &ctx)
{
    const QString sizeName
        = ctx.has(QStringLiteral("size")) ? ctx.option(QStringLiteral("size")) : QStringLiteral("small");
    demo::DemoSize size;
    if (sizeName == QStringLiteral("small")) {
        size = demo::DemoSize::small();
    } else if (sizeName == QStringLiteral("large")) {
        size = demo::DemoSize::large();
    } else {
        bool ok = false;
        const int clients = sizeName.toInt(&ok);
        if (!ok || clients < 1 || clients > 1'000'000)
            return ExitCodes::usage(
                QStringLiteral("--size must be small, large or a number of clients from 1 to 1000000"));
        size = demo::DemoSize::scaled(clients);
    }
    bool seedOk = true;
    const quint64 seed = ctx.has(QStringLiteral("seed")) ? ctx.option(QStringLiteral("seed")).toULongLong(&seedOk) : 1;
    if (!seedOk)
        return ExitCodes::usage(QStringLiteral("--seed must be a whole number"));
    LINTAS_TRY_ASSIGN(auto *ws, ctx.workspace());
    demo::DemoDataGenerator generator(*ws, seed);
    QElapsedTimer timer;
    timer.start();
    qint64 lastPercent = -1;
    LINTAS_TRY(generator.generate(size, [&](int done, int total) {
        // A line per whole percent at most: a large run has hundreds of batches.
        const qint64 percent = 100 * qint64(done) / std::max(total, 1);
        if (percent != lastPercent) {
            lastPercent = percent;
            ctx.out().progress(
                QStringLiteral("demo data: %1 / %2 (%3%)").arg(done).arg(total).arg(percent), done == total);
        }
        return true;
    }));
    const double seconds = std::max(0.001, double(timer.elapsed()) / 1000.0);
    const qint64 itemsPerSecond = qint64(size.total() / seconds);
    if (ctx.json()) {
        ctx.out().jsonDocument(QJsonObject {{QStringLiteral("clients"), size.clients},
            {QStringLiteral("cases"), size.cases}, {QStringLiteral("notes"), size.notes},
            {QStringLiteral("deadlines"), size.deadlines}, {QStringLiteral("activities"), size.activities},
            {QStringLiteral("records"), generator.recordsWritten()}, {QStringLiteral("seconds"), seconds},
            {QStringLiteral("itemsPerSecond"), itemsPerSecond}});
        return {};
    }
    ctx.out().line(
        QStringLiteral("Demo data: %1 clients, %2 cases, %3 notes, %4 deadlines, %5 activities (%6 records in all) "
                       "in %7 s, %8 items/s.")
            .arg(size.clients)
            .arg(size.cases)
            .arg(size.notes)
            .arg(size.deadlines)
            .arg(size.activities)
            .arg(generator.recordsWritten())
            .arg(seconds, 0, 'f', 1)
            .arg(itemsPerSecond));
    return {};
}

} // namespace

void registerTransferCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("export"), QStringLiteral("FILE"),
        QStringLiteral("write the whole profile as JSON (- = stdout); the file is NOT encrypted"), 1, 1, {},
        &exportProfile});
    registry.add({QStringLiteral("import"), QStringLiteral("FILE"),
        QStringLiteral("read an export into this profile (- = stdin); all or nothing, re-import is a no-op"), 1, 1, {},
        &importFile});
    registry.add({QStringLiteral("demo"), QString(), QStringLiteral("fill the profile with realistic demo data"), 0, 0,
        {OptionSpec::value(QStringLiteral("size"), QStringLiteral("SIZE"),
             QStringLiteral("small (default), large, or N clients in the small preset's proportions")),
            OptionSpec::value(QStringLiteral("seed"), QStringLiteral("S"),
                QStringLiteral("random seed (default 1); same seed, same data"))},
        &generateDemo});
}

} // namespace lintas::cli
