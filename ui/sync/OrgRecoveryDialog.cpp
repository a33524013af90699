#include "sync/OrgRecoveryDialog.h"

#include "common/ErrorText.h"
#include "common/QrCode.h"
#include "print/DocumentOutput.h"
#include "unlock/RecoverySheet.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace lintas::ui {

OrgRecoveryDialog::OrgRecoveryDialog(const sync::OrgRecoverySheet &sheet, const QDateTime &madeAt, QWidget *parent)
    : QDialog(parent),
      m_sheet(sheet),
      m_madeAt(madeAt),
      m_intro(new QLabel(this)),
      m_code(new QLabel(sheet.link.code, this)),
      m_linkLabel(new QLabel(this)),
      m_link(new QLabel(sheet.link.toText(), this)),
      m_qr(new QLabel(this)),
      m_print(new QPushButton(this)),
      m_save(new QPushButton(this)),
      m_kept(new QCheckBox(this)),
      m_done(new QPushButton(this))
{
    setObjectName(QStringLiteral("orgRecoveryDialog"));
    m_code->setObjectName(QStringLiteral("orgRecoveryCode"));
    m_kept->setObjectName(QStringLiteral("orgRecoveryKept"));
    m_link->setObjectName(QStringLiteral("orgRecoveryLink"));
    m_done->setObjectName(QStringLiteral("orgRecoveryDone"));
    m_intro->setWordWrap(true);
    m_link->setWordWrap(true);
    m_link->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_code->font();
    big.setFamily(QStringLiteral("monospace"));
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_code->setFont(big);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (const auto qr = QrCode::encode(sheet.link.toText()))
        m_qr->setPixmap(QPixmap::fromImage(qr->toImageFitting(220)));
    m_done->setEnabled(false);

    auto *text = new QVBoxLayout;
    text->addWidget(m_intro);
    text->addWidget(m_code);
    text->addWidget(m_linkLabel);
    text->addWidget(m_link);
    text->addStretch(1);
    auto *body = new QHBoxLayout;
    body->addLayout(text, 1);
    body->addWidget(m_qr, 0, Qt::AlignTop);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    buttons->addWidget(m_done);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(m_kept);
    layout->addLayout(buttons);
    connect(m_print, &QPushButton::clicked, this, &OrgRecoveryDialog::printSheet);
    connect(m_save, &QPushButton::clicked, this, &OrgRecoveryDialog::saveSheet);
    connect(m_kept, &QCheckBox::toggled, m_done, &QPushButton::setEnabled);
    connect(m_done, &QPushButton::clicked, this, &QDialog::accept);
    retranslateUi();
    resize(760, 380);
}

RecoverySheet OrgRecoveryDialog::sheet() const
{
    return RecoverySheet::organisation(m_sheet.spaceName, m_sheet.link.code, m_sheet.link.toText(), m_madeAt);
}

void OrgRecoveryDialog::printSheet()
{
    const Result<bool> printed = DocumentOutput::print(this, sheet().document(), tr("Print the recovery key"));
    if (!printed.ok())
        QMessageBox::warning(this, tr("Not printed"),
            tr("The sheet could not be printed. Check the printer and try again, or save it as PDF and print it "
               "from another computer, then delete the file."));
}

void OrgRecoveryDialog::saveSheet()
{
    const QString path = DocumentOutput::choosePdfPath(
        this, tr("Save the recovery key"), tr("Lintas organisation recovery key - %1.pdf").arg(m_sheet.spaceName));
    if (path.isEmpty())
        return;
    const Status saved = sheet().savePdf(path);
    if (!saved.ok())
        QMessageBox::warning(this, tr("Not saved"), ErrorText::message(saved.error()));
}

void OrgRecoveryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void OrgRecoveryDialog::retranslateUi()
{
    setWindowTitle(tr("Organisation recovery key"));
    m_intro->setText(tr("This is the organisation's key of last resort. If every admin laptop is lost, it makes a "
                        "new laptop an admin and brings back all cases. Print the sheet now and lock it away; "
                        "Lintas and the server keep no copy, and it is shown only now. Anyone holding it can read "
                        "all of the organisation's cases."));
    m_linkLabel->setText(tr("Recovery link, to type on a new laptop where it asks for a join code (the QR code "
                            "holds the same):"));
    m_print->setText(tr("&Print sheet…"));
    m_save->setText(tr("&Save as PDF…"));
    m_kept->setText(tr("I have &printed the sheet or written the code down"));
    m_done->setText(tr("&Done"));
}

} // namespace lintas::ui
