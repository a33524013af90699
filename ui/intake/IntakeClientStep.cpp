#include "intake/IntakeClientStep.h"

#include "common/CodeCombo.h"
#include "common/LabelStyles.h"
#include "common/ListWidgets.h"
#include "common/OptionalDateEdit.h"
#include "domain/CodeLists.h"
#include "intake/DuplicateWarning.h"
#include "repo/Workspace.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace lintas::ui {

IntakeClientStep::IntakeClientStep(repo::Workspace &workspace, QWidget *parent)
    : IntakeStep(parent),
      m_workspace(workspace),
      m_duplicates(new DuplicateWarning(this)),
      m_duplicateDelay(new QTimer(this)),
      m_existing(new QLabel(this)),
      m_newInstead(new QPushButton(this)),
      m_fields(new QWidget(this)),
      m_name(new QLineEdit(m_fields)),
      m_aliases(new QLineEdit(m_fields)),
      m_gender(new CodeCombo(domain::genders(), m_fields)),
      m_birthDate(new OptionalDateEdit(m_fields)),
      m_nik(new QLineEdit(m_fields)),
      m_passport(new QLineEdit(m_fields)),
      m_phones(new QLineEdit(m_fields)),
      m_province(new QLineEdit(m_fields)),
      m_regency(new QLineEdit(m_fields)),
      m_district(new QLineEdit(m_fields)),
      m_village(new QLineEdit(m_fields)),
      m_address(new QPlainTextEdit(m_fields)),
      m_country(new CodeCombo(domain::jurisdictions(), m_fields)),
      m_city(new QLineEdit(m_fields)),
      m_status(new CodeCombo(domain::clientStatuses(), m_fields)),
      m_kinName(new QLineEdit(m_fields)),
      m_kinRelation(new QLineEdit(m_fields)),
      m_kinPhone(new QLineEdit(m_fields)),
      m_language(new QLineEdit(m_fields))
{
    setObjectName(QStringLiteral("intakeClientStep"));
    m_existing->setObjectName(QStringLiteral("intakeExistingClient"));
    m_existing->setWordWrap(true);
    styleAsWarningBanner(m_existing);
    m_newInstead->setObjectName(QStringLiteral("intakeNewClientInstead"));
    m_newInstead->hide();
    // Digits only; the repository checks the length, so a half-typed number is not lost.
    m_nik->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,16}")), m_nik));
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(m_address->fontMetrics().lineSpacing() * 4);

    auto *columns = new QHBoxLayout(m_fields);
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    for (QFormLayout *form : {left, right}) {
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        auto *column = new QVBoxLayout;
        column->addLayout(form);
        column->addStretch(1);
        columns->addLayout(column, 1);
    }
    addField(left, QStringLiteral("client.full_name"), m_name);
    addField(left, QStringLiteral("client.aliases"), m_aliases);
    addField(left, QStringLiteral("client.gender"), m_gender);
    addField(left, QStringLiteral("client.birth_date"), m_birthDate);
    addField(left, QStringLiteral("client.nik"), m_nik);
    addField(left, QStringLiteral("client.passport_no"), m_passport);
    addField(left, QStringLiteral("phones.number"), m_phones);
    addField(left, QStringLiteral("client.status"), m_status);
    addField(left, QStringLiteral("client.preferred_language"), m_language);
    addField(right, QStringLiteral("client.province"), m_province);
    addField(right, QStringLiteral("client.regency"), m_regency);
    addField(right, QStringLiteral("client.district"), m_district);
    addField(right, QStringLiteral("client.village"), m_village);
    addField(right, QStringLiteral("client.address"), m_address);
    addField(right, QStringLiteral("client.current_country"), m_country);
    addField(right, QStringLiteral("client.current_city"), m_city);
    addField(right, QStringLiteral("client.next_of_kin_name"), m_kinName);
    addField(right, QStringLiteral("client.next_of_kin_relation"), m_kinRelation);
    addField(right, QStringLiteral("client.next_of_kin_phone"), m_kinPhone);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_fields);
    auto *existingRow = new QHBoxLayout;
    existingRow->addWidget(m_existing, 1);
    existingRow->addWidget(m_newInstead);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(existingRow);
    layout->addWidget(m_duplicates);
    layout->addWidget(scroll, 1);
    setFocusProxy(m_name);

    for (QLineEdit *edit : m_fields->findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, &IntakeStep::changed);
    connect(m_address, &QPlainTextEdit::textChanged, this, &IntakeStep::changed);
    connect(m_birthDate, &OptionalDateEdit::dateChanged, this, &IntakeStep::changed);
    for (CodeCombo *combo : {m_gender, m_country, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &IntakeStep::changed);
    connect(m_newInstead, &QPushButton::clicked, this, [this] { useExistingClient({}); });
    // Long enough not to query per key press; the check itself takes about 10 ms on 50,000 clients.
    m_duplicateDelay->setSingleShot(true);
    m_duplicateDelay->setInterval(400);
    for (QLineEdit *edit : {m_name, m_aliases, m_nik, m_passport, m_phones})
        connect(edit, &QLineEdit::textChanged, m_duplicateDelay, qOverload<>(&QTimer::start));
    connect(m_birthDate, &OptionalDateEdit::dateChanged, m_duplicateDelay, qOverload<>(&QTimer::start));
    connect(m_duplicateDelay, &QTimer::timeout, this, &IntakeClientStep::checkDuplicates);
    connect(m_duplicates, &DuplicateWarning::clientChosen, this, &IntakeClientStep::useExistingClient);
    retranslateUi();
    showExisting();
}

