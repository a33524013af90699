#pragma once

#include "intake/IntakeStep.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

class OptionalDateEdit;

// Her consent to share her story, recorded as she gave it: with whom, what, why and how (UU PDP).
// Without it the case is still taken in; nothing is sent anywhere.
class IntakeConsentStep : public IntakeStep {
    Q_OBJECT

public:
    IntakeConsentStep(repo::Workspace &workspace, QDate today, QWidget *parent = nullptr);

    void load(const domain::IntakeDraft &draft) override;
    void store(domain::IntakeDraft &draft) const override;
    QString title() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void givenToggled();
    void retranslateUi();

    QDate m_today;
    QLabel *m_intro = nullptr;
    QCheckBox *m_given = nullptr;
    QWidget *m_details = nullptr;
    QComboBox *m_recipient = nullptr;
    QLineEdit *m_scope = nullptr;
    QLineEdit *m_purpose = nullptr;
    QComboBox *m_method = nullptr;
    OptionalDateEdit *m_givenOn = nullptr;
};

} // namespace lintas::ui
