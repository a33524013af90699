#pragma once

#include "base/Result.h"
#include "print/HandOffSheet.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

// Asks for what the hand-over record needs — who hands over and who receives, where, when, and
// the documents (one per line) — and prints it or saves it as PDF. The dialog stays open after
// printing or saving, and after a failure everything typed is still there.
class HandOffDialog : public QDialog {
    Q_OBJECT

public:
    // `handedOverByName` fills the first field (the profile's name); it can be changed.
    HandOffDialog(
        repo::Workspace &workspace, QString caseId, const QString &handedOverByName, QWidget *parent = nullptr);
    ~HandOffDialog() override;

    HandOffDetails details() const;
    // The receiving organisation, when the caller knows it (a referral's).
    void setReceivedOrganisation(const QString &name);
    // What the hand-off file carries, when the record goes with one (HandoffSendDialog).
    void setFileShare(const HandOffDetails::FileShare &share) { m_fileShare = share; }
    // Writes the record to `path` (the Save button asks for it) and says so in the dialog;
    // on failure the error is shown in the dialog and returned.
    Status saveTo(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillOrganisations();
    void print();
    void chooseFileAndSave();
    void showError(const Error &error);
    void showSaved();
    void remember() const;
    void retranslateUi();

    repo::Workspace &m_workspace;
    QString m_caseId;
    QString m_savedPath;
    std::optional<HandOffDetails::FileShare> m_fileShare;
    bool m_printed = false;

    QLabel *m_intro = nullptr;
    QLabel *m_handedOverByLabel = nullptr;
    QLineEdit *m_handedOverBy = nullptr;
    QLabel *m_handedOverOrgLabel = nullptr;
    QComboBox *m_handedOverOrg = nullptr;
    QLabel *m_receivedByLabel = nullptr;
    QLineEdit *m_receivedBy = nullptr;
    QLabel *m_receivedOrgLabel = nullptr;
    QComboBox *m_receivedOrg = nullptr;
    QLabel *m_placeLabel = nullptr;
    QLineEdit *m_place = nullptr;
    QLabel *m_dateLabel = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_documentsLabel = nullptr;
    QPlainTextEdit *m_documents = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_saved = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace lintas::ui
