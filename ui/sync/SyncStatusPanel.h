#pragma once

#include "sync/SyncOverview.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace lintas::ui {

class HeldDeletionsBox;
class BundleFilesBox;
class SyncController;

// The sync page's first tab: what sync is doing and why, what waits to go out, what was set
// aside and why, the clock warning, the last problems, and "Sync now".
class SyncStatusPanel : public QWidget {
    Q_OBJECT

public:
    explicit SyncStatusPanel(SyncController &sync, QWidget *parent = nullptr);

    void showOverview(const sync::SyncOverview &overview);
    void showState();

signals:
    void conflictsRequested();
    void joinRequested();
    void heldDeletionsDecided();
    void bundleImported();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    SyncController &m_sync;
    sync::SyncOverview m_overview;
    QLabel *m_summary = nullptr;
    QPushButton *m_syncNow = nullptr;
    QPushButton *m_join = nullptr;
    QLabel *m_clock = nullptr;
    HeldDeletionsBox *m_held = nullptr;
    BundleFilesBox *m_bundles = nullptr;
    QFormLayout *m_facts = nullptr;
    QLabel *m_organisationLabel = nullptr;
    QLabel *m_organisation = nullptr;
    QLabel *m_lastSyncLabel = nullptr;
    QLabel *m_lastSync = nullptr;
    QLabel *m_waitingLabel = nullptr;
    QLabel *m_waiting = nullptr;
    QLabel *m_conflictsLabel = nullptr;
    QPushButton *m_conflicts = nullptr;
    QLabel *m_setAsideLabel = nullptr;
    QLabel *m_setAside = nullptr;
    QLabel *m_incidentsLabel = nullptr;
    QListWidget *m_incidents = nullptr;
};

} // namespace lintas::ui
