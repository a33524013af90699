#pragma once

#include "sync/SyncSpaces.h"
#include "sync/SyncWorker.h"

#include <QCoreApplication>
#include <QString>

namespace lintas::ui {

// The words for sync, in the current language: the chip, the sync page and its lists use the
// same ones, so "needs attention" always gives the same reason and the same advice.
class SyncStatusText {
    Q_DECLARE_TR_FUNCTIONS(SyncStatusText)

public:
    // The chip: "Offline · 3 waiting", "Syncing 40 of 200", "Synced at 14:05", "Needs attention".
    static QString chip(const sync::SyncState &state, qint64 nowMs);
    // One sentence on what is going on, with the reason when something is wrong.
    static QString summary(const sync::SyncState &state, qint64 nowMs);
    // What went wrong and what to do about it.
    static QString problem(sync::SyncProblem problem);
    // Why a record was set aside (ReplyApplier's reasons).
    static QString quarantineReason(const QString &reason);
    static QString role(const QString &role);
    // A space in a list to choose from: "<name> (your organisation)" or "<name> (shared)".
    static QString spaceChoice(const sync::SpaceInfo &space);
    // "14:05" today, "Mon 14:05" this week, a date otherwise; "never" for 0.
    static QString when(qint64 atMs, qint64 nowMs);
    // Minutes or hours, for the clock warning ("4 hours behind").
    static QString clockWarning(qint64 offsetMs);
    // Warn when the laptop's clock is this far off the server's: an edit stamped an hour wrong
    // can lose to an older one, and a day ahead gets set aside by everyone else.
    static constexpr qint64 kClockWarningMs = 5LL * 60 * 1000;
};

} // namespace lintas::ui
