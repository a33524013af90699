#pragma once

#include "base/Result.h"
#include "handoff/HandoffAddress.h"
#include "sync/SyncIdentity.h"

#include <QByteArray>
#include <QString>

class QWidget;

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

// What the hand-off screens share: this profile as a hand-off party, and the files they read and
// write (in the folder last used for hand-off files, kept across sessions).
struct HandoffMe {
    sync::SyncIdentity identity;
    handoff::HandoffAddress address;

    // `name` is what the other side sees (the profile's name).
    static Result<HandoffMe> load(repo::Workspace &workspace, const QString &name);
};

namespace handofffiles {

Result<QByteArray> read(const QString &path);
// Whole or not at all: a half-written file on a USB stick helps nobody.
Status write(const QString &path, const QByteArray &bytes);
// File dialogs that start in the folder last used for hand-off files; empty when cancelled.
QString chooseToOpen(QWidget *parent, const QString &caption);
QString chooseToSave(QWidget *parent, const QString &caption, const QString &suggestedName);
// "Lintas hand-off (*.lintashandoff)" and "all files".
QString filter();

} // namespace handofffiles

} // namespace lintas::ui
