#pragma once

#include "sync/AdminFlow.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace lintas::ui {

// A new one-time invite, shown once: the code to read out or write down, the link to send, and
// the link as a QR code. The code is the colleague's key to the organisation's data until an
// admin approves their laptop, so it is never shown again (and never stored on the server).
class InviteDialog : public QDialog {
    Q_OBJECT

public:
    InviteDialog(const sync::CreatedInvite &invite, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    sync::CreatedInvite m_invite;
    QLabel *m_intro = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_linkLabel = nullptr;
    QLabel *m_link = nullptr;
    QLabel *m_qr = nullptr;
    QLabel *m_expiry = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace lintas::ui
