#include "OrgKeyCommands.h"

#include "CommandContext.h"
#include "CommandRegistry.h"
#include "OrgAccess.h"
#include "base/Clock.h"
#include "base/RandomSource.h"
#include "crypto/DeviceKeys.h"
#include "sync/AdminFlow.h"
#include "sync/HttpTransport.h"
#include "sync/OrgRecovery.h"
#include "sync/Revocation.h"
#include "sync/SyncIdentity.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lintas::cli {

namespace {

QString fingerprintOf(const sync::SpaceMember &m)
{
    return crypto::fingerprint(m.signKey + m.boxKey);
}

Status members(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(store::Database * db, databaseOf(ctx));
    LINTAS_TRY_ASSIGN(const sync::SpaceInfo space, currentSpace(*db));
    LINTAS_TRY_ASSIGN(const auto all, sync::SyncSpaces(*db).members(space.spaceId));
    QJsonArray rows;
    for (const sync::SpaceMember &m : all) {
        const QString state = m.removed ? QStringLiteral("removed") : m.role;
        rows.append(QJsonObject {{QStringLiteral("device"), m.deviceId}, {QStringLiteral("label"), m.label},
            {QStringLiteral("role"), m.role}, {QStringLiteral("removed"), m.removed},
            {QStringLiteral("fingerprint"), fingerprintOf(m)}});
        if (!ctx.json())
            ctx.out().line(QStringLiteral("%1  %2  %3  %4").arg(m.deviceId, fingerprintOf(m), state, m.label));
    }
    if (ctx.json())
        ctx.out().jsonDocument(rows);
    return {};
}

Status remove(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(store::Database * db, databaseOf(ctx));
    LINTAS_TRY_ASSIGN(const sync::SpaceInfo space, currentSpace(*db));
    LINTAS_TRY_ASSIGN(const auto all, sync::SyncSpaces(*db).members(space.spaceId));
    // A device id from `org members`, or the fingerprint as read out.
    const QString wanted = ctx.arg(0).trimmed().toLower();
    QString deviceId;
    for (const sync::SpaceMember &m : all) {
        if (m.deviceId == wanted || sync::sameFingerprint(ctx.arg(0), fingerprintOf(m)))
            deviceId = m.deviceId;
    }
    if (deviceId.isEmpty())
        return makeError(ErrorCode::NotFound,
            QStringLiteral("no device %1 in the organisation (see lintas-cli org members)").arg(ctx.arg(0)));
    sync::HttpTransport transport {QUrl(space.serverUrl)};
    sync::Revocation revocation(*db, transport, SecureRandom::instance());
    const auto removed = revocation.removeDevice(space.spaceId, deviceId);
    if (!removed && removed.error().rule == QLatin1String("sync_first"))
        return makeError(ErrorCode::Validation,
            QStringLiteral("the server holds changes from that device this laptop has not received yet: run "
                           "`lintas-cli sync`, then remove it again"));
    LINTAS_TRY(removed);
    if (ctx.json()) {
        ctx.out().jsonDocument(
            QJsonObject {{QStringLiteral("removed"), removed->deviceId}, {QStringLiteral("label"), removed->label},
                {QStringLiteral("last_change"), removed->lastSeq}, {QStringLiteral("epoch"), qint64(removed->epoch)}});
        return {};
    }
    ctx.out().line(QStringLiteral("removed %1: the server refuses it from now on; its changes after #%2 are refused "
                                  "by every member.\nnew key (epoch %3) sealed to the remaining devices.\n"
                                  "What that laptop already holds stays readable to whoever unlocks it: only its "
                                  "passphrase protects it.")
                       .arg(removed->label)
                       .arg(removed->lastSeq)
                       .arg(removed->epoch));
    return {};
}

Status rotate(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(store::Database * db, databaseOf(ctx));
    LINTAS_TRY_ASSIGN(const sync::SpaceInfo space, currentSpace(*db));
    sync::HttpTransport transport {QUrl(space.serverUrl)};
    sync::Revocation revocation(*db, transport, SecureRandom::instance());
    LINTAS_TRY_ASSIGN(const quint32 epoch, revocation.rotate(space.spaceId));
    if (ctx.json())
        ctx.out().jsonDocument(QJsonObject {{QStringLiteral("epoch"), qint64(epoch)}});
    else
        ctx.out().line(QStringLiteral("new key (epoch %1) sealed to every device of the organisation").arg(epoch));
    return {};
}

Status recoveryKey(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(store::Database * db, databaseOf(ctx));
    LINTAS_TRY_ASSIGN(const sync::SpaceInfo space, currentSpace(*db));
    sync::HttpTransport transport {QUrl(space.serverUrl)};
    sync::OrgRecovery recovery(transport, SystemClock::instance(), SecureRandom::instance());
    LINTAS_TRY_ASSIGN(const sync::OrgRecoverySheet sheet, recovery.create(*db, space.spaceId));
    if (ctx.json()) {
        ctx.out().jsonDocument(QJsonObject {{QStringLiteral("code"), sheet.link.code},
            {QStringLiteral("link"), sheet.link.toText()}, {QStringLiteral("space"), sheet.link.spaceId},
            {QStringLiteral("server"), sheet.link.serverUrl}, {QStringLiteral("fingerprint"), sheet.fingerprint}});
        return {};
    }
    ctx.out().line(
        QStringLiteral("Organisation recovery key for %1. Print it, keep it locked away, and keep no other "
                       "copy: it is shown only now.\ncode:   %2\nserver: %3\nspace:  %4\nlink:   %5")
            .arg(sheet.spaceName, sheet.link.code, sheet.link.serverUrl, sheet.link.spaceId, sheet.link.toText()));
    return {};
}

Status recover(CommandContext &ctx)
{
    LINTAS_TRY_ASSIGN(store::Database * db, databaseOf(ctx));
    LINTAS_TRY_ASSIGN(const sync::OrgRecoveryLink link, sync::OrgRecoveryLink::parse(ctx.arg(0)));
    sync::HttpTransport transport {QUrl(link.serverUrl)};
    sync::OrgRecovery recovery(transport, SystemClock::instance(), SecureRandom::instance());
    LINTAS_TRY_ASSIGN(const sync::JoinResult joined,
        recovery.admitWith(*db, link,
            ctx.has(QStringLiteral("label")) ? ctx.option(QStringLiteral("label"))
                                             : QStringLiteral("Recovered laptop")));
    if (ctx.json())
        ctx.out().jsonDocument(QJsonObject {{QStringLiteral("state"), QStringLiteral("joined")},
            {QStringLiteral("space"), joined.spaceId}, {QStringLiteral("role"), joined.role}});
    else
        ctx.out().line(QStringLiteral("this laptop is now an admin of the organisation: run `lintas-cli sync` to "
                                      "receive its data, then remove the lost laptops (`lintas-cli org remove`)"));
    return {};
}

} // namespace

void registerOrgKeyCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("org members"), QString(),
        QStringLiteral("list the organisation's devices (as of the last sync), with ids and fingerprints"), 0, 0, {},
        &members});
    registry.add({QStringLiteral("org remove"), QStringLiteral("DEVICE|FINGERPRINT"),
        QStringLiteral("remove a lost laptop or a person who left, and move everyone to a new key (admins)"), 1, 1, {},
        &remove});
    registry.add({QStringLiteral("org rotate"), QString(),
        QStringLiteral("move every device to a new encryption key (admins)"), 0, 0, {}, &rotate});
    registry.add({QStringLiteral("org recovery-key"), QString(),
        QStringLiteral("make the organisation's recovery key: print it and lock it away (admins)"), 0, 0, {},
        &recoveryKey});
    registry.add({QStringLiteral("org recover"), QStringLiteral("LINK"),
        QStringLiteral("admit this laptop as an admin with the organisation's recovery key, when every admin laptop "
                       "is lost"),
        1, 1,
        {OptionSpec::value(
            QStringLiteral("label"), QStringLiteral("TEXT"), QStringLiteral("how others see this laptop"))},
        &recover});
}

} // namespace lintas::cli
