#pragma once

#include "base/Result.h"
#include "handoff/HandoffAddress.h"
#include "transfer/CaseShareChoice.h"

#include <QDialog>
#include <QMap>

#include <optional>

class QCheckBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

// Hands a case over to another organisation or caseworker as a file, for one referral of it: the
// recipient's hand-off address (typed code or pasted QR text) with the name and fingerprint to
// compare by phone, what the file carries (parts of the case can be left out, each with its count
// of records; confidential notes are, unless ticked), the printable hand-over record, and Save.
// Saving seals the case to that address (handoff::HandoffSender) and marks the referral sent; the
// dialog stays open to say where the file went.
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
    // The parts ticked under "What is shared".
    transfer::CaseShareChoice shareChoice() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void addressEdited();
    void printRecord();
    void chooseFileAndSave();
    void showRecipient();
    void retranslateUi();
    void shareChanged();

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
    QMap<transfer::SharePart, int> m_counted; // records per part, as the dialog opened
    QGroupBox *m_sharedBox = nullptr;
    QMap<transfer::SharePart, QCheckBox *> m_shareBoxes;
    QLabel *m_shared = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace lintas::ui
