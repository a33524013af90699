#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace lintas::repo {
class Workspace;
}
namespace lintas::domain {
struct Party;
}

namespace lintas::ui {

class CodeCombo;
class PartyDetails;
class PartyListModel;

// Employers, agencies, P3MI companies, training centres, moneylenders and brokers, shared
// across cases so that patterns show. A list (kind filter, search as you type on the name) and
// the chosen party's details and cases.
class PartiesPage : public QWidget {
    Q_OBJECT

public:
    explicit PartiesPage(repo::Workspace &workspace, QWidget *parent = nullptr);
    ~PartiesPage() override;

    PartyListModel *model() const { return m_model; }
    PartyDetails *details() const { return m_details; }

    // Selects `partyId` (clearing filters that hide it), e.g. when a case's Parties tab opens it.
    // False when there is no such live party, or the user chose to stay on unsaved edits.
    bool showParty(const QString &partyId);
    // Re-reads the list (after cases or links changed elsewhere), keeping the selection.
    void refresh();

    bool hasUnsavedChanges() const;
    // Asks Save / Discard / Cancel when the chosen party has unsaved edits; true = may leave.
    bool confirmLeave();
    // Saves unsaved edits if they are valid (used when Lintas locks); true when nothing is left.
    bool saveBeforeClosing();

public slots:
    void newParty();

signals:
    void caseActivated(const QString &caseId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applySearch();
    void applyFilter();
    void currentRowChanged(const QModelIndex &current);
    void selectRow(const QString &partyId);
    void partySaved(const domain::Party &party);
    void deleteParty();
    void modelLoaded();
    void fitColumns();
    void retranslateUi();

    repo::Workspace &m_workspace;
    PartyListModel *m_model = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_kindLabel = nullptr;
    CodeCombo *m_kind = nullptr;
    QPushButton *m_new = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    PartyDetails *m_details = nullptr;
    // While the selection is put back after the user chose to stay on unsaved edits.
    bool m_restoring = false;
};

} // namespace lintas::ui
