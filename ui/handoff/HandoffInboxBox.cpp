#include "handoff/HandoffInboxBox.h"

#include "common/ErrorText.h"
#include "common/Formats.h"
#include "common/LabelStyles.h"
#include "common/ListWidgets.h"
#include "handoff/HandoffAddressDialog.h"
#include "handoff/HandoffFiles.h"
#include "repo/Workspace.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lintas::ui {

namespace {

enum Column { CaseColumn, ClientColumn, FromColumn, FingerprintColumn, ReceivedColumn, ColumnCount };

} // namespace

HandoffInboxBox::HandoffInboxBox(repo::Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_heading(new QLabel(this)),
      m_empty(new QLabel(this)),
      m_list(new QTableWidget(0, ColumnCount, this)),
      m_status(new QLabel(this)),
      m_openFile(new QPushButton(this)),
      m_address(new QPushButton(this)),
      m_openCase(new QPushButton(this)),
      m_accept(new QPushButton(this)),
      m_decline(new QPushButton(this))
{
    setObjectName(QStringLiteral("handoffInbox"));
    m_heading->setObjectName(QStringLiteral("handoffHeading"));
    styleAsTitle(m_heading, 1.15);
    m_empty->setObjectName(QStringLiteral("handoffEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setContentsMargins(8, 0, 8, 0);
    m_list->setObjectName(QStringLiteral("handoffList"));
    setUpReadOnlyTable(m_list);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(ClientColumn, QHeaderView::Stretch);
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 8);
    m_status->setObjectName(QStringLiteral("handoffStatus"));
    styleAsWarningBanner(m_status);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openFile->setObjectName(QStringLiteral("openHandoffFileButton"));
    m_address->setObjectName(QStringLiteral("myHandoffAddressButton"));
    m_openCase->setObjectName(QStringLiteral("openHandoffCaseButton"));
    m_accept->setObjectName(QStringLiteral("acceptHandoffButton"));
    m_decline->setObjectName(QStringLiteral("declineHandoffButton"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_openFile);
    top->addWidget(m_address);
    auto *answers = new QHBoxLayout;
    answers->addStretch(1);
    answers->addWidget(m_openCase);
    answers->addWidget(m_decline);
    answers->addWidget(m_accept);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_empty);
    layout->addWidget(m_list);
    layout->addLayout(answers);

    connect(m_openFile, &QPushButton::clicked, this, &HandoffInboxBox::openPacket);
    connect(m_address, &QPushButton::clicked, this, &HandoffInboxBox::showMyAddress);
    connect(m_openCase, &QPushButton::clicked, this, &HandoffInboxBox::openChosen);
    connect(m_accept, &QPushButton::clicked, this, &HandoffInboxBox::acceptChosen);
    connect(m_decline, &QPushButton::clicked, this, &HandoffInboxBox::declineChosen);
    connect(m_list, &QTableWidget::cellDoubleClicked, this, &HandoffInboxBox::openChosen);
    connect(m_list, &QTableWidget::currentCellChanged, this, &HandoffInboxBox::updateButtons);
    retranslateUi();
    reload();
}

const handoff::ReceivedPacket *HandoffInboxBox::packetAt(int row) const
{
    const int index = row - int(m_shared.size());
    return index >= 0 && index < static_cast<int>(m_waiting.size()) ? &m_waiting[static_cast<std::size_t>(index)]
                                                                    : nullptr;
}

void HandoffInboxBox::reload()
{
    auto waiting = handoff::HandoffLedger(m_workspace.database()).unanswered();
    m_waiting = waiting.ok() ? std::move(waiting.value()) : std::vector<handoff::ReceivedPacket>();
    auto shared = sync::SpaceHandoff(m_workspace).waiting();
    m_shared = shared.ok() ? *shared : QVector<sync::SpaceHandoff::Waiting>();
    if (!waiting.ok() || !shared.ok()) {
        const Error error = !waiting.ok() ? waiting.error() : shared.error();
        setStatus([error] { return ErrorText::message(error); }, true);
    }
    m_list->setRowCount(0);
    m_list->setRowCount(static_cast<int>(m_shared.size() + m_waiting.size()));
    for (int row = 0; row < int(m_shared.size()); ++row) {
        const sync::SpaceHandoff::Waiting &w = m_shared.at(row);
        const QString cells[] = {w.caseReference, w.clientName, w.sentBy, tr("Shared space: %1").arg(w.spaceName),
            formats::date(w.referral.sentOn)};
        for (int column = 0; column < ColumnCount; ++column)
            m_list->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    for (int row = int(m_shared.size()); row < m_list->rowCount(); ++row) {
        const handoff::ReceivedPacket &p = *packetAt(row);
        QString reference = p.caseId;
        QString client;
        if (auto kase = m_workspace.cases().get(p.caseId); kase.ok()) {
            reference = kase->reference;
            if (auto c = m_workspace.clients().get(kase->clientId); c.ok())
                client = c->fullName;
        }
        const QString cells[]
            = {reference, client, p.sender.name, p.sender.fingerprint(), formats::dateTime(p.importedAtMs)};
        for (int column = 0; column < ColumnCount; ++column)
            m_list->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    if (m_list->rowCount() > 0)
        m_list->setCurrentCell(0, 0);
    m_list->setVisible(m_list->rowCount() > 0);
    showOrHide(m_empty, m_list->rowCount() > 0 ? QString() : tr("No hand-off waiting for your answer."));
    updateButtons();
}

void HandoffInboxBox::openPacket()
{
    const QString path = handofffiles::chooseToOpen(this, tr("Open a hand-off file"));
    if (!path.isEmpty())
        openPacketFrom(path);
}

bool HandoffInboxBox::openPacketFrom(const QString &path)
{
    auto bytes = handofffiles::read(path);
    auto me = bytes.ok() ? HandoffMe::load(m_workspace, m_name) : Result<HandoffMe>(bytes.error());
    auto imported = me.ok() ? handoff::HandoffReceiver(m_workspace, me->identity, m_name).importPacket(*bytes)
                            : Result<handoff::HandoffReceiver::Imported>(me.error());
    if (!imported.ok()) {
        const Error error = imported.error();
        setStatus([error] { return ErrorText::message(error); }, true);
        return false;
    }
    const handoff::HandoffReceiver::Imported in = *imported;
    QString reference = in.caseId;
    if (auto kase = m_workspace.cases().get(in.caseId); kase.ok())
        reference = kase->reference;
    setStatus([in, reference] {
        const QString from = tr("Case %1 from %2, fingerprint %3. Compare the fingerprint with the sender by phone "
                                "before you accept it.")
                                 .arg(reference, in.sender.name, in.sender.fingerprint());
        if (in.alreadyImported)
            return from + QLatin1Char(' ')
                + tr("It was opened here before, on %1: nothing changed.").arg(formats::dateTime(in.importedAtMs));
        return from + QLatin1Char(' ')
            + tr("%n record(s) came in: the case, its client and what is attached to them.", nullptr,
                static_cast<int>(in.summary.created()));
    });
    reload();
    for (int row = 0; row < m_list->rowCount(); ++row) {
        if (const handoff::ReceivedPacket *p = packetAt(row); p && p->packetId == in.packetId)
            m_list->setCurrentCell(row, 0);
    }
    emit casesChanged();
    return true;
}

QString HandoffInboxBox::replyPathFor(int row)
{
    const QString reference = m_list->item(row, CaseColumn)->text();
    return handofffiles::chooseToSave(this, tr("Save the reply for the sender"), tr("Reply %1").arg(reference));
}

void HandoffInboxBox::acceptChosen()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    if (!packetAt(row)) {
        answerShared(row, true, QString());
        return;
    }
    const QString path = replyPathFor(row);
    if (!path.isEmpty())
        answer(row, handoff::HandoffReceiver::Decision::Accept, QString(), path);
}

void HandoffInboxBox::declineChosen()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    QString reason;
    for (;;) {
        bool ok = false;
        reason = QInputDialog::getMultiLineText(this, tr("Decline the hand-off"),
            tr("Why do you decline this case? The sender reads this in their referral."), reason, &ok)
                     .trimmed();
        if (!ok)
            return;
        if (!reason.isEmpty())
            break;
    }
    if (!packetAt(row)) {
        answerShared(row, false, reason);
        return;
    }
    const QString path = replyPathFor(row);
    if (!path.isEmpty())
        answer(row, handoff::HandoffReceiver::Decision::Decline, reason, path);
}

bool HandoffInboxBox::answerShared(int row, bool accept, const QString &reason)
{
    if (row < 0 || row >= int(m_shared.size()))
        return false;
    const sync::SpaceHandoff::Waiting w = m_shared.at(row);
    sync::SpaceHandoff handoff(m_workspace);
    const Status done = accept ? handoff.accept(w.referral.id) : handoff.decline(w.referral.id, reason);
    if (!done.ok()) {
        const Error error = done.error();
        setStatus([error] { return ErrorText::message(error); }, true);
        return false;
    }
    const QString reference = w.caseReference;
    const QString sender = w.sentBy;
    setStatus([accept, reference, sender] {
        return accept ? tr("You accepted case %1. %2 sees it at the next sync.").arg(reference, sender)
                      : tr("You declined case %1. %2 sees why at the next sync.").arg(reference, sender);
    });
    reload();
    emit casesChanged();
    return true;
}

bool HandoffInboxBox::answer(
    int row, handoff::HandoffReceiver::Decision decision, const QString &reason, const QString &replyPath)
{
    if (!packetAt(row))
        return false;
    const bool accept = decision == handoff::HandoffReceiver::Decision::Accept;
    if (!accept && reason.trimmed().isEmpty()) {
        setStatus([] { return tr("Write why you decline the case: the sender reads it."); }, true);
        return false;
    }
    const handoff::ReceivedPacket &p = *packetAt(row);
    const QString reference = m_list->item(row, CaseColumn)->text();
    auto me = HandoffMe::load(m_workspace, m_name);
    auto reply = me.ok()
        ? handoff::HandoffReceiver(m_workspace, me->identity, m_name).makeReply(p.packetId, decision, reason.trimmed())
        : Result<QByteArray>(me.error());
    const Status written = reply.ok() ? handofffiles::write(replyPath, *reply) : Status(reply.error());
    if (!written.ok()) {
        const Error error = written.error();
        setStatus([error] { return ErrorText::message(error); }, true);
        return false;
    }
    const QString sender = p.sender.name;
    setStatus([accept, reference, sender] {
        return accept ? tr("You accepted case %1. Send the reply file to %2.").arg(reference, sender)
                      : tr("You declined case %1. Send the reply file to %2.").arg(reference, sender);
    });
    reload();
    emit casesChanged();
    return true;
}

void HandoffInboxBox::openChosen()
{
    const int row = m_list->currentRow();
    if (row >= 0 && row < int(m_shared.size()))
        emit caseActivated(m_shared.at(row).referral.caseId);
    else if (const handoff::ReceivedPacket *p = packetAt(row))
        emit caseActivated(p->caseId);
}

void HandoffInboxBox::showMyAddress()
{
    auto me = HandoffMe::load(m_workspace, m_name);
    if (!me.ok()) {
        const Error error = me.error();
        setStatus([error] { return ErrorText::message(error); }, true);
        return;
    }
    HandoffAddressDialog dialog(me->address, this);
    dialog.exec();
}

void HandoffInboxBox::updateButtons()
{
    const bool chosen = m_list->currentRow() >= 0;
    for (QPushButton *b : {m_openCase, m_accept, m_decline}) {
        b->setEnabled(chosen);
        b->setVisible(m_list->rowCount() > 0);
    }
}

void HandoffInboxBox::setStatus(std::function<QString()> text, bool failed)
{
    m_statusText = std::move(text);
    styleAsWarningBanner(m_status); // hides it; showOrHide shows it again
    if (failed)
        m_status->setStyleSheet(m_status->styleSheet() + QStringLiteral(" QLabel { color: #b3261e; }"));
    showOrHide(m_status, m_statusText ? m_statusText() : QString());
}

void HandoffInboxBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HandoffInboxBox::retranslateUi()
{
    m_heading->setText(tr("Hand-offs received"));
    m_list->setHorizontalHeaderLabels(
        {tr("Case"), tr("Client"), tr("From"), tr("Sender's fingerprint"), tr("Opened here")});
    m_list->setAccessibleName(tr("Hand-offs waiting for your answer"));
    if (m_list->rowCount() == 0)
        showOrHide(m_empty, tr("No hand-off waiting for your answer."));
    m_openFile->setText(tr("Open a hand-o&ff file…"));
    m_openFile->setToolTip(tr("Take in a case another organisation sent you as a file"));
    m_address->setText(tr("My hand-off add&ress…"));
    m_address->setToolTip(tr("What others need to send you a case"));
    m_openCase->setText(tr("Open the &case"));
    m_accept->setText(tr("&Accept…"));
    m_accept->setToolTip(tr("Take the case on, and save the reply file for the sender"));
    m_decline->setText(tr("Decl&ine…"));
    m_decline->setToolTip(tr("Say why you cannot take the case on, and save the reply file for the sender"));
    if (m_statusText)
        m_status->setText(m_statusText());
}

} // namespace lintas::ui
