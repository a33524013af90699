#pragma once

#include "intake/IntakeStep.h"

#include <QDate>

class QTextBrowser;

namespace lintas::rules {
class DeadlineRuleSet;
}

namespace lintas::ui {

// Everything gathered, on one page, with the deadlines that will be added, before the case is made.
class IntakeReviewStep : public IntakeStep {
    Q_OBJECT

public:
    IntakeReviewStep(const rules::DeadlineRuleSet &ruleSet, QDate today, QWidget *parent = nullptr);

    void load(const domain::IntakeDraft &draft) override;
    void store(domain::IntakeDraft &draft) const override;
    QString title() const override;
    void entering(const domain::IntakeDraft &draft) override;
    QString summaryText() const; // what is shown, as plain text

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    const rules::DeadlineRuleSet &m_ruleSet;
    QDate m_today;
    domain::IntakeDraft m_draft;
    QTextBrowser *m_summary = nullptr;
};

} // namespace lintas::ui
