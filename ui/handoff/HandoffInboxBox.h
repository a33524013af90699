#pragma once

#include "handoff/HandoffLedger.h"
#include "handoff/HandoffReceiver.h"
#include "sync/SpaceHandoff.h"

#include <QWidget>

#include <functional>
#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace lintas::repo {
class Workspace;
}

namespace lintas::ui {

// The Today page's hand-off box: opens a hand-off file sent to this profile (the case comes in
// at once and says who sent it, with the fingerprint to compare), lists the cases received and
// not answered yet, and answers them: Accept, or Decline with a reason, each saved as a reply
// file for the sender. Cases handed over through a shared space are listed first and answered
// in the referral itself, which syncs back to the sender. Answered ones leave the list.
class HandoffInboxBox : public QWidget {
    Q_OBJECT

public:
    explicit HandoffInboxBox(repo::Workspace &workspace, QWidget *parent = nullptr);

    // What the sender will see as the name of this side (the profile's name).
    void setProfileName(const QString &name) { m_name = name; }
    void reload();

    bool openPacketFrom(const QString &path);
    // Answers the hand-off on `row` of the list and writes the reply to `replyPath`. A decline
    // needs a reason.
    bool answer(int row, handoff::HandoffReceiver::Decision decision, const QString &reason, const QString &replyPath);

    QTableWidget *list() const { return m_list; }
    QLabel *status() const { return m_status; }

public slots:
    void openPacket();
    void acceptChosen();
    void declineChosen();
    void showMyAddress();

signals:
    void caseActivated(const QString &caseId);
    // A case came in or was answered: lists elsewhere may be stale.
    void casesChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void openChosen();
    void updateButtons();
    QString replyPathFor(int row);
    void setStatus(std::function<QString()> text, bool failed = false);
    void retranslateUi();

    repo::Workspace &m_workspace;
    QString m_name;
    std::vector<handoff::ReceivedPacket> m_waiting; // files; listed after the shared ones
    QVector<sync::SpaceHandoff::Waiting> m_shared; // through a shared space; listed first
    // The packet on a row of the list, or nullptr for a shared-space row.
    const handoff::ReceivedPacket *packetAt(int row) const;
    bool answerShared(int row, bool accept, const QString &reason);
    std::function<QString()> m_statusText; // rebuilt in the language at hand
    QLabel *m_heading = nullptr;
    QLabel *m_empty = nullptr;
    QTableWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_openFile = nullptr;
    QPushButton *m_address = nullptr;
    QPushButton *m_openCase = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_decline = nullptr;
};

} // namespace lintas::ui
