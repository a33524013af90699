#include "casework/ClaimsTab.h"

#include "casework/ClaimModel.h"
#include "common/CodeCombo.h"
#include "common/ErrorText.h"
#include "common/Formats.h"
#include "common/LabelStyles.h"
#include "common/OptionalDateEdit.h"
#include "domain/CodeLists.h"
#include "i18n/LanguageManager.h"
#include "repo/Workspace.h"

#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>

// What the claims tab writes: a claim saved or removed, a payment recorded against it, and the
// message next to the form when the amounts cannot be read or the repository says no.

namespace lintas::ui {

bool ClaimsTab::readAmount(QLineEdit *edit, const QString &currency, std::optional<qint64> &out)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        out.reset();
        return true;
    }
    const qint64 value = formats::parseMoney(text, currency);
    if (value < 0) {
        const int exponent = domain::currencyExponent(currency);
        const QString example = formats::amountInput(exponent > 0 ? 510050 : 5100000, currency);
        QString name;
        for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it) {
            if (it.value()->buddy() == edit)
                name = it.value()->text().remove(QLatin1Char('&'));
        }
        showError(exponent > 0
                ? tr("%1: write an amount in %2 such as %3.").arg(name, currency, example)
                : tr("%1: write an amount in %2 such as %3, without decimals.").arg(name, currency, example),
            edit);
        return false;
    }
    out = value;
    return true;
}

bool ClaimsTab::saveClaim()
{
    domain::Claim claim;
    if (const domain::Claim *shown = m_model->claimAt(m_model->rowOf(m_editing)))
        claim = *shown;
    claim.caseId = m_case.id;
    claim.claimType = m_type->code();
    claim.forum = m_forum->code();
    claim.currency = m_currency->code();
    if (!readAmount(m_claimed, claim.currency, claim.amountClaimed)
        || !readAmount(m_offered, claim.currency, claim.amountOffered)
        || !readAmount(m_awarded, claim.currency, claim.amountAwarded))
        return false;
    claim.filedOn = m_filedOn->date();
    claim.decidedOn = m_decidedOn->date();
    claim.notes = m_notes->text().trimmed();
    QString id = claim.id;
    if (id.isEmpty()) {
        auto created = m_workspace.claims().create(claim);
        if (!created.ok()) {
            showRepositoryError(created.error());
            return false;
        }
        id = created->id;
    } else if (auto updated = m_workspace.claims().update(claim); !updated.ok()) {
        showRepositoryError(updated.error());
        return false;
    }
    reloadKeeping(id);
    emit claimsChanged();
    return true;
}

bool ClaimsTab::recordPayment()
{
    const domain::Claim *claim = m_model->claimAt(m_model->rowOf(m_editing));
    if (!claim) {
        showError(tr("Save the claim first, then record what was paid against it."), m_claimed);
        return false;
    }
    std::optional<qint64> amount;
    if (!readAmount(m_paymentAmount, claim->currency, amount))
        return false;
    domain::ClaimPayment payment;
    payment.claimId = claim->id;
    payment.amount = amount.value_or(0);
    payment.paidOn = m_paymentDate->date();
    payment.note = m_paymentNote->text().trimmed();
    const QString claimId = claim->id;
    auto added = m_workspace.claims().addPayment(payment);
    if (!added.ok()) {
        showRepositoryError(added.error());
        m_paymentAmount->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_paymentAmount->clear();
    m_paymentNote->clear();
    reloadKeeping(claimId);
    emit claimsChanged();
    return true;
}

void ClaimsTab::removeClaim()
{
    const domain::Claim *claim = m_model->claimAt(m_model->rowOf(m_editing));
    if (!claim)
        return;
    const auto answer = QMessageBox::question(this, tr("Remove claim"),
        tr("Remove the claim \"%1\" and its payments from this case?")
            .arg(domain::claimTypes().label(claim->claimType, LanguageManager::codeListLanguage())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (Status removed = m_workspace.claims().remove(claim->id); !removed.ok()) {
        showRepositoryError(removed.error());
        return;
    }
    reloadKeeping({});
    emit claimsChanged();
}

void ClaimsTab::reloadKeeping(const QString &claimId)
{
    m_model->reload();
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ClaimModel::Type, QHeaderView::Stretch);
    showTotals();
    const int row = m_model->rowOf(claimId);
    if (row < 0)
        return newClaim();
    m_table->selectRow(row);
    showClaim(claimId);
}

void ClaimsTab::showError(const QString &message, QWidget *focus)
{
    showOrHide(m_error, message);
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
}

void ClaimsTab::showRepositoryError(const Error &error)
{
    if (error.field == QLatin1String("decided_on") || error.field == QLatin1String("filed_on")) {
        OptionalDateEdit *date = error.field == QLatin1String("decided_on") ? m_decidedOn : m_filedOn;
        showError(ErrorText::fieldMessage(
                      error, error.field == QLatin1String("decided_on") ? tr("Decided on") : tr("Filed on")),
            date);
        return;
    }
    QLabel *label = m_labels.value(error.field);
    showError(ErrorText::fieldMessage(error, label ? label->text().remove(QLatin1Char('&')) : error.field),
        label ? label->buddy() : nullptr);
}

} // namespace lintas::ui
