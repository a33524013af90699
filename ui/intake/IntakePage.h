#pragma once

#include "domain/IntakeDraft.h"
#include "rules/DeadlineRuleSet.h"

#include <QVector>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

class IntakeStep;

// The guided intake for short sessions: client → problems → chronology → demands → consent →
// review, then the client, case, claims, consent and deadlines are made in one go. The draft is
// saved whenever the user moves between steps, on Ctrl+S, when the intake is closed and when
// Lintas locks, so a session cut short loses nothing; it is resumed from the case list.
class IntakePage : public QWidget {
    Q_OBJECT

public:
    IntakePage(repo::Workspace &workspace, QString author, rules::DeadlineRuleSet ruleSet, QWidget *parent = nullptr);
    ~IntakePage() override;

    void start(); // a new, empty intake
    bool resume(const QString &draftId);
    // The message shown on the page (e.g. why a draft could not be resumed), empty if none.
    QString message() const;
    const domain::IntakeDraft &draft() const { return m_draft; }
    bool hasContent() const;
    int currentStep() const;
    IntakeStep *step(int index) const { return m_steps.value(index); }

public slots:
    void goToStep(int index);
    void next();
    void back();
    // Saves the draft when anything was typed; true when saved or nothing to save.
    bool saveDraft();
    bool createCase();
    // Saves what was typed as a draft and leaves.
    void close();
    // Deletes the draft (after asking) and leaves.
    void discard();

signals:
    void caseCreated(const QString &caseId);
    void closed();
    void draftsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void collect();
    void stepChanged();
    void showMessage(const QString &text);
    void showSavedAt();
    void retranslateUi();

    repo::Workspace &m_workspace;
    QString m_author;
    rules::DeadlineRuleSet m_ruleSet;
    domain::IntakeDraft m_draft;
    QVector<IntakeStep *> m_steps;
    QLabel *m_heading = nullptr;
    QLabel *m_saved = nullptr;
    qint64 m_savedAtMs = 0; // when the draft on screen was last saved; 0 = not yet
    QListWidget *m_stepList = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_discard = nullptr;
    QPushButton *m_saveDraft = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_create = nullptr;
};

} // namespace lintas::ui
