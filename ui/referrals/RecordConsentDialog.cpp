#include "referrals/RecordConsentDialog.h"

#include "clients/ConsentForm.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lintas::ui {

RecordConsentDialog::RecordConsentDialog(repo::Workspace &workspace, const QString &clientId,
    const QString &organisationId, QString recordedBy, QWidget *parent)
    : QDialog(parent), m_form(new ConsentForm(workspace, std::move(recordedBy), this))
{
    setObjectName(QStringLiteral("recordConsentDialog"));
    setWindowTitle(tr("Record her consent"));
    auto *intro = new QLabel(
        tr("Explain to her who would see her story and why. Record her consent only if she gives it."), this);
    intro->setWordWrap(true);
    m_form->start(clientId);
    m_form->setOrganisation(organisationId);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record consent"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("recordConsentOk"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordConsentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordConsentDialog::reject);
    resize(560, sizeHint().height());
}

void RecordConsentDialog::accept()
{
    // A refused consent keeps the dialog open with the message and what was typed.
    if (const std::optional<domain::Consent> consent = m_form->record()) {
        m_recorded = *consent;
        QDialog::accept();
    }
}

} // namespace lintas::ui
