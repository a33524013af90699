#include "sync/MembersPanel.h"

#include "common/ErrorText.h"
#include "common/LabelStyles.h"
#include "crypto/DeviceKeys.h"
#include "sync/InviteDialog.h"
#include "sync/OrgRecoveryDialog.h"
#include "sync/RemoveLaptopDialog.h"
#include "sync/Revocation.h"
#include "sync/SharedSpacesBox.h"
#include "sync/SyncController.h"
#include "sync/SyncStatusText.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lintas::ui {

namespace {

QFont monospace(const QFont &base, double scale, bool bold)
{
    QFont f = base;
    f.setFamily(QStringLiteral("monospace"));
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(bold);
    return f;
}

} // namespace

MembersPanel::MembersPanel(SyncController &sync, QWidget *parent)
    : QWidget(parent),
      m_sync(sync),
      m_spaceLabel(new QLabel(this)),
      m_spaceChoice(new QComboBox(this)),
      m_organisation(new QLabel(this)),
      m_ownFingerprintLabel(new QLabel(this)),
      m_ownFingerprint(new QLabel(this)),
      m_membersLabel(new QLabel(this)),
      m_members(new QTableWidget(this)),
      m_admin(new QGroupBox(this)),
      m_adminIntro(new QLabel(m_admin)),
      m_invite(new QPushButton(m_admin)),
      m_look(new QPushButton(m_admin)),
      m_remove(new QPushButton(m_admin)),
      m_recoveryKey(new QPushButton(m_admin)),
      m_joinerList(new QListWidget(m_admin)),
      m_joinerDetail(new QLabel(m_admin)),
      m_typedLabel(new QLabel(m_admin)),
      m_typed(new QLineEdit(m_admin)),
      m_approve(new QPushButton(m_admin)),
      m_shared(new SharedSpacesBox(sync, this)),
      m_status(new QLabel(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("membersPanel"));
    m_spaceChoice->setObjectName(QStringLiteral("spaceChoice"));
    m_spaceLabel->setBuddy(m_spaceChoice);
    m_organisation->setObjectName(QStringLiteral("organisationLabel"));
    m_ownFingerprint->setObjectName(QStringLiteral("ownFingerprint"));
    m_members->setObjectName(QStringLiteral("membersTable"));
    m_admin->setObjectName(QStringLiteral("adminTools"));
    m_invite->setObjectName(QStringLiteral("inviteButton"));
    m_look->setObjectName(QStringLiteral("lookForJoinersButton"));
    m_remove->setObjectName(QStringLiteral("removeLaptopButton"));
    m_recoveryKey->setObjectName(QStringLiteral("recoveryKeyButton"));
    m_joinerList->setObjectName(QStringLiteral("joinerList"));
    m_joinerDetail->setObjectName(QStringLiteral("joinerDetail"));
    m_typed->setObjectName(QStringLiteral("typedFingerprintEdit"));
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_status->setObjectName(QStringLiteral("membersStatus"));
    m_error->setObjectName(QStringLiteral("membersError"));
    m_organisation->setWordWrap(true);
    m_adminIntro->setWordWrap(true);
    m_joinerDetail->setWordWrap(true);
    m_status->setWordWrap(true);
    styleAsFieldError(m_error);
    m_ownFingerprint->setFont(monospace(font(), 1.2, true));
    m_ownFingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_members->setColumnCount(3);
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->setSelectionMode(QAbstractItemView::NoSelection);
    m_members->verticalHeader()->hide();
    m_members->horizontalHeader()->setStretchLastSection(true);
    m_typed->setFont(monospace(font(), 1.0, false));
    m_typedLabel->setBuddy(m_typed);
    m_joinerList->setMaximumHeight(110);

    auto *fingerprintRow = new QHBoxLayout;
    fingerprintRow->addWidget(m_ownFingerprintLabel);
    fingerprintRow->addWidget(m_ownFingerprint, 1);
    auto *adminButtons = new QHBoxLayout;
    adminButtons->addWidget(m_invite);
    adminButtons->addWidget(m_look);
    adminButtons->addStretch(1);
    auto *keyButtons = new QHBoxLayout;
    keyButtons->addWidget(m_remove);
    keyButtons->addWidget(m_recoveryKey);
    keyButtons->addStretch(1);
    auto *approveRow = new QHBoxLayout;
    approveRow->addWidget(m_typedLabel);
    approveRow->addWidget(m_typed, 1);
    approveRow->addWidget(m_approve);
    auto *admin = new QVBoxLayout(m_admin);
    admin->addWidget(m_adminIntro);
    admin->addLayout(adminButtons);
    admin->addWidget(m_joinerList);
    admin->addWidget(m_joinerDetail);
    admin->addLayout(approveRow);
    admin->addLayout(keyButtons);
    auto *spaceRow = new QHBoxLayout;
    spaceRow->addWidget(m_spaceLabel);
    spaceRow->addWidget(m_spaceChoice, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(spaceRow);
    layout->addWidget(m_organisation);
    layout->addLayout(fingerprintRow);
    layout->addWidget(m_membersLabel);
    layout->addWidget(m_members, 1);
    layout->addWidget(m_admin);
    layout->addWidget(m_shared);
    layout->addWidget(m_status);
    layout->addWidget(m_error);

    connect(m_spaceChoice, &QComboBox::activated, this, &MembersPanel::spaceChosen);
    connect(m_shared, &SharedSpacesBox::spacesChanged, this, &MembersPanel::membershipChanged);
    connect(m_invite, &QPushButton::clicked, this, &MembersPanel::inviteChosen);
    connect(m_look, &QPushButton::clicked, this, &MembersPanel::lookForJoiners);
    connect(m_remove, &QPushButton::clicked, this, &MembersPanel::removeChosen);
    connect(m_recoveryKey, &QPushButton::clicked, this, &MembersPanel::recoveryKeyChosen);
    connect(m_joinerList, &QListWidget::currentRowChanged, this, &MembersPanel::joinerChosen);
    connect(m_typed, &QLineEdit::textChanged, this, &MembersPanel::typedFingerprintEdited);
    connect(m_typed, &QLineEdit::returnPressed, this, &MembersPanel::approveChosen);
    connect(m_approve, &QPushButton::clicked, this, &MembersPanel::approveChosen);
    retranslateUi();
    joinerChosen();
}

void MembersPanel::showOverview(const sync::SyncOverview &overview)
{
    m_overview = overview;
    if (!shownSpace()) { // a space no longer there
        m_spaceId.clear();
        forgetOutcome();
    }
    m_shared->showOverview(overview);
    showSpace();
}

const sync::SpaceInfo *MembersPanel::shownSpace() const
{
    for (const sync::SpaceInfo &s : m_overview.spaces) {
        if (m_spaceId.isEmpty() ? s.home : s.spaceId == m_spaceId)
            return &s;
    }
    return m_overview.space ? &*m_overview.space : nullptr;
}

void MembersPanel::spaceChosen()
{
    const int index = m_spaceChoice->currentIndex();
    if (index < 0 || m_spaceChoice->count() != m_overview.spaces.size())
        return;
    const sync::SpaceInfo &chosen = m_overview.spaces.at(index);
    const QString spaceId = chosen.home ? QString() : chosen.spaceId;
    if (spaceId == m_spaceId)
        return;
    m_spaceId = spaceId;
    forgetOutcome();
    showSpace();
}

// Joiners and the last outcome belong to the space they were asked of; a refresh of the same space
// (after a removal or an approval) keeps them, so the admin still reads what just happened.
void MembersPanel::forgetOutcome()
{
    m_joiners.clear();
    m_joinerList->clear();
    m_statusText = nullptr;
    m_status->clear();
}

void MembersPanel::showSpace()
{
    const sync::SpaceInfo *space = shownSpace();
    const bool admin = space && space->role == QLatin1String("admin");
    m_admin->setVisible(admin);
    // The recovery key and the shared spaces are the organisation's.
    m_recoveryKey->setVisible(space && space->home);
    retranslateUi();
}

void MembersPanel::fillSpaces()
{
    const bool several = m_overview.spaces.size() > 1;
    m_spaceLabel->setVisible(several);
    m_spaceChoice->setVisible(several);
    m_spaceChoice->clear();
    for (const sync::SpaceInfo &s : std::as_const(m_overview.spaces)) {
        m_spaceChoice->addItem(SyncStatusText::spaceChoice(s));
        if (s.home ? m_spaceId.isEmpty() : s.spaceId == m_spaceId)
            m_spaceChoice->setCurrentIndex(m_spaceChoice->count() - 1);
    }
}

void MembersPanel::fillMembers()
{
    m_members->setHorizontalHeaderLabels({tr("Laptop"), tr("Role"), tr("Fingerprint")});
    const sync::SpaceInfo *space = shownSpace();
    QVector<sync::SpaceMember> members;
    for (const sync::SpaceMember &m : m_overview.spaceMembers.value(space ? space->spaceId : QString())) {
        if (!m.removed)
            members.push_back(m);
    }
    m_members->setRowCount(int(members.size()));
    for (int i = 0; i < members.size(); ++i) {
        const sync::SpaceMember &m = members.at(i);
        QString name = m.label.isEmpty() ? tr("(no name)") : m.label;
        if (m.deviceId == m_overview.deviceId)
            name = tr("%1 (this laptop)").arg(name);
        m_members->setItem(i, 0, new QTableWidgetItem(name));
        m_members->setItem(i, 1, new QTableWidgetItem(SyncStatusText::role(m.role)));
        auto *fingerprint = new QTableWidgetItem(crypto::fingerprint(m.signKey + m.boxKey));
        fingerprint->setFont(monospace(font(), 1.0, false));
        m_members->setItem(i, 2, fingerprint);
    }
    m_members->resizeColumnsToContents();
}

// Admin steps talk to the server and may derive keys: off the GUI thread, one at a time, with
// the panel saying what it is doing. `done` runs on the GUI thread with the step's result.
sync::AdminFlow AdminStepContext::flow() const
{
    return sync::AdminFlow(db, transport, sync.clock(), sync.random());
}

template<class T>
void MembersPanel::runAdminStep(const QString &what, std::function<Result<T>(const AdminStepContext &)> step,
    std::function<void(const Result<T> &result)> done)
{
    if (m_busy || !shownSpace())
        return;
    setBusy(true, what);
    SyncController &sync = m_sync;
    const sync::SpaceInfo space = *shownSpace();
    sync.runStep<T>(
        this,
        [&sync, space, step = std::move(step)](store::Database &db) {
            const auto transport = sync.transportTo(space.serverUrl);
            return step(AdminStepContext {db, *transport, sync, space});
        },
        [this, done = std::move(done)](const Result<T> &result) {
            setBusy(false);
            showOrHide(m_error, result ? QString() : ErrorText::message(result.error()));
            done(result);
        });
}

void MembersPanel::inviteChosen()
{
    runAdminStep<sync::CreatedInvite>(
        tr("Making an invite…"), [](const AdminStepContext &c) { return c.flow().createInvite(c.space.spaceId); },
        [this](const Result<sync::CreatedInvite> &invite) {
            if (!invite)
                return;
            InviteDialog dialog(*invite, this);
            dialog.exec();
        });
}

void MembersPanel::lookForJoiners()
{
    runAdminStep<QVector<sync::Joiner>>(
        tr("Asking the server which laptops are waiting…"),
        [](const AdminStepContext &c) { return c.flow().pendingJoiners(c.space.spaceId); },
        [this](const Result<QVector<sync::Joiner>> &found) { joinersFound(found); });
}

void MembersPanel::joinersFound(const Result<QVector<sync::Joiner>> &found)
{
    if (!found)
        return;
    m_joiners = *found;
    m_joinerList->clear();
    for (const sync::Joiner &j : std::as_const(m_joiners))
        m_joinerList->addItem(j.label.isEmpty() ? tr("(no name)") : j.label);
    const int waiting = int(m_joiners.size());
    m_statusText = [waiting] {
        return waiting == 0 ? tr("No laptop is waiting for approval.")
                            : tr("%n laptop(s) waiting for approval.", nullptr, waiting);
    };
    m_status->setText(m_statusText());
    if (!m_joiners.isEmpty())
        m_joinerList->setCurrentRow(0);
    joinerChosen();
}

const sync::Joiner *MembersPanel::currentJoiner() const
{
    const int row = m_joinerList->currentRow();
    return row >= 0 && row < m_joiners.size() ? &m_joiners.at(row) : nullptr;
}

void MembersPanel::joinerChosen()
{
    m_typed->clear(); // typed for the previous one
    showJoiner();
}

void MembersPanel::showJoiner()
{
    const sync::Joiner *j = currentJoiner();
    m_joinerList->setVisible(!m_joiners.isEmpty());
    for (QWidget *w : {static_cast<QWidget *>(m_typedLabel), static_cast<QWidget *>(m_typed),
             static_cast<QWidget *>(m_approve), static_cast<QWidget *>(m_joinerDetail)})
        w->setVisible(j != nullptr);
    if (!j)
        return;
    if (!j->verified) {
        m_joinerDetail->setText(tr("<b>Do not approve %1.</b> Its keys do not match the invite it used: someone "
                                   "may have tampered with the request. Make a new invite.")
                                    .arg(j->label.toHtmlEscaped()));
    } else {
        m_joinerDetail->setText(tr("%1 asks to join. Ask them to read the fingerprint on their screen and type it "
                                   "here; approve only if it matches.")
                                    .arg(j->label.toHtmlEscaped()));
    }
    m_typed->setEnabled(j->verified);
    typedFingerprintEdited();
}

void MembersPanel::typedFingerprintEdited()
{
    const sync::Joiner *j = currentJoiner();
    m_approve->setEnabled(!m_busy && j && j->verified && sync::sameFingerprint(m_typed->text(), j->fingerprint));
}

void MembersPanel::approveChosen()
{
    const sync::Joiner *j = currentJoiner();
    if (!j || !j->verified || !sync::sameFingerprint(m_typed->text(), j->fingerprint))
        return;
    const sync::Joiner joiner = *j;
    runAdminStep<QString>(
        tr("Approving %1…").arg(joiner.label),
        [joiner](const AdminStepContext &c) { return c.flow().approve(c.space.spaceId, joiner); },
        [this, label = joiner.label, shared = !shownSpace()->home](const Result<QString> &approved) {
            if (!approved)
                return;
            m_statusText = [label, shared] {
                return shared
                    ? tr("%1 is approved. It receives the cases in this shared space at its next sync.").arg(label)
                    : tr("%1 is approved. It receives the organisation's cases at its next sync.").arg(label);
            };
            m_status->setText(m_statusText());
            const int row = m_joinerList->currentRow();
            m_joiners.removeAt(row);
            delete m_joinerList->takeItem(row);
            joinerChosen();
            emit membershipChanged();
        });
}

void MembersPanel::removeChosen()
{
    const sync::SpaceInfo *space = shownSpace();
    RemoveLaptopDialog dialog(
        m_overview.spaceMembers.value(space ? space->spaceId : QString()), m_overview.deviceId, this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenDevice().isEmpty())
        return;
    const QString device = dialog.chosenDevice();
    const QString label = dialog.chosenLabel();
    runAdminStep<sync::Removal>(
        tr("Removing %1 and sealing a new key for the others…").arg(label),
        [device](const AdminStepContext &c) {
            return sync::Revocation(c.db, c.transport, c.sync.random()).removeDevice(c.space.spaceId, device);
        },
        [this, label](const Result<sync::Removal> &removed) {
            if (!removed)
                return;
            m_statusText = [label] {
                return tr("%1 is removed. The server refuses it, and the other laptops move to the new key at "
                          "their next sync.")
                    .arg(label);
            };
            m_status->setText(m_statusText());
            emit membershipChanged();
        });
}

void MembersPanel::recoveryKeyChosen()
{
    const auto answer = QMessageBox::question(this, tr("Organisation recovery key"),
        tr("Make the organisation's recovery key now? Have a printer ready, or a safe place to write it down: it is "
           "shown only once."));
    if (answer != QMessageBox::Yes)
        return;
    runAdminStep<sync::OrgRecoverySheet>(
        tr("Making the organisation's recovery key…"),
        [](const AdminStepContext &c) {
            return sync::OrgRecovery(c.transport, c.sync.clock(), c.sync.random()).create(c.db, c.space.spaceId);
        },
        [this](const Result<sync::OrgRecoverySheet> &sheet) {
            if (!sheet)
                return;
            OrgRecoveryDialog dialog(*sheet, QDateTime::currentDateTime(), this);
            dialog.exec();
            emit membershipChanged();
        });
}

void MembersPanel::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    if (busy)
        m_statusText = nullptr;
    m_status->setText(what);
    m_invite->setEnabled(!busy);
    m_look->setEnabled(!busy);
    m_remove->setEnabled(!busy);
    m_recoveryKey->setEnabled(!busy);
    m_joinerList->setEnabled(!busy);
    typedFingerprintEdited();
}

void MembersPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void MembersPanel::retranslateUi()
{
    const sync::SpaceInfo *space = shownSpace();
    const bool shared = space && !space->home;
    if (space) {
        const QString role = SyncStatusText::role(space->role).toLower().toHtmlEscaped();
        m_organisation->setText(shared ? tr("<b>%1</b> · a space shared with another organisation · server %2 · "
                                            "this laptop is a %3 of it.")
                                             .arg(space->name.toHtmlEscaped(), space->serverUrl.toHtmlEscaped(), role)
                                       : tr("<b>%1</b> · server %2 · this laptop is a %3 of the organisation.")
                                             .arg(space->name.toHtmlEscaped(), space->serverUrl.toHtmlEscaped(), role));
    }
    m_spaceLabel->setText(tr("&Space:"));
    fillSpaces();
    m_ownFingerprintLabel->setText(tr("This laptop's fingerprint:"));
    m_ownFingerprint->setText(m_overview.fingerprint);
    m_membersLabel->setText(shared ? tr("Laptops in this shared space, of both organisations (as its admins "
                                        "signed them in):")
                                   : tr("Laptops in the organisation (as the admins signed them in):"));
    m_admin->setTitle(tr("Admin"));
    m_adminIntro->setText(shared ? tr("Invite the other organisation's caseworkers with a one-time code each. "
                                      "Their laptops then wait here until you approve them.")
                                 : tr("Invite a colleague with a one-time code. Their laptop then waits here until "
                                      "you approve it."));
    m_invite->setText(tr("&Invite a colleague…"));
    m_look->setText(tr("&Look for waiting laptops"));
    m_remove->setText(tr("&Remove a laptop…"));
    m_recoveryKey->setText(tr("Organisation recovery &key…"));
    m_typedLabel->setText(tr("&Fingerprint they read out:"));
    m_typed->setPlaceholderText(QStringLiteral("XXXX XXXX XXXX XXXX XXXX"));
    if (!m_busy && m_statusText)
        m_status->setText(m_statusText());
    m_approve->setText(tr("&Approve"));
    fillMembers();
    showJoiner();
}

} // namespace lintas::ui
