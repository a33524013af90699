#pragma once

#include "domain/Case.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

class CodeCombo;
class DeadlineModel;

// Deadlines, hearings and tasks of one case: add by hand, take them from the rules, mark done.
class DeadlinesTab : public QWidget {
    Q_OBJECT

public:
    explicit DeadlinesTab(repo::Workspace &workspace, QWidget *parent = nullptr);

    void setCase(const domain::Case &kase);
    // The same case after its details were saved: what the tab offers follows, typed input stays.
    void updateCase(const domain::Case &kase) { m_case = kase; }
    DeadlineModel *model() const { return m_model; }
    bool hasUnsavedText() const;
    // Selects the deadline's row and puts the cursor there (it was chosen on the Today page).
    void selectDeadline(const QString &deadlineId);

public slots:
    bool addDeadline();
    void toggleDone();
    void suggestFromRules();

signals:
    void deadlinesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void selectionChanged();
    void retranslateUi();

    repo::Workspace &m_workspace;
    domain::Case m_case;
    DeadlineModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_done = nullptr;
    QPushButton *m_suggest = nullptr;
    QLabel *m_formTitle = nullptr;
    CodeCombo *m_kind = nullptr;
    QLineEdit *m_title = nullptr;
    QDateEdit *m_due = nullptr;
    QLineEdit *m_notes = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_kindLabel = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_dueLabel = nullptr;
    QLabel *m_notesLabel = nullptr;
};

} // namespace lintas::ui
