#include "referrals/CaseReferralsPanel.h"

#include "common/CodeCombo.h"
#include "common/Formats.h"
#include "common/KeptDialogInput.h"
#include "common/LabelStyles.h"
#include "common/OptionalDateEdit.h"
#include "referrals/OrganisationPicker.h"
#include "referrals/ReferralModel.h"
#include "repo/Workspace.h"

#include <QComboBox>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>

// The referral form of the panel: a referral shown and read back, the consents it may name, and
// what it fills in for the user when an organisation or a status is chosen.

namespace lintas::ui {

namespace {

// Where the consent dialog's input is kept at lock, one key per referral of the case.
QString consentPrefix(const QString &caseId)
{
    return QStringLiteral("case/%1/referral-consent/").arg(caseId);
}

bool isAnswer(const QString &status)
{
    return status == QLatin1String("accepted") || status == QLatin1String("rejected")
        || status == QLatin1String("done");
}

} // namespace

void CaseReferralsPanel::showReferral(const domain::Referral &referral)
{
    const QScopedValueRollback<bool> quiet(m_loading, true);
    m_shown = referral;
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_workspace.clock().nowMs()).date();
    m_organisation->setOrganisationId(referral.organisationId);
    m_reason->setText(referral.reason);
    reloadConsents(referral.consentId);
    m_status->setCode(referral.status);
    for (OptionalDateEdit *edit : {m_sentOn, m_respondedOn})
        edit->setDefaultDate(today);
    m_sentOn->setDate(referral.sentOn);
    m_respondedOn->setDate(referral.respondedOn);
    m_feedback->setPlainText(referral.feedback);
    showOrHide(m_error, QString());
    m_formTitle->setText(referral.id.isEmpty()
            ? tr("New referral")
            : tr("Referral to %1").arg(m_model->organisationName(referral.organisationId)));
    showKeptConsentNotice();
    updateHandoffButtons();
    showOverride();
}

QString CaseReferralsPanel::consentKey(const QString &referralId) const
{
    return consentPrefix(m_caseId) + (referralId.isEmpty() ? QStringLiteral("new") : referralId);
}

bool CaseReferralsPanel::showKeptConsent()
{
    if (m_caseId.isEmpty())
        return false;
    const QString prefix = consentPrefix(m_caseId);
    const QStringList keys = KeptDialogInput::keptKeys(m_workspace, prefix);
    if (keys.isEmpty())
        return false;
    if (!keys.contains(consentKey(m_shown.id)) && !hasUnsavedText()) {
        // Typed for a stored referral: that one is shown, as when the dialog was opened.
        for (const QString &key : keys) {
            const QString referralId = key.mid(prefix.size());
            if (referralId != QLatin1String("new") && selectReferral(referralId))
                break;
        }
    }
    showKeptConsentNotice();
    return true;
}

void CaseReferralsPanel::showKeptConsentNotice()
{
    showOrHide(m_keptConsent,
        !m_caseId.isEmpty() && KeptDialogInput::isKept(m_workspace, consentKey(m_shown.id))
            ? tr("Her consent you were recording when Lintas locked is kept. Choose “Record her consent…” to "
                 "carry on.")
            : QString());
}

domain::Referral CaseReferralsPanel::edited() const
{
    domain::Referral r = m_shown;
    r.caseId = m_caseId;
    r.organisationId = m_organisation->organisationId();
    r.reason = m_reason->text().trimmed();
    r.consentId = m_consent->currentData().toString();
    r.status = m_status->code();
    r.sentOn = m_sentOn->date();
    r.respondedOn = m_respondedOn->date();
    r.feedback = m_feedback->toPlainText().trimmed();
    return r;
}

// Her consents in force, plus the one the referral already names even if withdrawn since (the
// record shows what allowed it then).
void CaseReferralsPanel::reloadConsents(const QString &keep)
{
    const QSignalBlocker quiet(m_consent);
    m_consent->clear();
    m_consent->addItem(tr("No consent chosen"), QString());
    int inForce = 0;
    if (!m_clientId.isEmpty()) {
        if (auto consents = m_workspace.consents().forClient(m_clientId); consents.ok()) {
            for (const domain::Consent &c : *consents) {
                const bool withdrawn = c.withdrawnOn.isValid();
                if (withdrawn && c.id != keep)
                    continue;
                inForce += withdrawn ? 0 : 1;
                QString text = tr("%1 — given %2").arg(c.recipient, formats::date(c.givenOn));
                if (!c.scope.isEmpty())
                    text += QStringLiteral(" (%1)").arg(c.scope);
                if (withdrawn)
                    text += QLatin1Char(' ') + tr("[withdrawn %1]").arg(formats::date(c.withdrawnOn));
                m_consent->addItem(text, c.id);
                m_consent->setItemData(m_consent->count() - 1, c.organisationId, Qt::UserRole + 1);
            }
        }
    }
    const int kept = m_consent->findData(keep);
    m_consent->setCurrentIndex(kept >= 0 ? kept : 0);
    showOrHide(m_noConsent,
        inForce == 0 ? tr("She has not given consent to share her case with anyone. A referral can be kept as a "
                          "draft, but it cannot be sent until her consent is recorded.")
                     : QString());
    // Only where there is no consent, and only for an admin (core says who is one).
    const auto admin = m_workspace.referrals().mayOverrideConsent();
    m_withoutConsent->setVisible(
        inForce == 0 && !m_clientId.isEmpty() && admin.ok() && *admin && m_shown.consentOverride.isEmpty());
}

void CaseReferralsPanel::organisationPicked()
{
    if (m_loading || !m_consent->currentData().toString().isEmpty())
        return;
    // Her consent to share with this very organisation, when she gave one.
    for (int i = 1; i < m_consent->count(); ++i) {
        if (m_consent->itemData(i, Qt::UserRole + 1).toString() == m_organisation->organisationId()) {
            m_consent->setCurrentIndex(i);
            return;
        }
    }
}

void CaseReferralsPanel::statusChosen()
{
    if (m_loading)
        return;
    // The date a status is set is nearly always today; filled in so it is not forgotten.
    const QString status = m_status->code();
    if (status == QLatin1String("sent") && !m_sentOn->date().isValid())
        m_sentOn->setDate(QDateTime::fromMSecsSinceEpoch(m_workspace.clock().nowMs()).date());
    if (isAnswer(status) && !m_respondedOn->date().isValid())
        m_respondedOn->setDate(QDateTime::fromMSecsSinceEpoch(m_workspace.clock().nowMs()).date());
}

} // namespace lintas::ui
