#pragma once

#include "domain/Referral.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace lintas {
struct Error;
}
namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

class CodeCombo;
class OptionalDateEdit;
class OrganisationPicker;
class ReferralModel;

// A case's referrals to other organisations (a tab of the case workspace): the list, and a form
// for the selected referral or a new one. A referral goes out only with the client's consent: the
// form offers her consents in force and, when there is none, says so and offers to record one.
class CaseReferralsPanel : public QWidget {
    Q_OBJECT

public:
    explicit CaseReferralsPanel(repo::Workspace &workspace, QWidget *parent = nullptr);

    void setCase(const QString &caseId);
    // Written as "recorded by" on a consent recorded from here (the profile's name).
    void setAuthorName(const QString &name) { m_author = name; }
    ReferralModel *model() const { return m_model; }
    OrganisationPicker *organisationPicker() const { return m_organisation; }
    // A new referral typed but not saved, or the selected one edited.
    bool hasUnsavedText() const;
    // The referral in the form: its id, empty for a new one.
    QString referralId() const { return m_shown.id; }
    // Selects the referral's row and shows it in the form; false when the case has no such one.
    bool selectReferral(const QString &referralId);

public slots:
    bool saveReferral();
    void newReferral();
    // Opens the consent dialog for the case's client; true when a consent was recorded. What was
    // typed in it when Lintas locked comes back in it, for the same referral (decision D20).
    bool recordConsent();
    // Hands the case off as a file for the referral in the form (saved first when edited).
    void handOffAsFile();
    // Hands the case over through a space shared with the referral's organisation (saved first).
    void handOverInSharedSpace();
    // Takes in the recipient's answer to a hand-off file; the referral shows accepted or declined.
    void readReplyFile();
    bool readReplyFrom(const QString &path);
    // For an admin, when she has no consent on record: asks why, and saves the referral as sent
    // without it, with the reason and the admin's name.
    bool sendWithoutConsent();
    bool sendWithoutConsentBecause(const QString &reason);

public:
    // Consent input kept at lock waits for a referral of this case: shows that referral (unless
    // the form holds something typed) with a line saying so; true when input waits.
    bool showKeptConsent();

signals:
    void referralsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void selectionChanged();
    void startNew();
    // True when the form may show another referral: nothing typed, or the user lets it go.
    bool mayReplaceForm();
    void showReferral(const domain::Referral &referral);
    domain::Referral edited() const;
    void reloadConsents(const QString &keep);
    void organisationPicked();
    void statusChosen();
    void showError(const Error &error);
    // Where the consent dialog's input is kept for the referral in the form ("new" for a new one).
    QString consentKey(const QString &referralId) const;
    void showKeptConsentNotice();
    void reloadKeeping(const QString &referralId);
    void fitColumns();
    void updateHandoffButtons();
    void showOverride();
    void retranslateUi();

    repo::Workspace &m_workspace;
    QString m_author;
    QString m_caseId;
    QString m_clientId;
    domain::Referral m_shown; // the referral in the form as stored; empty id for a new one
    bool m_loading = false;
    ReferralModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_formTitle = nullptr;
    OrganisationPicker *m_organisation = nullptr;
    QLineEdit *m_reason = nullptr;
    QComboBox *m_consent = nullptr;
    QLabel *m_noConsent = nullptr;
    QPushButton *m_recordConsent = nullptr;
    QPushButton *m_withoutConsent = nullptr; // an admin's way past a missing consent
    QLabel *m_override = nullptr; // the shown referral went without consent: why, and who said so
    QLabel *m_keptConsent = nullptr; // consent typed when Lintas locked waits for this referral
    CodeCombo *m_status = nullptr;
    OptionalDateEdit *m_sentOn = nullptr;
    OptionalDateEdit *m_respondedOn = nullptr;
    QPlainTextEdit *m_feedback = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_handOff = nullptr;
    QPushButton *m_handOverShared = nullptr;
    QPushButton *m_readReply = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_handoffNote = nullptr; // what the last reply file said
    QHash<QString, QLabel *> m_labels; // domain field → its label, for messages
    QHash<QString, QWidget *> m_editors;
};

} // namespace lintas::ui
