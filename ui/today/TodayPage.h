#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

class AgendaModel;
class HandoffInboxBox;

// What needs doing: overdue and coming deadlines and hearings, open tasks, and the cases worked
// on last. The first page after unlocking, so it reads little: two bounded queries and a short
// case list.
class TodayPage : public QWidget {
    Q_OBJECT

public:
    explicit TodayPage(repo::Workspace &workspace, QWidget *parent = nullptr);

    // Reads everything again (the page shows again, or a case changed elsewhere).
    void refresh();

    AgendaModel *deadlines() const { return m_deadlines; }
    AgendaModel *tasks() const { return m_tasks; }
    QListWidget *recentCases() const { return m_recent; }
    HandoffInboxBox *handoffs() const { return m_handoffs; }
    // The name hand-off files made here carry (the profile's name).
    void setProfileName(const QString &name);
    int horizonDays() const;
    void setHorizonDays(int days);

signals:
    void caseActivated(const QString &caseId);
    // A deadline or task was chosen: open its case where its deadlines are.
    void deadlineActivated(const QString &caseId, const QString &deadlineId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *makeTable(AgendaModel *model, const char *name);
    void loadAgenda();
    void loadRecent();
    void openCurrent();
    void markDone();
    QTableView *currentTable() const;
    void updateButtons();
    void retranslateUi();
    QDate today() const;

    repo::Workspace &m_workspace;
    QLabel *m_title = nullptr;
    QLabel *m_horizonLabel = nullptr;
    QComboBox *m_horizon = nullptr;
    QLabel *m_deadlinesHeading = nullptr;
    QLabel *m_deadlinesEmpty = nullptr;
    QLabel *m_tasksHeading = nullptr;
    QLabel *m_tasksEmpty = nullptr;
    QLabel *m_recentHeading = nullptr;
    QLabel *m_message = nullptr;
    AgendaModel *m_deadlines = nullptr;
    AgendaModel *m_tasks = nullptr;
    QTableView *m_deadlineTable = nullptr;
    QTableView *m_taskTable = nullptr;
    QListWidget *m_recent = nullptr;
    HandoffInboxBox *m_handoffs = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_done = nullptr;
    QTableView *m_lastTable = nullptr; // where "Mark done" and "Open case" act
    int m_deadlinesOverdue = 0;
    int m_deadlinesComing = 0;
    int m_tasksOverdue = 0;
    int m_tasksComing = 0;
};

} // namespace lintas::ui
