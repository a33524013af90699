#include "sync/SyncStatusText.h"

#include "common/Formats.h"

#include <QDateTime>
#include <QLocale>

namespace lintas::ui {

using Phase = sync::SyncState::Phase;

QString SyncStatusText::when(qint64 atMs, qint64 nowMs)
{
    if (atMs <= 0)
        return tr("never");
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(atMs);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs);
    const QLocale locale;
    if (at.date() == now.date())
        return locale.toString(at.time(), QStringLiteral("HH:mm"));
    return formats::dateTime(atMs, locale);
}

QString SyncStatusText::chip(const sync::SyncState &state, qint64 nowMs)
{
    switch (state.phase) {
    case Phase::NotJoined:
        return tr("Not syncing");
    case Phase::Syncing:
        if (state.progress.toPull > 0)
            return tr("Syncing %1 of %2").arg(state.progress.pulled).arg(state.progress.toPull);
        if (state.waiting > 0)
            return tr("Sending %n change(s)", nullptr, int(qMin<qint64>(state.waiting, INT_MAX)));
        return tr("Syncing…");
    case Phase::Offline:
        return state.waiting > 0 ? tr("Offline · %n waiting", nullptr, int(qMin<qint64>(state.waiting, INT_MAX)))
                                 : tr("Offline");
    case Phase::NeedsAttention:
        return tr("Sync needs attention");
    case Phase::Idle:
        break;
    }
    if (state.waiting > 0)
        return tr("%n change(s) waiting", nullptr, int(qMin<qint64>(state.waiting, INT_MAX)));
    if (state.lastSyncAt > 0)
        return tr("Synced at %1").arg(when(state.lastSyncAt, nowMs));
    return tr("Not synced yet");
}

QString SyncStatusText::summary(const sync::SyncState &state, qint64 nowMs)
{
    switch (state.phase) {
    case Phase::NotJoined:
        return tr("This profile keeps its cases on this laptop only. Join your organisation to share them "
                  "with your colleagues and keep a copy on the organisation's server.");
    case Phase::Syncing:
        return tr("Exchanging changes with the organisation's server: %1 sent, %2 of %3 received.")
            .arg(state.progress.pushed)
            .arg(state.progress.pulled)
            .arg(state.progress.toPull);
    case Phase::Offline:
        return tr("No connection to the organisation's server. Your work is kept on this laptop; "
                  "%n change(s) will be sent when the connection is back.",
            nullptr, int(qMin<qint64>(state.waiting, INT_MAX)));
    case Phase::NeedsAttention:
        return problem(state.problem);
    case Phase::Idle:
        break;
    }
    return tr("Up to date with the organisation's server. Last synced: %1.").arg(when(state.lastSyncAt, nowMs));
}

QString SyncStatusText::problem(sync::SyncProblem problem)
{
    switch (problem) {
    case sync::SyncProblem::None:
        return QString();
    case sync::SyncProblem::NotJoined:
        return tr("This profile has not joined an organisation yet.");
    case sync::SyncProblem::Offline:
        return tr("The server could not be reached, or the connection dropped. Lintas tries again by itself.");
    case sync::SyncProblem::Refused:
        return tr("The server no longer accepts this laptop. Ask your organisation's admin whether it was "
                  "removed; your work stays on this laptop.");
    case sync::SyncProblem::NotMember:
        return tr("This laptop is not a member of the organisation's space on the server. Ask your admin.");
    case sync::SyncProblem::ServerBusy:
        return tr("The server is busy or has a problem of its own. Lintas tries again later by itself.");
    case sync::SyncProblem::ServerFault:
        return tr("The server sent something that does not check out, so nothing of it was kept. Lintas "
                  "tries again later; if this stays, tell your admin.");
    case sync::SyncProblem::DeletionsHeld:
        return tr("Another laptop deleted many records at once. Those deletions wait for your decision below; "
                  "everything else is up to date.");
    case sync::SyncProblem::Storage:
        return tr("Received changes could not be saved on this laptop (is the disk full?). Nothing was "
                  "lost; Lintas tries again later.");
    }
    return QString();
}

QString SyncStatusText::quarantineReason(const QString &reason)
{
    if (reason == QLatin1String("bad_signature"))
        return tr("Signature does not match the sending laptop");
    if (reason == QLatin1String("bad_encryption"))
        return tr("Cannot be decrypted: damaged or altered");
    if (reason == QLatin1String("unknown_epoch"))
        return tr("Sealed with a key this laptop does not have");
    if (reason == QLatin1String("unknown_device"))
        return tr("From a laptop that is not a member");
    if (reason == QLatin1String("clock_ahead"))
        return tr("Dated more than a day in the future (wrong clock on the sending laptop)");
    if (reason == QLatin1String("missing_reference"))
        return tr("Refers to a record that has not arrived yet");
    if (reason == QLatin1String("newer_version"))
        return tr("Made by a newer version of Lintas: applied by itself once Lintas on this laptop is updated");
    if (reason == QLatin1String("removed_device"))
        return tr("Made by a laptop after an admin removed it from the organisation: refused");
    if (reason == QLatin1String("unreadable"))
        return tr("Cannot be read by any version of Lintas: damaged or made by a faulty program");
    if (reason == QLatin1String("malformed"))
        return tr("Damaged record");
    return tr("Other reason (%1)").arg(reason);
}

QString SyncStatusText::spaceChoice(const sync::SpaceInfo &space)
{
    return space.home ? tr("%1 (your organisation)").arg(space.name) : tr("%1 (shared)").arg(space.name);
}

QString SyncStatusText::role(const QString &role)
{
    if (role == QLatin1String("admin"))
        return tr("Admin");
    if (role == QLatin1String("member"))
        return tr("Member");
    return role;
}

QString SyncStatusText::clockWarning(qint64 offsetMs)
{
    if (qAbs(offsetMs) < kClockWarningMs)
        return QString();
    const qint64 minutes = qAbs(offsetMs) / 60'000;
    const QString amount = minutes >= 120 ? tr("%n hour(s)", nullptr, int(qMin<qint64>(minutes / 60, INT_MAX)))
                                          : tr("%n minute(s)", nullptr, int(minutes));
    // offset = server − laptop: positive means the laptop is behind.
    const QString text = offsetMs > 0 ? tr("This laptop's clock is %1 behind the server's.").arg(amount)
                                      : tr("This laptop's clock is %1 ahead of the server's.").arg(amount);
    return text + QLatin1Char(' ')
        + tr("Lintas corrects the times it records, but please set the right date, time and time zone in the "
             "laptop's settings.");
}

} // namespace lintas::ui
