#include "clients/ConsentForm.h"

#include "common/FieldError.h"
#include "common/LabelStyles.h"
#include "repo/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace lintas::ui {

namespace {

// Enough of the directory to pick from; anyone else is typed.
constexpr int kOrganisationChoices = 500;

} // namespace

ConsentForm::ConsentForm(repo::Workspace &workspace, QString recordedBy, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_recordedBy(std::move(recordedBy)),
      m_recipient(new QComboBox(this)),
      m_scope(new QLineEdit(this)),
      m_purpose(new QLineEdit(this)),
      m_method(new QComboBox(this)),
      m_givenOn(new QDateEdit(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("consentForm"));
    m_recipient->setObjectName(QStringLiteral("consentRecipient"));
    m_recipient->setEditable(true);
    m_recipient->setInsertPolicy(QComboBox::NoInsert);
    m_recipient->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_recipient->setMinimumContentsLength(40);
    m_scope->setObjectName(QStringLiteral("consentScope"));
    m_purpose->setObjectName(QStringLiteral("consentPurpose"));
    m_method->setObjectName(QStringLiteral("consentMethod"));
    m_method->setEditable(true);
    m_method->setInsertPolicy(QComboBox::NoInsert);
    m_givenOn->setObjectName(QStringLiteral("consentGivenOn"));
    m_givenOn->setCalendarPopup(true);
    m_givenOn->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_error->setObjectName(QStringLiteral("consentError"));
    m_error->setWordWrap(true);
    styleAsFieldError(m_error);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto addRow = [this, form](const char *field, QWidget *editor) {
        auto *label = new QLabel(this);
        label->setBuddy(editor);
        m_labels.insert(QString::fromLatin1(field), label);
        form->addRow(label, editor);
    };
    addRow("recipient", m_recipient);
    addRow("scope", m_scope);
    addRow("purpose", m_purpose);
    addRow("method", m_method);
    addRow("given_on", m_givenOn);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_error);
    retranslateUi();
}

void ConsentForm::start(const QString &clientId)
{
    m_clientId = clientId;
    // The directory as it is now: organisations may have been added since the form was made.
    m_recipient->clear();
    if (auto organisations = m_workspace.organisations().list(QString(), kOrganisationChoices); organisations.ok()) {
        for (const domain::Organisation &o : *organisations)
            m_recipient->addItem(o.name, o.id);
    }
    m_recipient->setCurrentIndex(-1);
    m_recipient->setEditText(QString());
    m_scope->clear();
    m_purpose->clear();
    m_method->setCurrentIndex(0);
    m_givenOn->setDate(QDateTime::fromMSecsSinceEpoch(m_workspace.clock().nowMs()).date());
    showOrHide(m_error, QString());
}

void ConsentForm::setOrganisation(const QString &organisationId)
{
    const int index = m_recipient->findData(organisationId);
    if (index >= 0)
        m_recipient->setCurrentIndex(index);
}

bool ConsentForm::hasUnsavedText() const
{
    return !m_recipient->currentText().trimmed().isEmpty() || !m_scope->text().trimmed().isEmpty()
        || !m_purpose->text().trimmed().isEmpty();
}

std::optional<domain::Consent> ConsentForm::record()
{
    domain::Consent consent;
    consent.clientId = m_clientId;
    consent.recipient = m_recipient->currentText().trimmed();
    // The directory link only while the text is still the organisation's name as picked.
    const int picked = m_recipient->findText(consent.recipient);
    if (picked >= 0)
        consent.organisationId = m_recipient->itemData(picked).toString();
    consent.scope = m_scope->text().trimmed();
    consent.purpose = m_purpose->text().trimmed();
    consent.method = m_method->currentText().trimmed();
    consent.givenOn = m_givenOn->date();
    consent.recordedBy = m_recordedBy;
    auto created = m_workspace.consents().create(consent);
    if (!created.ok()) {
        showError(created.error());
        return std::nullopt;
    }
    showOrHide(m_error, QString());
    return *created;
}

void ConsentForm::showError(const Error &error)
{
    showFieldError(m_error, error, m_labels);
}

void ConsentForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConsentForm::retranslateUi()
{
    const QHash<QString, QString> labels {
        {QStringLiteral("recipient"), tr("Shared &with")},
        {QStringLiteral("scope"), tr("What may be s&hared")},
        {QStringLiteral("purpose"), tr("What &for")},
        {QStringLiteral("method"), tr("How she a&greed")},
        {QStringLiteral("given_on"), tr("Given &on")},
    };
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        QLabel *label = m_labels.value(it.key());
        label->setText(it.value());
        label->buddy()->setAccessibleName(QString(it.value()).remove(QLatin1Char('&')));
    }
    m_recipient->lineEdit()->setPlaceholderText(tr("An organisation from the directory, or type a name"));
    m_scope->setPlaceholderText(tr("e.g. case summary and contact details"));
    m_purpose->setPlaceholderText(tr("e.g. to claim her wages at the Labour Department"));
    // The method is stored as words, in the language it was recorded in; keep what is typed.
    const QString typed = m_method->currentText();
    const bool wasDefault = m_method->currentIndex() == 0 || typed.isEmpty();
    m_method->clear();
    m_method->addItems({tr("Spoken"), tr("Signed"), tr("Thumbprint"), tr("By message (WhatsApp)")});
    if (wasDefault)
        m_method->setCurrentIndex(0);
    else
        m_method->setEditText(typed);
    m_givenOn->setLocale(QLocale());
}

} // namespace lintas::ui
