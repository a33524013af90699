#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

class ActivityEditor;
class ActivityFilterBar;
class ActivityListModel;
class KeptInputBar;

// Programme activities (consultations, village discussions, trainings…): the list of a period
// with its totals split by gender, and the editor of one activity in place of the list. Ctrl+N
// starts a new one; Enter or a double click opens the selected one; Esc goes back.
class ActivitiesPage : public QWidget {
    Q_OBJECT

public:
    explicit ActivitiesPage(repo::Workspace &workspace, QWidget *parent = nullptr);
    ~ActivitiesPage() override;

    ActivityListModel *model() const { return m_model; }
    ActivityFilterBar *filterBar() const { return m_filters; }
    ActivityEditor *editor() const { return m_editor; }
    // Input typed before Lintas locked, put back into the editor (decision D20).
    KeptInputBar *keptInput() const { return m_kept; }
    QTableView *table() const { return m_table; }
    bool isEditing() const;

    // What a mentor reports for the filtered period: "12 activities, 340 participants (250
    // women, 90 men)". Also for the status bar.
    QString summary() const;

    // The editor holds edits not saved yet.
    bool hasUnsavedChanges() const;
    // Asks about unsaved edits before the page is left: true when it may be left.
    bool confirmLeave();
    // Lintas is locking or closing: saves the editor's edits when they can be saved.
    bool saveBeforeClosing();

public slots:
    void newActivity();
    // Opens the activity in the editor; false (and a message) when it cannot be read.
    bool openActivity(const QString &activityId);
    // Back to the list (no questions: see confirmLeave()).
    void showList();
    // Re-reads the list (after data arrived from elsewhere).
    void refresh();

signals:
    void summaryChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void openRow(int row);
    void editorSaved(const QString &activityId);
    void editorDeleted();
    void modelLoaded();
    void selectActivity(const QString &activityId);
    void fitColumns();
    void putBackKeptInput();
    void retranslateUi();

    repo::Workspace &m_workspace;
    ActivityListModel *m_model = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_listPage = nullptr;
    ActivityFilterBar *m_filters = nullptr;
    QPushButton *m_new = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_totals = nullptr;
    ActivityEditor *m_editor = nullptr;
    KeptInputBar *m_kept = nullptr;
    QString m_lastOpened; // selected again when the list comes back
};

} // namespace lintas::ui
