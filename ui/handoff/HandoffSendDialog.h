#pragma once

#include "base/Result.h"
#include "handoff/HandoffAddress.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

// Hands a case over to another organisation or caseworker as a file, for one referral of it: the
// recipient's hand-off address (typed code or pasted QR text) with the name and fingerprint to
// compare by phone, what the file carries, the printable hand-over record, and Save. Saving seals
// the case to that address (handoff::HandoffSender) and marks the referral sent; the dialog stays
// open to say where the file went.
class HandoffSendDialog : public QDialog {
    Q_OBJECT

public:
    // `myName` is the sender the recipient sees and the first name on the hand-over record.
    HandoffSendDialog(repo::Workspace &workspace, QString caseId, QString referralId, QString myName,
        QString recipientOrganisation, QWidget *parent = nullptr);

    void setAddressText(const QString &text);
    // The address typed, once it reads as one.
    const std::optional<handoff::HandoffAddress> &recipient() const { return m_recipient; }
    // Seals the case to the recipient and writes the file; the error is shown and returned.
    Status saveTo(const QString &path);
    bool saved() const { return !m_savedPath.isEmpty(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void addressEdited();
    void printRecord();
    void chooseFileAndSave();
    void showRecipient();
    void retranslateUi();

    repo::Workspace &m_workspace;
    QString m_caseId;
    QString m_referralId;
    QString m_myName;
    QString m_organisation;
    std::optional<handoff::HandoffAddress> m_recipient;
    QString m_addressError; // the address refusal, in the language of the moment
    Error m_saveError;
    bool m_saveFailed = false;
    QString m_savedPath;

    QLabel *m_intro = nullptr;
    QLabel *m_addressLabel = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLabel *m_recipientText = nullptr;
    QLabel *m_sharedLabel = nullptr;
    QLabel *m_shared = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace lintas::ui
