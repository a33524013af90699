#pragma once

#include "intake/IntakeStep.h"

class QLabel;
class QPlainTextEdit;

namespace lintas::rules {
class DeadlineRuleSet;
}

namespace lintas::ui {

class TriggerDatesEditor;

// Her story in her words (kronologi), and the dates the law counts deadlines from.
class IntakeChronologyStep : public IntakeStep {
    Q_OBJECT

public:
    IntakeChronologyStep(const rules::DeadlineRuleSet &ruleSet, QDate today, QWidget *parent = nullptr);

    void load(const domain::IntakeDraft &draft) override;
    void store(domain::IntakeDraft &draft) const override;
    QString title() const override;
    void entering(const domain::IntakeDraft &draft) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QPlainTextEdit *m_chronology = nullptr;
    QLabel *m_datesIntro = nullptr;
    TriggerDatesEditor *m_dates = nullptr;
};

} // namespace lintas::ui
