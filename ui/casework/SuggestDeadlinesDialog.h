#pragma once

#include "domain/Case.h"
#include "domain/Deadline.h"
#include "rules/DeadlineRuleSet.h"
#include "rules/SuggestedDeadline.h"

#include <QDate>
#include <QDialog>
#include <QSet>
#include <QVector>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

class TriggerDatesEditor;

// "Which deadlines does the law set for this case?" The user gives the dates the rules count from
// (last day of work, the accident…); the dialog lists each deadline with its source and adds the
// ticked ones. Dates flagged by the rules as uncertain are marked "to be confirmed".
class SuggestDeadlinesDialog : public QDialog {
    Q_OBJECT

public:
    SuggestDeadlinesDialog(
        repo::Workspace &workspace, domain::Case kase, rules::DeadlineRuleSet ruleSet, QWidget *parent = nullptr);

    // The suggestions listed now, and whether each is ticked.
    const QVector<rules::SuggestedDeadline> &suggestions() const { return m_suggestions; }
    QVector<rules::SuggestedDeadline> chosen() const;
    void setTriggerDate(const QString &trigger, const QDate &date);
    int added() const { return m_added; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void recompute();
    bool alreadyAdded(const rules::SuggestedDeadline &s) const;
    void retranslateUi();

    repo::Workspace &m_workspace;
    domain::Case m_case;
    rules::DeadlineRuleSet m_ruleSet;
    QDate m_today;
    TriggerDatesEditor *m_dates = nullptr;
    QVector<rules::SuggestedDeadline> m_suggestions;
    QVector<domain::Deadline> m_existing;
    QSet<QString> m_unticked; // "ruleId@triggerDate" of suggestions the user unticked
    int m_added = 0;
    QLabel *m_intro = nullptr;
    QLabel *m_noRules = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lintas::ui
