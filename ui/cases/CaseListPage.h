#pragma once

#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QToolButton;
class QLineEdit;
class QTableView;
class QTimer;

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

class CaseFilterBar;
class CaseListModel;

// The case list with search-as-you-type and a row of filters. Enter or a double click on a row
// opens the case.
class CaseListPage : public QWidget {
    Q_OBJECT

public:
    explicit CaseListPage(repo::Workspace &workspace, QWidget *parent = nullptr);
    ~CaseListPage() override;

    CaseListModel *model() const { return m_model; }
    // One line for the status bar: how many cases, or how many match the search.
    QString summary() const;

    // Reloads the rows (after a case was edited elsewhere), keeping `caseId` selected if shown.
    void refresh(const QString &caseId);
    // Lists the intakes saved half-way under "Drafts".
    void refreshDrafts();

signals:
    void summaryChanged();
    void caseActivated(const QString &caseId);
    void newIntakeRequested();
    void draftChosen(const QString &draftId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void activated(const QModelIndex &index);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void applySearch();
    void applyFilters();
    void sortBy(int column);
    void showSortIndicator();
    void modelLoaded();
    void fitColumns();
    void retranslateUi();

    CaseListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    CaseFilterBar *m_filters = nullptr;
    QTimer *m_searchDelay = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    repo::Workspace &m_workspace;
    QPushButton *m_newCase = nullptr;
    QToolButton *m_drafts = nullptr;
    QMenu *m_draftMenu = nullptr;
};

} // namespace lintas::ui
