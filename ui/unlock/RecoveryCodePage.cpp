#include "unlock/RecoveryCodePage.h"

#include "common/ErrorText.h"
#include "common/LabelStyles.h"
#include "common/QrCode.h"
#include "print/DocumentOutput.h"
#include "unlock/RecoverySheet.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace lintas::ui {

namespace {

// Big enough for a phone camera at arm's length; the page keeps its size on small screens.
constexpr int kQrSidePixels = 140;

} // namespace

RecoveryCodePage::RecoveryCodePage(QWidget *parent)
    : QWidget(parent),
      m_title(new QLabel(this)),
      m_explanation(new QLabel(this)),
      m_code(new QLabel(this)),
      m_qr(new QLabel(this)),
      m_warning(new QLabel(this)),
      m_print(new QPushButton(this)),
      m_savePdf(new QPushButton(this)),
      m_savedNote(new QLabel(this)),
      m_writtenDown(new QCheckBox(this)),
      m_continue(new QPushButton(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_explanation->setWordWrap(true);
    m_warning->setWordWrap(true);

    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(codeFont.pointSizeF() * 1.5);
    codeFont.setBold(true);
    m_code->setFont(codeFont);
    m_code->setObjectName(QStringLiteral("recoveryCode"));
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setFrameShape(QFrame::StyledPanel);
    m_code->setMargin(12);

    m_qr->setObjectName(QStringLiteral("recoveryQrCode"));
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setFixedSize(kQrSidePixels, kQrSidePixels);

    m_print->setObjectName(QStringLiteral("recoveryPrint"));
    m_savePdf->setObjectName(QStringLiteral("recoverySavePdf"));
    m_savedNote->setObjectName(QStringLiteral("recoverySavedNote"));
    styleAsWarningBanner(m_savedNote);
    m_writtenDown->setObjectName(QStringLiteral("recoveryWrittenDown"));
    m_continue->setObjectName(QStringLiteral("recoveryContinue"));
    m_continue->setEnabled(false);
    m_continue->setDefault(true);

    // The code gets the full width (it must never be cut off); the QR code sits beside the
    // warning and the ways to put the code on paper.
    auto *sheetButtons = new QHBoxLayout;
    sheetButtons->addWidget(m_print);
    sheetButtons->addWidget(m_savePdf);
    sheetButtons->addStretch();
    auto *besideQr = new QVBoxLayout;
    besideQr->addWidget(m_warning);
    besideQr->addLayout(sheetButtons);
    besideQr->addStretch();
    auto *qrRow = new QHBoxLayout;
    qrRow->addWidget(m_qr, 0, Qt::AlignTop);
    qrRow->addLayout(besideQr, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_continue);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation);
    layout->addWidget(m_code);
    layout->addLayout(qrRow);
    layout->addWidget(m_savedNote);
    layout->addWidget(m_writtenDown);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_writtenDown, &QCheckBox::toggled, m_continue, &QPushButton::setEnabled);
    connect(m_continue, &QPushButton::clicked, this, &RecoveryCodePage::confirmed);
    connect(m_print, &QPushButton::clicked, this, &RecoveryCodePage::printSheet);
    connect(m_savePdf, &QPushButton::clicked, this, &RecoveryCodePage::chooseFileAndSave);
    retranslateUi();
}

RecoveryCodePage::~RecoveryCodePage() = default;

void RecoveryCodePage::showCode(const QString &code, const QString &profileName, const QDateTime &createdAt)
{
    m_code->setText(code);
    m_profileName = profileName;
    m_createdAt = createdAt;
    m_savedPath.clear();
    showQrCode();
    m_writtenDown->setChecked(false);
    m_writtenDown->setFocus();
    retranslateUi();
}

void RecoveryCodePage::clear()
{
    m_code->clear();
    m_qr->clear();
    m_profileName.clear();
    m_savedPath.clear();
    m_writtenDown->setChecked(false);
    retranslateUi();
}

void RecoveryCodePage::showQrCode()
{
    const Result<QrCode> qr = QrCode::encode(m_code->text());
    if (!qr.ok()) {
        m_qr->clear(); // the text above is what matters; the QR code is a convenience
        return;
    }
    const qreal ratio = devicePixelRatioF();
    QImage image = qr->toImageFitting(qRound(kQrSidePixels * ratio));
    image.setDevicePixelRatio(ratio);
    m_qr->setPixmap(QPixmap::fromImage(image));
}

RecoverySheet RecoveryCodePage::sheet() const
{
    return RecoverySheet(m_profileName, m_code->text(), m_createdAt);
}

Status RecoveryCodePage::saveSheet(const QString &path)
{
    LINTAS_TRY(sheet().savePdf(path));
    m_savedPath = path;
    retranslateUi();
    return {};
}

void RecoveryCodePage::chooseFileAndSave()
{
    const QString path = DocumentOutput::choosePdfPath(
        this, tr("Save recovery sheet"), tr("Lintas recovery sheet - %1.pdf").arg(m_profileName));
    if (path.isEmpty())
        return;
    const Status saved = saveSheet(path);
    if (!saved.ok())
        QMessageBox::warning(this, tr("Recovery sheet not saved"), ErrorText::message(saved.error()));
}

void RecoveryCodePage::printSheet()
{
    const Result<bool> printed = DocumentOutput::print(this, sheet().document(), tr("Print recovery sheet"));
    if (!printed.ok())
        QMessageBox::warning(this, tr("Recovery sheet not printed"),
            tr("The recovery sheet could not be printed. Check the printer and try again, or save the sheet as "
               "PDF and print it from another computer."));
}

void RecoveryCodePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RecoveryCodePage::retranslateUi()
{
    m_title->setText(tr("Write down your recovery code"));
    m_explanation->setText(tr("If you ever forget your passphrase, this code is the only way to open this profile "
                              "again. Write it on paper now, exactly as shown, and keep the paper somewhere safe, "
                              "away from this laptop."));
    m_warning->setText(tr("The code is shown only this once. Lintas does not keep a copy, and nobody else can "
                          "recover your cases for you."));
    m_print->setText(tr("&Print…"));
    m_savePdf->setText(tr("&Save as PDF…"));
    showOrHide(m_savedNote,
        m_savedPath.isEmpty() ? QString()
                              : tr("Saved as %1. Print it, then delete the file: anyone who finds it can open your "
                                   "profile with this laptop's data.")
                                    .arg(QDir::toNativeSeparators(m_savedPath)));
    m_writtenDown->setText(tr("I have written down or printed the recovery code"));
    m_continue->setText(tr("Open profile"));
    m_code->setAccessibleName(tr("Recovery code"));
    m_qr->setAccessibleName(tr("Recovery code as a QR code"));
}

} // namespace lintas::ui
