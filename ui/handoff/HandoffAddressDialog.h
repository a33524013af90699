#pragma once

#include "handoff/HandoffAddress.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace lintas::ui {

// This profile's hand-off address, for someone who wants to send it a case: the code to type or
// read out, the QR code (which also holds the name), the fingerprint to compare by phone, and a
// Copy button for sending the address in a message.
class HandoffAddressDialog : public QDialog {
    Q_OBJECT

public:
    explicit HandoffAddressDialog(handoff::HandoffAddress address, QWidget *parent = nullptr);

    // Puts the address (the QR text: the code and the name) on the clipboard.
    void copyAddress();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    handoff::HandoffAddress m_address;
    QLabel *m_intro = nullptr;
    QLabel *m_codeLabel = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_fingerprintLabel = nullptr;
    QLabel *m_fingerprint = nullptr;
    QLabel *m_qr = nullptr;
    QLabel *m_copied = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace lintas::ui