void IntakeClientStep::load(const domain::IntakeDraft &draft)
{
    const domain::Client &c = draft.client;
    m_name->setText(c.fullName);
    m_aliases->setText(c.aliases.join(QStringLiteral(", ")));
    m_gender->setCode(c.gender.isEmpty() ? QStringLiteral("female") : c.gender);
    m_birthDate->setDate(c.birthDate);
    m_nik->setText(c.nik);
    m_passport->setText(c.passportNo);
    m_phones->setText(draft.phones.join(QStringLiteral(", ")));
    m_province->setText(c.province);
    m_regency->setText(c.regency);
    m_district->setText(c.district);
    m_village->setText(c.village);
    m_address->setPlainText(c.address);
    m_country->setCode(c.currentCountry);
    m_city->setText(c.currentCity);
    m_status->setCode(c.status.isEmpty() ? QStringLiteral("abroad") : c.status);
    m_kinName->setText(c.nextOfKinName);
    m_kinRelation->setText(c.nextOfKinRelation);
    m_kinPhone->setText(c.nextOfKinPhone);
    m_language->setText(c.preferredLanguage);
    m_existingId = draft.existingClientId;
    showExisting();
    checkDuplicates();
}

void IntakeClientStep::store(domain::IntakeDraft &draft) const
{
    domain::Client &c = draft.client;
    c.fullName = m_name->text().simplified();
    c.aliases = splitCommaList(m_aliases->text());
    c.gender = m_gender->code();
    c.birthDate = m_birthDate->date();
    c.nik = m_nik->text().trimmed();
    c.passportNo = m_passport->text().trimmed().toUpper();
    draft.phones = splitCommaList(m_phones->text());
    c.province = m_province->text().trimmed();
    c.regency = m_regency->text().trimmed();
    c.district = m_district->text().trimmed();
    c.village = m_village->text().trimmed();
    c.address = m_address->toPlainText().trimmed();
    c.currentCountry = m_country->code();
    c.currentCity = m_city->text().trimmed();
    c.status = m_status->code();
    c.nextOfKinName = m_kinName->text().trimmed();
    c.nextOfKinRelation = m_kinRelation->text().trimmed();
    c.nextOfKinPhone = m_kinPhone->text().trimmed();
    c.preferredLanguage = m_language->text().trimmed();
    draft.existingClientId = m_existingId;
}

