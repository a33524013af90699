#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

class CodeCombo;
class PartyListModel;

// Picks a party from the register (search as you type on the name) and the role it plays in
// the case. When the party is not in the register yet, "New party…" closes the dialog asking
// the caller to create it, with the name typed so far.
class LinkPartyDialog : public QDialog {
    Q_OBJECT
    // The party picked in the list: kept with the typed input when Lintas locks (KeptDialogInput).
    Q_PROPERTY(QString chosenParty READ partyId WRITE choosePartyId USER true)

public:
    explicit LinkPartyDialog(repo::Workspace &workspace, QWidget *parent = nullptr);
    ~LinkPartyDialog() override;

    QString partyId() const;
    // Picks the party among those the search text finds (input kept at lock put back); the role
    // as it is stays.
    void choosePartyId(const QString &partyId);
    QString role() const;
    QString notes() const;
    bool createRequested() const { return m_createRequested; }
    QString typedName() const;

    // The role a party of `kind` usually plays ("employer" for an employer, "lender" for a
    // moneylender…); empty when there is no obvious one.
    static QString suggestedRole(const QString &kind);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applySearch();
    void partyChosen();
    void requestCreate();
    void retranslateUi();

    PartyListModel *m_model = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_roleLabel = nullptr;
    CodeCombo *m_role = nullptr;
    QLabel *m_notesLabel = nullptr;
    QLineEdit *m_notes = nullptr;
    QPushButton *m_link = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_createRequested = false;
    bool m_roleTouched = false;
};

} // namespace lintas::ui
