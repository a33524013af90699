#include "sync/InviteDialog.h"

#include "common/Formats.h"
#include "common/QrCode.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace lintas::ui {

InviteDialog::InviteDialog(const sync::CreatedInvite &invite, QWidget *parent)
    : QDialog(parent),
      m_invite(invite),
      m_intro(new QLabel(this)),
      m_code(new QLabel(invite.code, this)),
      m_linkLabel(new QLabel(this)),
      m_link(new QLabel(invite.joinLink, this)),
      m_qr(new QLabel(this)),
      m_expiry(new QLabel(this)),
      m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("inviteDialog"));
    m_code->setObjectName(QStringLiteral("inviteCode"));
    m_link->setObjectName(QStringLiteral("inviteLink"));
    m_intro->setWordWrap(true);
    m_expiry->setWordWrap(true);
    m_link->setWordWrap(true);
    QFont big = m_code->font();
    big.setFamily(QStringLiteral("monospace"));
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_code->setFont(big);
    for (QLabel *label : {m_code, m_link})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (const auto qr = QrCode::encode(invite.joinLink))
        m_qr->setPixmap(QPixmap::fromImage(qr->toImage(4)));

    auto *text = new QVBoxLayout;
    text->addWidget(m_intro);
    text->addWidget(m_code);
    text->addWidget(m_linkLabel);
    text->addWidget(m_link);
    text->addWidget(m_expiry);
    text->addStretch(1);
    auto *body = new QHBoxLayout;
    body->addLayout(text, 1);
    body->addWidget(m_qr, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(m_close, 0, Qt::AlignRight);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    retranslateUi();
    resize(720, 360);
}

void InviteDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void InviteDialog::retranslateUi()
{
    setWindowTitle(tr("Invite a colleague"));
    m_intro->setText(tr("Give this code to your colleague in person or by phone, or send them the link. It works "
                        "once. When their laptop asks to join, it appears under \"Waiting for approval\": approve "
                        "it only when the fingerprint they read to you matches."));
    m_linkLabel->setText(tr("Join link (the QR code holds the same):"));
    m_expiry->setText(tr("Valid until %1. It is shown only now: write it down or send it before closing.")
                          .arg(formats::dateTime(m_invite.expiresAt)));
    m_close->setText(tr("&Done"));
}

} // namespace lintas::ui
