#pragma once

#include "domain/Party.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lintas::ui {

class CodeCombo;

// Changes what a linked party does in one case: its role and a note.
class LinkRoleDialog : public QDialog {
    Q_OBJECT

public:
    LinkRoleDialog(const domain::CaseParty &link, const QString &partyName, QWidget *parent = nullptr);
    ~LinkRoleDialog() override;

    // The link with the role and notes as chosen.
    domain::CaseParty link() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    domain::CaseParty m_link;
    QString m_partyName;
    QLabel *m_party = nullptr;
    QLabel *m_roleLabel = nullptr;
    CodeCombo *m_role = nullptr;
    QLabel *m_notesLabel = nullptr;
    QLineEdit *m_notes = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace lintas::ui
