#pragma once

#include "base/Result.h"
#include "sync/JoinFlow.h"
#include "sync/OrgRecovery.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace lintas::sync {
struct SyncOverview;
}

namespace lintas::ui {

class SyncController;

// Joining an organisation: the code or link the admin gave, then this laptop's fingerprint to
// read to the admin while waiting for approval. The first admin of a new organisation is in at
// once. Talking to the server and deriving the invite keys take seconds: they run off the GUI
// thread, the screen says so, and what was typed stays if it fails.
class JoinPanel : public QWidget {
    Q_OBJECT

public:
    explicit JoinPanel(SyncController &sync, QWidget *parent = nullptr);

    // What the panel explains: joining one's organisation (the default) or a space shared with
    // another organisation, whose admin gives the code.
    enum class Purpose { Organisation, SharedSpace };
    void setPurpose(Purpose purpose);

    void showOverview(const sync::SyncOverview &overview);
    bool isBusy() const { return m_busy; }

signals:
    void joined();

protected:
    void changeEvent(QEvent *event) override;

private:
    void linkEdited();
    void joinChosen();
    void recoverChosen(const QString &text);
    void checkApproval();
    void finished(const Result<sync::JoinResult> &result);
    void setBusy(bool busy, const QString &what = QString());
    QString errorText(const Error &error) const;
    void retranslateUi();

    SyncController &m_sync;
    Purpose m_purpose = Purpose::Organisation;
    QLabel *m_intro = nullptr;
    QLabel *m_linkLabel = nullptr;
    QLineEdit *m_link = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLineEdit *m_server = nullptr;
    QLabel *m_deviceLabel = nullptr;
    QLineEdit *m_device = nullptr;
    QPushButton *m_join = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_pendingBox = nullptr;
    QLabel *m_pendingText = nullptr;
    QLabel *m_fingerprint = nullptr;
    QPushButton *m_check = nullptr;
    QTimer *m_poll = nullptr;
    bool m_busy = false;
    bool m_pending = false;
};

} // namespace lintas::ui
