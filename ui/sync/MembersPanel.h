#pragma once

#include "base/Result.h"
#include "sync/AdminFlow.h"
#include "sync/SyncOverview.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace lintas::ui {

class SharedSpacesBox;
class SyncController;

// What an admin step runs with, off the GUI thread.
struct AdminStepContext {
    store::Database &db;
    sync::SyncTransport &transport;
    SyncController &sync;
    const sync::SpaceInfo &space;
    sync::AdminFlow flow() const;
};

// The organisation as this laptop knows it: its name, server and members (from the signed
// membership log), and this laptop's fingerprint; the same for each space shared with another
// organisation, chosen at the top when there are any. Admins also invite colleagues and approve the
// laptops waiting to join — by typing the fingerprint the colleague reads out, never by a click
// alone, because approving hands that laptop the organisation's key — remove laptops (with a new
// key for everyone else) and make the organisation's recovery key.
class MembersPanel : public QWidget {
    Q_OBJECT

public:
    explicit MembersPanel(SyncController &sync, QWidget *parent = nullptr);

    void showOverview(const sync::SyncOverview &overview);
    bool isBusy() const { return m_busy; }

signals:
    void membershipChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    template<class T>
    void runAdminStep(const QString &what, std::function<Result<T>(const AdminStepContext &)> step,
        std::function<void(const Result<T> &)> done);
    void inviteChosen();
    void removeChosen();
    void recoveryKeyChosen();
    void lookForJoiners();
    void joinersFound(const Result<QVector<sync::Joiner>> &found);
    void joinerChosen();
    void showJoiner();
    void typedFingerprintEdited();
    void approveChosen();
    const sync::Joiner *currentJoiner() const;
    void setBusy(bool busy, const QString &what = QString());
    void fillMembers();
    void fillSpaces();
    void spaceChosen();
    void forgetOutcome();
    void showSpace();
    // The space the panel shows and the admin steps act on: the one chosen, else the organisation's.
    const sync::SpaceInfo *shownSpace() const;
    void retranslateUi();

    SyncController &m_sync;
    sync::SyncOverview m_overview;
    QVector<sync::Joiner> m_joiners;
    bool m_busy = false;
    // The last outcome, worded again when the language changes.
    std::function<QString()> m_statusText;
    QString m_spaceId; // the space chosen; empty: the organisation's
    QLabel *m_spaceLabel = nullptr;
    QComboBox *m_spaceChoice = nullptr;
    QLabel *m_organisation = nullptr;
    QLabel *m_ownFingerprintLabel = nullptr;
    QLabel *m_ownFingerprint = nullptr;
    QLabel *m_membersLabel = nullptr;
    QTableWidget *m_members = nullptr;
    QGroupBox *m_admin = nullptr;
    QLabel *m_adminIntro = nullptr;
    QPushButton *m_invite = nullptr;
    QPushButton *m_look = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_recoveryKey = nullptr;
    QListWidget *m_joinerList = nullptr;
    QLabel *m_joinerDetail = nullptr;
    QLabel *m_typedLabel = nullptr;
    QLineEdit *m_typed = nullptr;
    QPushButton *m_approve = nullptr;
    SharedSpacesBox *m_shared = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace lintas::ui
