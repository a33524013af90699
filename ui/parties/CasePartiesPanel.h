#pragma once

#include "base/Error.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

class LinkedPartiesModel;

// The "Parties" tab of a case: the employers, agencies, lenders… linked to it, with their role
// here and how many cases each appears in. Link one from the register (or add it first), change
// the role, unlink. Enter on a row opens the party's own page.
class CasePartiesPanel : public QWidget {
    Q_OBJECT

public:
    explicit CasePartiesPanel(repo::Workspace &workspace, QWidget *parent = nullptr);
    ~CasePartiesPanel() override;

    void setCase(const QString &caseId);
    QString caseId() const { return m_caseId; }
    // Re-reads the links (after a party was edited elsewhere).
    void refresh();
    LinkedPartiesModel *model() const { return m_model; }
    // A new party typed when Lintas locked waits to be carried on ("New party…" brings it back).
    bool hasKeptNewParty() const;
    // Input of one of this tab's dialogs (new party, link a party, change a role) kept when
    // Lintas locked waits; the tab says which button brings it back.
    bool hasKeptDialogInput() const;

public slots:
    void linkParty();
    void createParty();
    void editLink();
    void unlink();
    void openParty();

signals:
    void partyActivated(const QString &partyId);
    // After a link was added, changed or removed.
    void linksChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addLink(const QString &partyId, const QString &role, const QString &notes);
    void reloadKeeping(const QString &linkId);
    void showError(const Error &error);
    void updateButtons();
    // Where the dialogs' input is kept at lock (decision D20): a new party, a party being linked,
    // and a link's role (one per link).
    QString newPartyKey() const;
    QString linkPartyKey() const;
    QString linkRoleKey(const QString &linkId) const;
    // The link of this case whose role change was kept; empty when none.
    QString keptRoleLink() const;
    void showKeptNotice();
    void retranslateUi();

    repo::Workspace &m_workspace;
    QString m_caseId;
    LinkedPartiesModel *m_model = nullptr;
    QLabel *m_intro = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_keptNotice = nullptr; // a dialog's input kept when Lintas locked waits

    QPushButton *m_link = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_unlink = nullptr;
    QPushButton *m_open = nullptr;
    std::optional<Error> m_loadError;
};

} // namespace lintas::ui
