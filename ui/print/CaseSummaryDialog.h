#pragma once

#include "base/Result.h"
#include "print/CaseSummary.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

// Before a case summary is printed or saved: says what it leaves out, and lets the person choose
// to show full ID and phone numbers (off by default; the choice is never remembered, so each
// summary with full numbers is a deliberate one).
class CaseSummaryDialog : public QDialog {
    Q_OBJECT

public:
    CaseSummaryDialog(repo::Workspace &workspace, QString caseId, QWidget *parent = nullptr);
    ~CaseSummaryDialog() override;

    CaseSummaryOptions options() const;
    // Writes the summary to `path` (the Save button asks for it) and says so in the dialog; on
    // failure the error is shown in the dialog and returned.
    Status saveTo(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void print();
    void chooseFileAndSave();
    void retranslateUi();

    repo::Workspace &m_workspace;
    QString m_caseId;
    QString m_savedPath;

    QLabel *m_intro = nullptr;
    QCheckBox *m_fullIdentifiers = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_saved = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace lintas::ui
