#pragma once

#include "intake/IntakeStep.h"

class QCheckBox;
class QLineEdit;

namespace lintas::ui {

class CodeChecklist;
class CodeCombo;

// What happened to her, in the case types the law and the reports use, and where.
class IntakeProblemsStep : public IntakeStep {
    Q_OBJECT

public:
    explicit IntakeProblemsStep(QWidget *parent = nullptr);

    void load(const domain::IntakeDraft &draft) override;
    void store(domain::IntakeDraft &draft) const override;
    QString title() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    CodeChecklist *m_types = nullptr;
    CodeChecklist *m_countries = nullptr;
    QLineEdit *m_title = nullptr;
    CodeCombo *m_risk = nullptr;
    QCheckBox *m_safety = nullptr;
};

} // namespace lintas::ui
