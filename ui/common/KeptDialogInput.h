#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QDialog;
class QWidget;

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

// Input typed in a dialog when Lintas locks (decision D20). Locking closes every dialog before the
// pages go; a dialog that asked for it has its input kept first, and gets it back the next time
// the page opens it, with a line at its top saying so. Like KeptInputBar: the named inputs of the
// dialog (FormState), only those changed since the dialog was prepared, and — for a dialog whose
// choice is not in an input, e.g. a row picked in a list — the dialog's own USER property, which
// is written back after the inputs.
class KeptDialogInput {
    Q_DECLARE_TR_FUNCTIONS(KeptDialogInput)

public:
    // The page, before exec(), with the dialog filled as it starts: keep the dialog's input under
    // `key` (e.g. "case/<id>/new-party") if Lintas locks while it is open; what was kept there
    // goes back in now. True when it did.
    static bool prepare(QDialog &dialog, repo::Workspace &workspace, const QString &key);
    // The page, after exec(): the input was saved or cancelled, so it is dropped — unless the
    // dialog was closed by the lock, which kept it.
    static void finished(QDialog &dialog, repo::Workspace &workspace);
    // Whether input waits under `key`.
    static bool isKept(repo::Workspace &workspace, const QString &key);
    // The keys under which input waits that start with `prefix` (e.g. "case/<id>/link-role/").
    static QStringList keptKeys(repo::Workspace &workspace, const QString &prefix);
    // MainWindow, before it closes `modal` to lock. Nothing changed in it: nothing is kept.
    static void keepBeforeLock(QWidget *modal, repo::Workspace &workspace);
};

} // namespace lintas::ui
