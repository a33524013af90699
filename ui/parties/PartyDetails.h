#pragma once

#include "base/Error.h"
#include "domain/Party.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

class KeptInputBar;
class PartyCasesModel;
class PartyForm;

// The right-hand side of the parties page: what kind of party this is and how many cases it
// appears in, every field editable, and the cases it is linked to (Enter opens one).
class PartyDetails : public QWidget {
    Q_OBJECT

public:
    explicit PartyDetails(repo::Workspace &workspace, QWidget *parent = nullptr);

    // Shows a stored party, or a new one (empty id) to be filled in.
    void showParty(const domain::Party &party);
    // Nothing chosen: the pane says how to start.
    void clear();
    QString partyId() const;
    // False while the pane only says how to start.
    bool isShowingParty() const { return m_showing; }
    PartyForm *form() const { return m_form; }
    PartyCasesModel *casesModel() const { return m_cases; }
    int caseCount() const { return m_caseCount; }
    // Input typed before Lintas locked, put back into the form (decision D20).
    KeptInputBar *keptInput() const { return m_kept; }
    // Lintas locks or closes: what is typed and not saved stays on this laptop.
    void keepInput();
    // The party whose input was kept at the last lock: an id, "new", or empty when none.
    QString partyWithKeptInput() const;
    // Reads the party's cases again (links changed elsewhere); what is typed in the form stays.
    void reloadCases();

signals:
    void saved(const domain::Party &party);
    void deleteRequested();
    void caseActivated(const QString &caseId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void formSaved(const domain::Party &party);
    void putBackKeptInput();
    void activated(const QModelIndex &index);
    void retranslateUi();

    repo::Workspace &m_workspace;
    QLabel *m_title = nullptr;
    QLabel *m_usage = nullptr;
    QPushButton *m_delete = nullptr;
    PartyForm *m_form = nullptr;
    QLabel *m_casesLabel = nullptr;
    PartyCasesModel *m_cases = nullptr;
    QTableView *m_caseTable = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_body = nullptr;
    KeptInputBar *m_kept = nullptr;
    int m_caseCount = 0;
    bool m_showing = false;
    std::optional<Error> m_casesError;
};

} // namespace lintas::ui
