#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace lintas::ui {

class ConflictsPanel;
class JoinPanel;
class MembersPanel;
class SyncController;
class SyncStatusPanel;

// The Sync section: status (what waits, what went wrong, the clock), conflicts to check, and the
// organisation (joining; members; for admins, invites and approvals).
class SyncPage : public QWidget {
    Q_OBJECT

public:
    enum class Tab { Status, Conflicts, Organisation };

    explicit SyncPage(SyncController &sync, QWidget *parent = nullptr);

    // Reads the profile's sync tables again (shown again, remote changes, a join).
    void refresh();
    void showTab(Tab tab);
    ConflictsPanel *conflicts() const { return m_conflicts; }
    QString summary() const;

signals:
    void caseRequested(const QString &caseId);
    void clientRequested(const QString &clientId);
    void summaryChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void membershipChanged();
    void retranslateUi();

    SyncController &m_sync;
    QLabel *m_error = nullptr;
    QTabWidget *m_tabs = nullptr;
    SyncStatusPanel *m_status = nullptr;
    ConflictsPanel *m_conflicts = nullptr;
    QStackedWidget *m_organisation = nullptr;
    JoinPanel *m_join = nullptr;
    MembersPanel *m_members = nullptr;
    int m_openConflicts = 0;
};

} // namespace lintas::ui
