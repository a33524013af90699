#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace lintas::repo {
class Workspace;
}
namespace lintas::domain {
struct Organisation;
}

namespace lintas::ui {

class CodeCombo;
class KeptInputBar;
class OrganisationForm;
class OrganisationListModel;

// The organisation directory: consulates, BP3MI/KP2MI, Disnaker, LPSK, legal aid, shelters,
// unions, the Hong Kong Labour Department… Filter by country and kind, search as you type over
// name, town and services; the chosen entry is shown whole and can be edited, added or deleted.
class DirectoryPage : public QWidget {
    Q_OBJECT

public:
    explicit DirectoryPage(repo::Workspace &workspace, QWidget *parent = nullptr);
    ~DirectoryPage() override;

    OrganisationListModel *model() const { return m_model; }
    OrganisationForm *form() const { return m_form; }
    // Input typed before Lintas locked, put back into the form (decision D20).
    KeptInputBar *keptInput() const { return m_kept; }

    // Selects `organisationId`, clearing filters that hide it; false when not found or the user
    // chose to stay on unsaved edits.
    bool showOrganisation(const QString &organisationId);
    // Re-reads the list (e.g. after the directory was seeded), keeping the selection.
    void refresh();

    bool hasUnsavedChanges() const;
    bool confirmLeave();
    bool saveBeforeClosing();

public slots:
    void newOrganisation();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilters();
    void currentRowChanged(const QModelIndex &current);
    void showDetails(const domain::Organisation &organisation);
    void selectRow(const QString &organisationId);
    void organisationSaved(const domain::Organisation &organisation);
    void deleteOrganisation();
    void modelLoaded();
    void putBackKeptInput();
    void retranslateUi();

    repo::Workspace &m_workspace;
    OrganisationListModel *m_model = nullptr;
    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_countryLabel = nullptr;
    CodeCombo *m_country = nullptr;
    QLabel *m_kindLabel = nullptr;
    CodeCombo *m_kind = nullptr;
    QPushButton *m_new = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    QStackedWidget *m_detailStack = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_title = nullptr;
    QPushButton *m_delete = nullptr;
    OrganisationForm *m_form = nullptr;
    KeptInputBar *m_kept = nullptr;
    bool m_restoring = false;
};

} // namespace lintas::ui
