#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace lintas::repo {
class Workspace;
}
namespace lintas::domain {
struct Party;
}

namespace lintas::ui {

class CodeCombo;
class PartyForm;

// Adds a party to the register and says its role in the case, in one step. OK saves the party
// (a refused save keeps the dialog open with the message); the caller then links it.
class NewPartyDialog : public QDialog {
    Q_OBJECT

public:
    NewPartyDialog(repo::Workspace &workspace, const QString &name, QWidget *parent = nullptr);
    ~NewPartyDialog() override;

    PartyForm *form() const { return m_form; }
    // The saved party (after Accepted).
    const domain::Party &party() const;
    QString role() const;
    QString notes() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    PartyForm *m_form = nullptr;
    QLabel *m_roleLabel = nullptr;
    CodeCombo *m_role = nullptr;
    QLabel *m_notesLabel = nullptr;
    QLineEdit *m_notes = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_roleTouched = false;
};

} // namespace lintas::ui
