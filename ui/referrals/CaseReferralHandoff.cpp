#include "referrals/CaseReferralsPanel.h"

#include "common/ErrorText.h"
#include "common/LabelStyles.h"
#include "handoff/HandoffFiles.h"
#include "handoff/HandoffSendDialog.h"
#include "handoff/HandoffSender.h"
#include "print/HandOffDialog.h"
#include "referrals/ReferralModel.h"
#include "referrals/SpaceHandoffDialog.h"
#include "repo/Workspace.h"
#include "sync/SyncSpaces.h"

#include <QLabel>
#include <QPushButton>

// The referrals panel's hand-off files: a referral sent as a locked file to the organisation, and
// the recipient's answer read back into it.

namespace lintas::ui {

void CaseReferralsPanel::updateHandoffButtons()
{
    m_handOff->setEnabled(!m_caseId.isEmpty());
    m_handOverShared->setEnabled(!m_caseId.isEmpty());
    m_readReply->setEnabled(!m_caseId.isEmpty());
}

void CaseReferralsPanel::handOffAsFile()
{
    if (m_caseId.isEmpty())
        return;
    // The packet carries the referral as stored, and marks it sent: what is typed is saved first.
    if ((m_shown.id.isEmpty() || hasUnsavedText()) && !saveReferral())
        return;
    const domain::Referral referral = m_shown;
    HandoffSendDialog dialog(
        m_workspace, m_caseId, referral.id, m_author, m_model->organisationName(referral.organisationId), this);
    dialog.exec();
    if (dialog.saved()) {
        reloadKeeping(referral.id);
        emit referralsChanged();
    }
}

void CaseReferralsPanel::handOverInSharedSpace()
{
    if (m_caseId.isEmpty())
        return;
    if ((m_shown.id.isEmpty() || hasUnsavedText()) && !saveReferral())
        return;
    const domain::Referral referral = m_shown;
    QVector<sync::SpaceInfo> shared;
    if (const auto all = sync::SyncSpaces(m_workspace.database()).all()) {
        for (const sync::SpaceInfo &s : *all)
            if (!s.home)
                shared.push_back(s);
    }
    SpaceHandoffDialog dialog(m_workspace, referral, shared, this);
    connect(&dialog, &SpaceHandoffDialog::printRecordRequested, this, [this, referral, &dialog] {
        HandOffDialog record(m_workspace, referral.caseId, m_author, &dialog);
        record.exec();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    showOrHide(m_handoffNote,
        tr("The case is handed over. It reaches %1 at the next sync; their answer shows in this referral.")
            .arg(m_model->organisationName(referral.organisationId)));
    reloadKeeping(referral.id);
    emit referralsChanged();
}

void CaseReferralsPanel::readReplyFile()
{
    const QString path = handofffiles::chooseToOpen(this, tr("Read the reply to a hand-off"));
    if (!path.isEmpty())
        readReplyFrom(path);
}

bool CaseReferralsPanel::readReplyFrom(const QString &path)
{
    auto bytes = handofffiles::read(path);
    auto me = bytes.ok() ? HandoffMe::load(m_workspace, m_author) : Result<HandoffMe>(bytes.error());
    if (!me.ok()) {
        showOrHide(m_handoffNote, ErrorText::message(me.error()));
        return false;
    }
    handoff::HandoffSender sender(m_workspace, me->identity, m_author);
    auto outcome = sender.importReply(*bytes);
    if (!outcome.ok()) {
        showOrHide(m_handoffNote, ErrorText::message(outcome.error()));
        return false;
    }
    const QString who = outcome->from.name.isEmpty() ? outcome->from.fingerprint() : outcome->from.name;
    QString text = outcome->decision == QLatin1String("accepted")
        ? tr("%1 accepted the case.").arg(who)
        : tr("%1 declined the case: %2").arg(who, outcome->reason);
    if (outcome->alreadyRecorded)
        text += QLatin1Char(' ') + tr("(This answer was read in before.)");
    showOrHide(m_handoffNote, text);
    if (outcome->caseId == m_caseId && !outcome->referralId.isEmpty())
        reloadKeeping(outcome->referralId);
    else
        m_model->reload();
    emit referralsChanged();
    return true;
}

} // namespace lintas::ui
