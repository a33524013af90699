#pragma once

#include "domain/Case.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace lintas {
struct Error;
}
namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

class CodeChecklist;
class CodeCombo;

// Every field of a case, editable. Saving writes only what changed, through the repository; a
// refused save keeps everything typed and says, next to the field, what to fix.
class CaseDetailsForm : public QWidget {
    Q_OBJECT

public:
    explicit CaseDetailsForm(repo::Workspace &workspace, QWidget *parent = nullptr);

    void load(const domain::Case &kase);
    const domain::Case &stored() const { return m_stored; }
    // What the editors hold now, on top of the stored case.
    domain::Case edited() const;
    bool isDirty() const;

public slots:
    // True when saved (or nothing to save). On failure the message is shown and input kept.
    bool save();
    void revert();

signals:
    void saved(const domain::Case &kase);
    void dirtyChanged(bool dirty);

protected:
    void changeEvent(QEvent *event) override;

private:
    void statusChosen();
    void editorChanged();
    void showError(const Error &error);
    void offerStatuses();
    void retranslateUi();

    repo::Workspace &m_workspace;
    domain::Case m_stored;
    bool m_loading = false;
    bool m_wasDirty = false;

    QLineEdit *m_title = nullptr;
    CodeCombo *m_status = nullptr;
    CodeCombo *m_outcome = nullptr;
    CodeCombo *m_risk = nullptr;
    QCheckBox *m_safety = nullptr;
    QDateEdit *m_openedOn = nullptr;
    QDateEdit *m_closedOn = nullptr;
    QLineEdit *m_assignees = nullptr;
    QLineEdit *m_tags = nullptr;
    CodeChecklist *m_caseTypes = nullptr;
    CodeChecklist *m_jurisdictions = nullptr;
    CodeChecklist *m_forums = nullptr;
    QPlainTextEdit *m_chronology = nullptr;
    QPlainTextEdit *m_demands = nullptr;
    QPlainTextEdit *m_strategy = nullptr;
    QPlainTextEdit *m_outcomeNotes = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_error = nullptr;
    // Domain field name → the label a user sees next to its editor, for error messages.
    QHash<QString, QLabel *> m_labels;
    QHash<QString, QWidget *> m_editors;
};

} // namespace lintas::ui
