#include "referrals/CaseReferralsPanel.h"

#include "common/ErrorText.h"
#include "common/LabelStyles.h"
#include "repo/Workspace.h"

#include <QDateTime>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>

// The referrals panel's consent override: an admin sends a referral without a recorded consent
// and writes why (core allows it only for an admin, rule override_needs_admin).

namespace lintas::ui {

bool CaseReferralsPanel::sendWithoutConsent()
{
    QString reason;
    for (;;) {
        bool ok = false;
        reason = QInputDialog::getMultiLineText(this, tr("Send without her consent"),
            tr("Why must this referral go without the client's recorded consent? Your name and this reason are "
               "kept with the referral and printed on the hand-over record."),
            reason, &ok)
                     .trimmed();
        if (!ok)
            return false;
        if (!reason.isEmpty())
            return sendWithoutConsentBecause(reason);
    }
}

bool CaseReferralsPanel::sendWithoutConsentBecause(const QString &reason)
{
    if (m_caseId.isEmpty())
        return false;
    domain::Referral referral = edited();
    referral.consentOverride = reason.trimmed();
    referral.overrideBy = m_author;
    if (referral.status == QLatin1String("draft")) {
        referral.status = QStringLiteral("sent");
        if (!referral.sentOn.isValid())
            referral.sentOn = QDateTime::fromMSecsSinceEpoch(m_workspace.clock().nowMs()).date();
    }
    QString savedId = referral.id;
    Status saved;
    if (referral.id.isEmpty()) {
        auto created = m_workspace.referrals().create(referral);
        saved = created.ok() ? Status() : Status(created.error());
        if (created.ok())
            savedId = created->id;
    } else {
        auto updated = m_workspace.referrals().update(referral);
        saved = updated.ok() ? Status() : Status(updated.error());
    }
    if (!saved.ok()) {
        showError(saved.error());
        return false;
    }
    reloadKeeping(savedId);
    emit referralsChanged();
    return true;
}

void CaseReferralsPanel::showOverride()
{
    if (m_shown.consentOverride.isEmpty()) {
        showOrHide(m_override, QString());
        return;
    }
    const QString who = m_shown.overrideBy.isEmpty() ? tr("an admin") : m_shown.overrideBy;
    showOrHide(m_override, tr("Sent without her recorded consent, by %1: %2").arg(who, m_shown.consentOverride));
}

} // namespace lintas::ui