void IntakeClientStep::checkDuplicates()
{
    m_duplicateDelay->stop();
    if (!m_existingId.isEmpty()) {
        m_duplicates->setMatches({});
        return;
    }
    domain::IntakeDraft typed;
    store(typed);
    const bool anything = !typed.client.fullName.isEmpty() || !typed.client.nik.isEmpty()
        || !typed.client.passportNo.isEmpty() || !typed.phones.isEmpty();
    auto matches = anything ? m_workspace.clients().findLikelyDuplicates(typed.client, typed.phones, 5)
                            : Result<QVector<domain::ClientMatch>>(QVector<domain::ClientMatch> {});
    // A failed look-up only means no warning: registering her must still work.
    m_duplicates->setMatches(matches.ok() ? *matches : QVector<domain::ClientMatch> {});
}

void IntakeClientStep::useExistingClient(const QString &clientId)
{
    m_existingId = clientId;
    showExisting();
    checkDuplicates();
    emit changed();
}

void IntakeClientStep::showExisting()
{
    QString text;
    if (!m_existingId.isEmpty()) {
        auto client = m_workspace.clients().get(m_existingId);
        text = tr("This case is for %1, who is already in Lintas. Her details are not changed here.")
                   .arg(client.ok() ? client->fullName : m_existingId);
    }
    showOrHide(m_existing, text);
    m_newInstead->setVisible(!m_existingId.isEmpty());
    m_fields->setEnabled(m_existingId.isEmpty());
}

QString IntakeClientStep::title() const
{
    return tr("Client");
}

void IntakeClientStep::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showExisting();
    }
    IntakeStep::changeEvent(event);
}

void IntakeClientStep::retranslateUi()
{
    setLabel(QStringLiteral("client.full_name"), tr("Full na&me"));
    setLabel(QStringLiteral("client.aliases"), tr("Other names"));
    setLabel(QStringLiteral("client.gender"), tr("Gender"));
    setLabel(QStringLiteral("client.birth_date"), tr("Date of birth"));
    setLabel(QStringLiteral("client.nik"), tr("NIK"));
    setLabel(QStringLiteral("client.passport_no"), tr("Passport no."));
    setLabel(QStringLiteral("phones.number"), tr("Phone"));
    setLabel(QStringLiteral("client.status"), tr("Where she is"));
    setLabel(QStringLiteral("client.preferred_language"), tr("Language"));
    setLabel(QStringLiteral("client.province"), tr("Province"));
    setLabel(QStringLiteral("client.regency"), tr("Regency / city"));
    setLabel(QStringLiteral("client.district"), tr("District"));
    setLabel(QStringLiteral("client.village"), tr("Village"));
    setLabel(QStringLiteral("client.address"), tr("Address"));
    setLabel(QStringLiteral("client.current_country"), tr("Now in country"));
    setLabel(QStringLiteral("client.current_city"), tr("Now in city"));
    setLabel(QStringLiteral("client.next_of_kin_name"), tr("Next of kin"));
    setLabel(QStringLiteral("client.next_of_kin_relation"), tr("Relation"));
    setLabel(QStringLiteral("client.next_of_kin_phone"), tr("Next of kin's phone"));
    m_name->setPlaceholderText(tr("As in her passport or KTP; one name is fine"));
    m_aliases->setPlaceholderText(tr("Nicknames, other spellings, separated by commas"));
    m_nik->setPlaceholderText(tr("16 digits, from her KTP"));
    m_phones->setPlaceholderText(tr("e.g. +62 812 3456 7890, +852 6123 4567"));
    m_language->setPlaceholderText(tr("e.g. Bahasa Indonesia, Jawa"));
    m_country->setNoneText(tr("Not known"));
    m_birthDate->setText(tr("Known"));
    m_newInstead->setText(tr("New client instead"));
}

} // namespace lintas::ui
