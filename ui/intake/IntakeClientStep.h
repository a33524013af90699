#pragma once

#include "intake/IntakeStep.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

class CodeCombo;
class DuplicateWarning;
class OptionalDateEdit;

// Who she is: name (one field — many Indonesians have a single name), identity numbers, phone,
// home address in Indonesia, where she is now, next of kin. Or an existing client, when she has
// come before.
class IntakeClientStep : public IntakeStep {
    Q_OBJECT

public:
    explicit IntakeClientStep(repo::Workspace &workspace, QWidget *parent = nullptr);

    void load(const domain::IntakeDraft &draft) override;
    void store(domain::IntakeDraft &draft) const override;
    QString title() const override;

    // Take the case for a client already in Lintas (the fields are then not used).
    void useExistingClient(const QString &clientId);
    QString existingClientId() const { return m_existingId; }
    DuplicateWarning *duplicateWarning() const { return m_duplicates; }

public slots:
    // Looks for clients who may be her (normally a moment after typing stops).
    void checkDuplicates();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showExisting();
    void retranslateUi();

    repo::Workspace &m_workspace;
    QString m_existingId;
    DuplicateWarning *m_duplicates = nullptr;
    QTimer *m_duplicateDelay = nullptr;
    QLabel *m_existing = nullptr;
    QPushButton *m_newInstead = nullptr;
    QWidget *m_fields = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_aliases = nullptr;
    CodeCombo *m_gender = nullptr;
    OptionalDateEdit *m_birthDate = nullptr;
    QLineEdit *m_nik = nullptr;
    QLineEdit *m_passport = nullptr;
    QLineEdit *m_phones = nullptr;
    QLineEdit *m_province = nullptr;
    QLineEdit *m_regency = nullptr;
    QLineEdit *m_district = nullptr;
    QLineEdit *m_village = nullptr;
    QPlainTextEdit *m_address = nullptr;
    CodeCombo *m_country = nullptr;
    QLineEdit *m_city = nullptr;
    CodeCombo *m_status = nullptr;
    QLineEdit *m_kinName = nullptr;
    QLineEdit *m_kinRelation = nullptr;
    QLineEdit *m_kinPhone = nullptr;
    QLineEdit *m_language = nullptr;
};

} // namespace lintas::ui
