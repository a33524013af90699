#include "handoff/HandoffSendDialog.h"

#include "common/ErrorText.h"
#include "handoff/HandoffFiles.h"
#include "handoff/HandoffSender.h"
#include "print/HandOffDialog.h"
#include "repo/Workspace.h"
#include "transfer/CaseShare.h"

#include <QCheckBox>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lintas::ui {

HandoffSendDialog::HandoffSendDialog(repo::Workspace &workspace, QString caseId, QString referralId, QString myName,
    QString recipientOrganisation, QWidget *parent)
    : QDialog(parent),
      m_workspace(workspace),
      m_caseId(std::move(caseId)),
      m_referralId(std::move(referralId)),
      m_myName(std::move(myName)),
      m_organisation(std::move(recipientOrganisation)),
      m_intro(new QLabel(this)),
      m_addressLabel(new QLabel(this)),
      m_address(new QPlainTextEdit(this)),
      m_recipientText(new QLabel(this)),
      m_sharedBox(new QGroupBox(this)),
      m_shared(new QLabel(m_sharedBox)),
      m_status(new QLabel(this)),
      m_print(new QPushButton(this)),
      m_save(new QPushButton(this)),
      m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("handoffSendDialog"));
    m_intro->setWordWrap(true);
    m_address->setObjectName(QStringLiteral("handoffAddressEdit"));
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(m_address->fontMetrics().lineSpacing() * 4);
    m_addressLabel->setBuddy(m_address);
    m_recipientText->setObjectName(QStringLiteral("handoffRecipient"));
    m_recipientText->setWordWrap(true);
    m_recipientText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sharedBox->setObjectName(QStringLiteral("handoffSharedBox"));
    m_shared->setObjectName(QStringLiteral("handoffShared"));
    m_shared->setWordWrap(true);
    // The counts as the dialog opens: the case does not change while it is being handed over.
    if (auto shared
        = transfer::CaseShare::ofCase(m_workspace.database(), m_caseId, transfer::CaseShareChoice::everything());
        shared.ok())
        m_counted = shared->counted;
    const transfer::CaseShareChoice defaults;
    auto *grid = new QGridLayout;
    int at = 0;
    for (transfer::SharePart part : transfer::CaseShareChoice::allParts()) {
        static const QMap<transfer::SharePart, QString> names = {
            {transfer::SharePart::ConfidentialNotes, QStringLiteral("shareConfidentialNotes")},
            {transfer::SharePart::Notes, QStringLiteral("shareNotes")},
            {transfer::SharePart::Claims, QStringLiteral("shareClaims")},
            {transfer::SharePart::Deadlines, QStringLiteral("shareDeadlines")},
            {transfer::SharePart::Phones, QStringLiteral("sharePhones")},
            {transfer::SharePart::Parties, QStringLiteral("shareParties")},
        };
        auto *box = new QCheckBox(m_sharedBox);
        box->setObjectName(names.value(part));
        box->setChecked(defaults.includes(part));
        connect(box, &QCheckBox::toggled, this, &HandoffSendDialog::shareChanged);
        m_shareBoxes.insert(part, box);
        grid->addWidget(box, at / 2, at % 2);
        ++at;
    }
    auto *sharedLayout = new QVBoxLayout(m_sharedBox);
    sharedLayout->addLayout(grid);
    sharedLayout->addWidget(m_shared);
    m_status->setObjectName(QStringLiteral("handoffSendStatus"));
    m_status->setWordWrap(true);
    m_print->setObjectName(QStringLiteral("handoffPrintButton"));
    m_save->setObjectName(QStringLiteral("handoffSaveButton"));
    m_close->setObjectName(QStringLiteral("handoffCloseButton"));
    for (QPushButton *b : {m_print, m_save})
        b->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_addressLabel);
    layout->addWidget(m_address);
    layout->addWidget(m_recipientText);
    layout->addWidget(m_sharedBox);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_address, &QPlainTextEdit::textChanged, this, &HandoffSendDialog::addressEdited);
    connect(m_print, &QPushButton::clicked, this, &HandoffSendDialog::printRecord);
    connect(m_save, &QPushButton::clicked, this, &HandoffSendDialog::chooseFileAndSave);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    retranslateUi();
    // The dialog is never narrower than its longest box label, in whichever language (a minimum
    // width set on the dialog itself would stop the layout from asking for more).
    m_address->setMinimumWidth(560);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
}

void HandoffSendDialog::setAddressText(const QString &text)
{
    m_address->setPlainText(text);
}

void HandoffSendDialog::addressEdited()
{
    const QString typed = m_address->toPlainText().trimmed();
    m_recipient.reset();
    m_addressError.clear();
    if (!typed.isEmpty()) {
        auto read = typed.startsWith(QStringLiteral("lintas:"), Qt::CaseInsensitive)
            ? handoff::HandoffAddress::fromQrText(typed)
            : handoff::HandoffAddress::fromCode(typed);
        if (read.ok())
            m_recipient = *read;
        else
            m_addressError = ErrorText::message(read.error());
    }
    m_savedPath.clear(); // a file made for the address before is not this one's
    m_saveFailed = false;
    showRecipient();
}

