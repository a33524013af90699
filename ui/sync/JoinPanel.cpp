#include "sync/JoinPanel.h"

#include "common/ErrorText.h"
#include "common/LabelStyles.h"
#include "profile/OpenProfile.h"
#include "protocol/InviteCode.h"
#include "protocol/LintasLink.h"
#include "sync/JoinRecords.h"
#include "sync/SyncController.h"
#include "sync/SyncOverview.h"
#include "unlock/Session.h"

#include <QEvent>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace lintas::ui {

namespace {

// While waiting for the admin, look again now and then: approval usually comes within minutes,
// on the phone or in the same room.
constexpr int kApprovalPollMs = 30'000;

} // namespace

JoinPanel::JoinPanel(SyncController &sync, QWidget *parent)
    : QWidget(parent),
      m_sync(sync),
      m_intro(new QLabel(this)),
      m_linkLabel(new QLabel(this)),
      m_link(new QLineEdit(this)),
      m_serverLabel(new QLabel(this)),
      m_server(new QLineEdit(this)),
      m_deviceLabel(new QLabel(this)),
      m_device(new QLineEdit(this)),
      m_join(new QPushButton(this)),
      m_status(new QLabel(this)),
      m_error(new QLabel(this)),
      m_pendingBox(new QWidget(this)),
      m_pendingText(new QLabel(m_pendingBox)),
      m_fingerprint(new QLabel(m_pendingBox)),
      m_check(new QPushButton(m_pendingBox)),
      m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("joinPanel"));
    m_link->setObjectName(QStringLiteral("joinLinkEdit"));
    m_server->setObjectName(QStringLiteral("joinServerEdit"));
    m_device->setObjectName(QStringLiteral("deviceLabelEdit"));
    m_join->setObjectName(QStringLiteral("joinButton"));
    m_status->setObjectName(QStringLiteral("joinStatus"));
    m_error->setObjectName(QStringLiteral("joinError"));
    m_fingerprint->setObjectName(QStringLiteral("ownFingerprint"));
    m_check->setObjectName(QStringLiteral("checkApprovalButton"));
    m_intro->setWordWrap(true);
    m_pendingText->setWordWrap(true);
    m_status->setWordWrap(true);
    styleAsFieldError(m_error);
    m_linkLabel->setBuddy(m_link);
    m_serverLabel->setBuddy(m_server);
    m_deviceLabel->setBuddy(m_device);
    m_device->setText(sync.session().profile().info().displayName);
    m_device->setMaxLength(80);
    QFont big = m_fingerprint->font();
    big.setFamily(QStringLiteral("monospace"));
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_fingerprint->setFont(big);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(m_linkLabel, m_link);
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_deviceLabel, m_device);
    auto *row = new QHBoxLayout;
    row->addWidget(m_join);
    row->addWidget(m_status, 1);
    auto *pending = new QVBoxLayout(m_pendingBox);
    pending->setContentsMargins(0, 12, 0, 0);
    pending->addWidget(m_pendingText);
    pending->addWidget(m_fingerprint);
    pending->addWidget(m_check, 0, Qt::AlignLeft);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(m_pendingBox);
    layout->addStretch(1);
    m_pendingBox->setVisible(false);
    m_poll->setInterval(kApprovalPollMs);

    connect(m_link, &QLineEdit::textEdited, this, &JoinPanel::linkEdited);
    connect(m_link, &QLineEdit::returnPressed, this, &JoinPanel::joinChosen);
    connect(m_join, &QPushButton::clicked, this, &JoinPanel::joinChosen);
    connect(m_check, &QPushButton::clicked, this, &JoinPanel::checkApproval);
    connect(m_poll, &QTimer::timeout, this, &JoinPanel::checkApproval);
    retranslateUi();
}

void JoinPanel::setPurpose(Purpose purpose)
{
    m_purpose = purpose;
    retranslateUi();
}

