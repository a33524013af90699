#include "handoff/HandoffAddressDialog.h"

#include "common/QrCode.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace lintas::ui {

HandoffAddressDialog::HandoffAddressDialog(handoff::HandoffAddress address, QWidget *parent)
    : QDialog(parent),
      m_address(std::move(address)),
      m_intro(new QLabel(this)),
      m_codeLabel(new QLabel(this)),
      m_code(new QLabel(m_address.code(), this)),
      m_fingerprintLabel(new QLabel(this)),
      m_fingerprint(new QLabel(m_address.fingerprint(), this)),
      m_qr(new QLabel(this)),
      m_copied(new QLabel(this)),
      m_copy(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("handoffAddressDialog"));
    m_code->setObjectName(QStringLiteral("handoffAddressCode"));
    m_fingerprint->setObjectName(QStringLiteral("handoffAddressFingerprint"));
    m_copy->setObjectName(QStringLiteral("copyHandoffAddressButton"));
    m_intro->setWordWrap(true);
    m_code->setWordWrap(true);
    QFont mono = m_code->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setPointSizeF(mono.pointSizeF() * 1.2);
    mono.setBold(true);
    m_code->setFont(mono);
    m_fingerprint->setFont(mono);
    for (QLabel *label : {m_code, m_fingerprint})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (const auto qr = QrCode::encode(m_address.qrText()))
        m_qr->setPixmap(QPixmap::fromImage(qr->toImageFitting(260)));
    m_copy->setAutoDefault(false);

    auto *text = new QVBoxLayout;
    text->addWidget(m_intro);
    text->addWidget(m_codeLabel);
    text->addWidget(m_code);
    text->addWidget(m_fingerprintLabel);
    text->addWidget(m_fingerprint);
    text->addWidget(m_copied);
    text->addStretch(1);
    auto *body = new QHBoxLayout;
    body->addLayout(text, 1);
    body->addWidget(m_qr, 0, Qt::AlignTop);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addLayout(buttons);
    connect(m_copy, &QPushButton::clicked, this, &HandoffAddressDialog::copyAddress);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    retranslateUi();
    resize(760, 340);
}

void HandoffAddressDialog::copyAddress()
{
    QGuiApplication::clipboard()->setText(m_address.qrText());
    m_copied->setText(tr("Copied. Paste it into a message to the sender."));
}

void HandoffAddressDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void HandoffAddressDialog::retranslateUi()
{
    setWindowTitle(tr("My hand-off address"));
    m_intro->setText(tr("Someone who wants to hand a case over to you (%1) needs this address: give them the code "
                        "or let them scan the QR code. The file they make can be opened only on this laptop. Read "
                        "the fingerprint to each other by phone before they send it.")
                         .arg(m_address.name.toHtmlEscaped()));
    m_codeLabel->setText(tr("Code:"));
    m_fingerprintLabel->setText(tr("Fingerprint:"));
    m_copy->setText(tr("&Copy the address"));
    m_copy->setToolTip(tr("The code with your name, to paste into a message"));
    m_close->setText(tr("&Done"));
    if (!m_copied->text().isEmpty())
        m_copied->setText(tr("Copied. Paste it into a message to the sender."));
}

} // namespace lintas::ui