void HandoffSendDialog::showRecipient()
{
    const QString typed = m_address->toPlainText().trimmed();
    m_save->setEnabled(m_recipient.has_value());
    if (!m_recipient) {
        m_recipientText->setText(typed.isEmpty() ? tr("Type the code the recipient gives you, or paste the text "
                                                      "of their QR code.")
                                                 : m_addressError);
    } else {
        const QString name = m_recipient->name.isEmpty() ? tr("(name not in a typed code)") : m_recipient->name;
        m_recipientText->setText(tr("Recipient: <b>%1</b><br>Fingerprint: <b>%2</b><br>Read the fingerprint to the "
                                    "recipient by phone: save the file only if it matches theirs.")
                                     .arg(name.toHtmlEscaped(), m_recipient->fingerprint()));
    }
    if (!m_savedPath.isEmpty())
        m_status->setText(tr("Saved in %1. The referral is marked sent. Send the file to the recipient (USB stick, "
                             "e-mail, WhatsApp); only their laptop can open it.")
                              .arg(QFileInfo(m_savedPath).fileName()));
    else if (m_saveFailed)
        m_status->setText(ErrorText::fieldMessage(m_saveError, tr("The referral")));
    else
        m_status->clear();
    m_status->setStyleSheet(m_saveFailed ? QStringLiteral("QLabel { color: #b3261e; }") : QString());
}

Status HandoffSendDialog::saveTo(const QString &path)
{
    if (!m_recipient)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no recipient address"));
    auto me = HandoffMe::load(m_workspace, m_myName);
    Status result;
    if (!me.ok()) {
        result = me.error();
    } else {
        handoff::HandoffSender sender(m_workspace, me->identity, m_myName);
        auto packet = sender.makePacket(m_caseId, *m_recipient, m_referralId, shareChoice());
        result = packet.ok() ? handofffiles::write(path, *packet) : Status(packet.error());
    }
    m_saveFailed = !result.ok();
    if (m_saveFailed)
        m_saveError = result.error();
    else
        m_savedPath = path;
    showRecipient();
    return result;
}

void HandoffSendDialog::chooseFileAndSave()
{
    QString suggested = tr("Hand-off");
    if (auto kase = m_workspace.cases().get(m_caseId); kase.ok())
        suggested += QLatin1Char(' ') + kase->reference;
    if (m_recipient && !m_recipient->name.isEmpty())
        suggested += QStringLiteral(" - ") + m_recipient->name;
    const QString path = handofffiles::chooseToSave(this, tr("Save the hand-off file"), suggested);
    if (!path.isEmpty())
        (void)saveTo(path); // a failure is shown in the dialog
}

void HandoffSendDialog::printRecord()
{
    HandOffDialog record(m_workspace, m_caseId, m_myName, this);
    record.setReceivedOrganisation(m_organisation.isEmpty() && m_recipient ? m_recipient->name : m_organisation);
    record.setFileShare({shareChoice(), m_counted});
    record.exec();
}

transfer::CaseShareChoice HandoffSendDialog::shareChoice() const
{
    transfer::CaseShareChoice choice;
    for (auto it = m_shareBoxes.cbegin(); it != m_shareBoxes.cend(); ++it)
        choice.set(it.key(), it.value()->isChecked());
    return choice;
}

void HandoffSendDialog::shareChanged()
{
    if (m_savedPath.isEmpty() && !m_saveFailed)
        return;
    m_savedPath.clear(); // the file saved before carries another choice
    m_saveFailed = false;
    showRecipient();
}

void HandoffSendDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void HandoffSendDialog::retranslateUi()
{
    setWindowTitle(tr("Hand off as a file"));
    m_intro->setText(tr("The case goes to the recipient as a locked file that only their laptop can open. They "
                        "accept or decline it and send you a reply file; read it in with “Read the reply file…”."));
    m_addressLabel->setText(tr("Recipient's hand-off &address:"));
    m_address->setAccessibleName(tr("Recipient's hand-off address"));
    m_sharedBox->setTitle(tr("What is shared"));
    using transfer::SharePart;
    const auto label = [this](SharePart part, const QString &text) {
        m_shareBoxes.value(part)->setText(text.arg(m_counted.value(part)));
    };
    label(SharePart::ConfidentialNotes, tr("C&onfidential notes (%1)"));
    label(SharePart::Notes, tr("Other &notes, the timeline (%1)"));
    label(SharePart::Claims, tr("Clai&ms and their payments (%1)"));
    label(SharePart::Deadlines, tr("&Deadlines and tasks (%1)"));
    label(SharePart::Phones, tr("Her p&hone numbers (%1)"));
    label(SharePart::Parties, tr("Lin&ks to employer, agency, lenders (%1)"));
    m_shareBoxes.value(SharePart::ConfidentialNotes)
        ->setToolTip(tr("Notes marked confidential, with their corrections. Not shared unless ticked."));
    m_shareBoxes.value(SharePart::Phones)
        ->setToolTip(tr("Leave them out if someone who could harm her may see the recipient's records."));
    // What CaseShare never leaves out: without these the recipient cannot take the case over.
    m_shared->setText(tr("Always shared: the case itself, the client's record, her consents (the proof that she "
                         "agreed) and the referrals. Nothing of her other cases."));
    m_print->setText(tr("&Print the hand-over record…"));
    m_print->setToolTip(tr("The berita acara serah terima, to sign on both sides"));
    m_save->setText(tr("&Save the hand-off file…"));
    m_close->setText(tr("&Close"));
    showRecipient();
}

} // namespace lintas::ui