void JoinPanel::showOverview(const sync::SyncOverview &overview)
{
    m_pending = overview.joinPending;
    m_fingerprint->setText(overview.fingerprint);
    m_pendingBox->setVisible(m_pending);
    for (QWidget *w : {static_cast<QWidget *>(m_link), static_cast<QWidget *>(m_server),
             static_cast<QWidget *>(m_device), static_cast<QWidget *>(m_join)})
        w->setEnabled(!m_pending && !m_busy);
    if (m_pending && !m_poll->isActive())
        m_poll->start();
    else if (!m_pending)
        m_poll->stop();
    if (m_pending && !m_busy)
        m_status->setText(tr("Waiting for the admin's approval."));
}

// A whole join link carries the server: fill it in, so only a bare code needs the address typed.
void JoinPanel::linkEdited()
{
    const QString text = m_link->text().trimmed();
    if (!text.startsWith(QLatin1String("lintas:")))
        return;
    if (const auto recovery = sync::OrgRecoveryLink::parse(text))
        m_server->setText(recovery->serverUrl);
    else if (const auto link = protocol::JoinLink::parse(text))
        m_server->setText(link->serverUrl);
}

// The organisation's recovery link from its printed sheet: this laptop becomes an admin.
void JoinPanel::recoverChosen(const QString &text)
{
    const auto link = sync::OrgRecoveryLink::parse(text);
    if (!link) {
        showOrHide(m_error,
            tr("This recovery link is incomplete or mistyped. Check it against the organisation's recovery sheet."));
        return;
    }
    showOrHide(m_error, QString());
    setBusy(true, tr("Restoring the organisation with its recovery key…"));
    SyncController &sync = m_sync;
    const QString label = m_device->text().trimmed();
    sync.runStep<sync::JoinResult>(
        this,
        [&sync, link = *link, label](store::Database &db) {
            const auto transport = sync.transportTo(link.serverUrl);
            return sync::OrgRecovery(*transport, sync.clock(), sync.random()).admitWith(db, link, label);
        },
        [this](const Result<sync::JoinResult> &result) { finished(result); });
}

void JoinPanel::joinChosen()
{
    if (m_busy || m_pending)
        return;
    QString code = m_link->text().trimmed();
    QString server = m_server->text().trimmed();
    if (code.startsWith(QLatin1String("lintas:orgrecovery"), Qt::CaseInsensitive)) {
        recoverChosen(code);
        return;
    }
    if (code.startsWith(QLatin1String("lintas:"))) {
        const auto link = protocol::JoinLink::parse(code);
        if (!link) {
            showOrHide(
                m_error, tr("This join link is incomplete or mistyped. Copy it again from the admin's message."));
            return;
        }
        code = link->code;
        server = link->serverUrl;
    }
    if (code.isEmpty()) {
        showOrHide(m_error, tr("Type the join code your admin gave you, or paste the whole join link."));
        m_link->setFocus();
        return;
    }
    if (!protocol::isServerUrl(server)) {
        showOrHide(
            m_error, tr("Type the server's address as your admin gave it, for example https://sync.example.org."));
        m_server->setFocus();
        return;
    }
    showOrHide(m_error, QString());
    setBusy(true, tr("Joining… checking the code with the server."));
    SyncController &sync = m_sync;
    const QString label = m_device->text().trimmed();
    sync.runStep<sync::JoinResult>(
        this,
        [&sync, server, code, label](store::Database &db) {
            const auto transport = sync.transportTo(server);
            return sync::JoinFlow(db, *transport, sync.clock(), sync.random()).joinWithInvite(server, code, label);
        },
        [this](const Result<sync::JoinResult> &result) { finished(result); });
}

