#include "BundleCommands.h"

#include "CommandContext.h"
#include "CommandRegistry.h"
#include "OrgAccess.h"
#include "base/Clock.h"
#include "base/RandomSource.h"
#include "repo/Workspace.h"
#include "sync/BundleExport.h"
#include "sync/BundleImport.h"

#include <QJsonObject>
#include <QSaveFile>

namespace lintas::cli {

namespace {

Status exportBundle(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(repo::Workspace * ws, ctx.workspace());
    const QString target = ctx.arg(0);
    QString spaceId;
    if (ctx.has(QStringLiteral("space"))) {
        LINTAS_TRY_ASSIGN(const sync::SpaceInfo space, spaceNamed(ws->database(), ctx.option(QStringLiteral("space"))));
        spaceId = space.spaceId;
    }
    LINTAS_TRY_ASSIGN(const sync::ExportedBundle bundle,
        sync::BundleExport(ws->writer().database(), SystemClock::instance(), SecureRandom::instance()).make(spaceId));
    // Whole or not at all: a half-written bundle would only be refused on the other laptop.
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(target, out.errorString()));
    if (out.write(bundle.file) != bundle.file.size() || !out.commit())
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(target, out.errorString()));
    if (ctx.json())
        ctx.out().jsonDocument(QJsonObject {{QStringLiteral("file"), target},
            {QStringLiteral("exported"), bundle.envelopes}, {QStringLiteral("bytes"), bundle.file.size()}});
    else
        ctx.out().line(QStringLiteral("exported %1 changes to %2").arg(bundle.envelopes).arg(target));
    return {};
}

Status importBundle(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(repo::Workspace * ws, ctx.workspace());
    LINTAS_TRY_ASSIGN(const QByteArray file, ctx.readInput(ctx.arg(0)));
    LINTAS_TRY_ASSIGN(const sync::ImportedBundle r,
        sync::BundleImport(ws->writer().database(), SystemClock::instance(), SecureRandom::instance()).apply(file));
    if (ctx.json()) {
        ctx.out().jsonDocument(
            QJsonObject {{QStringLiteral("device"), r.deviceId}, {QStringLiteral("created_at"), r.createdAt},
                {QStringLiteral("changes"), r.envelopes}, {QStringLiteral("applied"), r.applied},
                {QStringLiteral("already_applied"), r.alreadyApplied}, {QStringLiteral("quarantined"), r.quarantined},
                {QStringLiteral("held_deletions"), r.held}, {QStringLiteral("own"), r.ownSkipped}});
        return {};
    }
    ctx.out().line(QStringLiteral("applied %1, already applied %2, quarantined %3")
                       .arg(r.applied)
                       .arg(r.alreadyApplied)
                       .arg(r.quarantined));
    if (r.ownSkipped > 0)
        ctx.out().note(QStringLiteral("%1 changes were this laptop's own and were skipped").arg(r.ownSkipped));
    if (r.held > 0)
        ctx.out().note(QStringLiteral("%1 deletions wait for confirmation (lintas-cli sync status)").arg(r.held));
    return {};
}

} // namespace

void registerBundleCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("bundle export"), QStringLiteral("FILE"),
        QStringLiteral("write the changes the server has not acknowledged to an encrypted file, for a laptop "
                       "without signal"),
        1, 1,
        {OptionSpec::value(QStringLiteral("space"), QStringLiteral("SPACE"),
            QStringLiteral("the changes of a shared space (its name or id) instead of the organisation's own"))},
        &exportBundle});
    registry.add({QStringLiteral("bundle import"), QStringLiteral("FILE"),
        QStringLiteral("apply a bundle another laptop of the organisation exported (- = stdin); importing again "
                       "applies nothing"),
        1, 1, {}, &importBundle});
}

} // namespace lintas::cli
