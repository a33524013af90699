#include "intake/IntakeConsentStep.h"

#include "common/OptionalDateEdit.h"
#include "repo/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace lintas::ui {

namespace {
// Enough of the directory to pick from without scrolling through every organisation.
constexpr int kOrganisationChoices = 200;
} // namespace

IntakeConsentStep::IntakeConsentStep(repo::Workspace &workspace, QDate today, QWidget *parent)
    : IntakeStep(parent),
      m_today(today),
      m_intro(new QLabel(this)),
      m_given(new QCheckBox(this)),
      m_details(new QWidget(this)),
      m_recipient(new QComboBox(m_details)),
      m_scope(new QLineEdit(m_details)),
      m_purpose(new QLineEdit(m_details)),
      m_method(new QComboBox(m_details)),
      m_givenOn(new OptionalDateEdit(m_details))
{
    setObjectName(QStringLiteral("intakeConsentStep"));
    m_intro->setWordWrap(true);
    m_given->setObjectName(QStringLiteral("consent_given"));
    m_recipient->setEditable(true);
    m_recipient->setInsertPolicy(QComboBox::NoInsert);
    if (auto organisations = workspace.organisations().list(QString(), kOrganisationChoices); organisations.ok()) {
        for (const domain::Organisation &o : *organisations)
            m_recipient->addItem(o.name);
    }
    m_recipient->setCurrentIndex(-1);
    m_method->setEditable(true);
    m_givenOn->setDefaultDate(today);
    auto *form = new QFormLayout(m_details);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addField(form, QStringLiteral("consent.recipient"), m_recipient);
    addField(form, QStringLiteral("consent.scope"), m_scope);
    addField(form, QStringLiteral("consent.purpose"), m_purpose);
    addField(form, QStringLiteral("consent.method"), m_method);
    addField(form, QStringLiteral("consent.given_on"), m_givenOn);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_given);
    layout->addWidget(m_details);
    layout->addStretch(1);
    setFocusProxy(m_given);
    connect(m_given, &QCheckBox::toggled, this, &IntakeConsentStep::givenToggled);
    connect(m_recipient, &QComboBox::currentTextChanged, this, &IntakeStep::changed);
    connect(m_method, &QComboBox::currentTextChanged, this, &IntakeStep::changed);
    connect(m_scope, &QLineEdit::textChanged, this, &IntakeStep::changed);
    connect(m_purpose, &QLineEdit::textChanged, this, &IntakeStep::changed);
    connect(m_givenOn, &OptionalDateEdit::dateChanged, this, &IntakeStep::changed);
    retranslateUi();
    givenToggled();
}

void IntakeConsentStep::givenToggled()
{
    m_details->setEnabled(m_given->isChecked());
    if (m_given->isChecked() && !m_givenOn->date().isValid())
        m_givenOn->setDate(m_today);
    emit changed();
}

void IntakeConsentStep::load(const domain::IntakeDraft &draft)
{
    m_given->setChecked(draft.consentGiven);
    m_recipient->setEditText(draft.consentRecipient);
    m_scope->setText(draft.consentScope);
    m_purpose->setText(draft.consentPurpose);
    m_method->setEditText(draft.consentMethod);
    m_givenOn->setDate(draft.consentGivenOn);
    givenToggled();
}

void IntakeConsentStep::store(domain::IntakeDraft &draft) const
{
    draft.consentGiven = m_given->isChecked();
    draft.consentRecipient = m_recipient->currentText().trimmed();
    draft.consentScope = m_scope->text().trimmed();
    draft.consentPurpose = m_purpose->text().trimmed();
    draft.consentMethod = m_method->currentText().trimmed();
    draft.consentGivenOn = m_givenOn->date();
}

QString IntakeConsentStep::title() const
{
    return tr("Consent");
}

void IntakeConsentStep::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    IntakeStep::changeEvent(event);
}

void IntakeConsentStep::retranslateUi()
{
    m_intro->setText(tr("Explain to her who would see her story and why. Record her consent only if she gives it; "
                        "she can withdraw it at any time. Without it, nothing about her is shared."));
    m_given->setText(tr("She &agrees that her case may be shared"));
    setLabel(QStringLiteral("consent.recipient"), tr("With whom"));
    setLabel(QStringLiteral("consent.scope"), tr("What may be shared"));
    setLabel(QStringLiteral("consent.purpose"), tr("What for"));
    setLabel(QStringLiteral("consent.method"), tr("How she agreed"));
    setLabel(QStringLiteral("consent.given_on"), tr("When"));
    m_scope->setPlaceholderText(tr("e.g. case summary and contact details"));
    m_purpose->setPlaceholderText(tr("e.g. to claim her wages at the Labour Department"));
    const QString method = m_method->currentText();
    m_method->clear();
    m_method->addItems({tr("Spoken"), tr("Signed"), tr("Thumbprint"), tr("By message (WhatsApp)")});
    m_method->setEditText(method);
    m_givenOn->setText(tr("Date"));
}

} // namespace lintas::ui