void JoinPanel::checkApproval()
{
    if (m_busy || !m_pending)
        return;
    setBusy(true, tr("Asking the server whether the admin has approved this laptop…"));
    SyncController &sync = m_sync;
    sync.runStep<sync::JoinResult>(
        this,
        [&sync](store::Database &db) -> Result<sync::JoinResult> {
            // The join in progress remembers its server.
            LINTAS_TRY_ASSIGN(const auto joining, sync::JoinRecords(db).invites(QStringLiteral("joining")));
            if (joining.isEmpty())
                return makeError(ErrorCode::NotFound, QStringLiteral("no join in progress"));
            const auto transport = sync.transportTo(joining.first().serverUrl);
            return sync::JoinFlow(db, *transport, sync.clock(), sync.random()).completeJoin();
        },
        [this](const Result<sync::JoinResult> &result) { finished(result); });
}

void JoinPanel::finished(const Result<sync::JoinResult> &result)
{
    setBusy(false);
    if (!result) {
        showOrHide(m_error, errorText(result.error()));
        return;
    }
    showOrHide(m_error, QString());
    if (result->state == sync::JoinState::Joined) {
        m_poll->stop();
        m_pending = false;
        m_link->clear(); // a used code is of no more use, and should not linger on screen
        m_status->setText(tr("Joined %1.").arg(result->spaceName));
        emit joined();
        return;
    }
    m_pending = true;
    m_fingerprint->setText(result->fingerprint);
    m_pendingBox->setVisible(true);
    m_status->setText(tr("Waiting for the admin's approval."));
    if (!m_poll->isActive())
        m_poll->start();
    emit joined(); // the page reads the pending state again
}

QString JoinPanel::errorText(const Error &error) const
{
    switch (error.code) {
    case ErrorCode::Validation:
        return tr("This code is mistyped: a letter is missing, extra or swapped. Check it against the admin's "
                  "message.");
    case ErrorCode::WrongPassphrase:
        if (error.field == QLatin1String("recoveryCode"))
            return tr("The server knows no recovery key with this code for this organisation. Check the code "
                      "against the sheet.");
        if (error.detail == QLatin1String("used"))
            return tr("This code has already been used. Ask your admin for a new one.");
        if (error.detail == QLatin1String("expired"))
            return tr("This code has expired. Ask your admin for a new one.");
        return tr("The server does not know this code. Check the code and the server address.");
    case ErrorCode::Io:
        return tr("Could not reach the server. Check the address and the connection, then try again.");
    case ErrorCode::Crypto:
        return tr("The server's answer did not check out, so this laptop did not join. Tell your admin: "
                  "someone may be interfering with the connection.");
    default:
        return ErrorText::message(error);
    }
}

void JoinPanel::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_status->setText(what);
    for (QWidget *w : {static_cast<QWidget *>(m_link), static_cast<QWidget *>(m_server),
             static_cast<QWidget *>(m_device), static_cast<QWidget *>(m_join)})
        w->setEnabled(!busy && !m_pending);
    m_check->setEnabled(!busy);
}

void JoinPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void JoinPanel::retranslateUi()
{
    if (m_purpose == Purpose::SharedSpace)
        m_intro->setText(tr("Join a space another organisation shares with yours, to take over or follow a case "
                            "with them. Their admin gives you a join code or a link that starts with "
                            "\"lintas:join\", and approves this laptop when you read out its fingerprint."));
    else
        m_intro->setText(tr("Join your organisation to share cases with your colleagues and keep an encrypted "
                            "copy on its server. Your admin gives you a join code, or a link that starts with "
                            "\"lintas:join\". The server never sees what is in your cases."));
    m_linkLabel->setText(tr("Join &code or link:"));
    m_serverLabel->setText(tr("&Server address:"));
    m_deviceLabel->setText(tr("&Name of this laptop:"));
    m_device->setPlaceholderText(tr("e.g. Dewi's laptop, Lampung office"));
    m_server->setPlaceholderText(QStringLiteral("https://"));
    m_join->setText(tr("&Join"));
    m_pendingText->setText(tr("Read this fingerprint to your admin (by phone or in person). The admin approves "
                              "this laptop when it matches the one on their screen:"));
    m_check->setText(tr("Check &again"));
    if (m_pending && !m_busy)
        m_status->setText(tr("Waiting for the admin's approval."));
}

} // namespace lintas::ui
