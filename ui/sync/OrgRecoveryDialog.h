#pragma once

#include "sync/OrgRecovery.h"

#include <QDateTime>
#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;

namespace lintas::ui {

class RecoverySheet;

// The organisation's recovery key, shown once right after it was made: the code, its QR code
// and sheet to print or save. Closing asks for the tick that it was printed or written down,
// because nothing keeps a copy.
class OrgRecoveryDialog : public QDialog {
    Q_OBJECT

public:
    OrgRecoveryDialog(const sync::OrgRecoverySheet &sheet, const QDateTime &madeAt, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    RecoverySheet sheet() const;
    void printSheet();
    void saveSheet();
    void retranslateUi();

    sync::OrgRecoverySheet m_sheet;
    QDateTime m_madeAt;
    QLabel *m_intro = nullptr;
    QLabel *m_code = nullptr;
    QLabel *m_linkLabel = nullptr;
    QLabel *m_link = nullptr;
    QLabel *m_qr = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_save = nullptr;
    QCheckBox *m_kept = nullptr;
    QPushButton *m_done = nullptr;
};

} // namespace lintas::ui
