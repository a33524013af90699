#pragma once

#include <QCoreApplication>
#include <QString>

class QDialog;
class QWidget;

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

// Input typed in a dialog when Lintas locks (decision D20). Locking closes every dialog before the
// pages go; a dialog that asked for it has its input kept first, and gets it back the next time
// the page opens it, with a line at its top saying so.
class KeptDialogInput {
    Q_DECLARE_TR_FUNCTIONS(KeptDialogInput)

public:
    // The page, before exec(): keep the dialog's input under `key` (e.g. "case/<id>/new-party")
    // if Lintas locks while it is open; what was kept there goes back in now. True when it did.
    static bool prepare(QDialog &dialog, repo::Workspace &workspace, const QString &key);
    // The page, after exec(): the input was saved or cancelled, so it is dropped — unless the
    // dialog was closed by the lock, which kept it.
    static void finished(QDialog &dialog, repo::Workspace &workspace);
    // Whether input waits under `key`.
    static bool isKept(repo::Workspace &workspace, const QString &key);
    // MainWindow, before it closes `modal` to lock.
    static void keepBeforeLock(QWidget *modal, repo::Workspace &workspace);
};

} // namespace lintas::ui
