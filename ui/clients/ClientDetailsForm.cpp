#include "clients/ClientDetailsForm.h"

#include "common/CodeCombo.h"
#include "common/FieldError.h"
#include "common/LabelStyles.h"
#include "common/ListWidgets.h"
#include "common/OptionalDateEdit.h"
#include "domain/CodeLists.h"
#include "repo/EntityMappings.h"
#include "repo/Workspace.h"

#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSet>
#include <QShortcut>
#include <QVBoxLayout>

namespace lintas::ui {

namespace {

QPlainTextEdit *longText(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true); // Tab moves on, so the form works without a mouse
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * (lines + 3));
    return edit;
}

} // namespace

ClientDetailsForm::ClientDetailsForm(repo::Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_name(new QLineEdit(this)),
      m_aliases(new QLineEdit(this)),
      m_gender(new CodeCombo(domain::genders(), this)),
      m_birthDate(new OptionalDateEdit(this)),
      m_nik(new QLineEdit(this)),
      m_passport(new QLineEdit(this)),
      m_province(new QLineEdit(this)),
      m_regency(new QLineEdit(this)),
      m_district(new QLineEdit(this)),
      m_village(new QLineEdit(this)),
      m_address(longText(this, 3)),
      m_country(new CodeCombo(domain::jurisdictions(), this)),
      m_city(new QLineEdit(this)),
      m_status(new CodeCombo(domain::clientStatuses(), this)),
      m_kinName(new QLineEdit(this)),
      m_kinRelation(new QLineEdit(this)),
      m_kinPhone(new QLineEdit(this)),
      m_language(new QLineEdit(this)),
      m_notes(longText(this, 5)),
      m_save(new QPushButton(this)),
      m_revert(new QPushButton(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("clientDetailsForm"));
    styleAsFieldError(m_error);
    m_error->setObjectName(QStringLiteral("clientDetailsError"));
    m_save->setObjectName(QStringLiteral("saveClientButton"));
    m_save->setDefault(true);
    m_revert->setObjectName(QStringLiteral("revertClientButton"));
    m_birthDate->setDefaultDate(QDate(1990, 1, 1));

    auto *fields = new QWidget(this);
    auto *columns = new QHBoxLayout(fields);
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    for (QFormLayout *form : {left, right}) {
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        auto *column = new QVBoxLayout;
        column->addLayout(form);
        column->addStretch(1);
        columns->addLayout(column, 1);
    }
    auto addRow = [this](QFormLayout *form, const char *field, QWidget *editor) {
        auto *label = new QLabel(this);
        label->setBuddy(editor); // not wrapped: a label on two lines is cut off in a one-line row
        const QString name = QString::fromLatin1(field);
        editor->setObjectName(QStringLiteral("client_") + name);
        m_labels.insert(name, label);
        m_editors.insert(name, editor);
        form->addRow(label, editor);
    };
    addRow(left, "full_name", m_name);
    addRow(left, "aliases", m_aliases);
    addRow(left, "gender", m_gender);
    addRow(left, "birth_date", m_birthDate);
    addRow(left, "nik", m_nik);
    addRow(left, "passport_no", m_passport);
    addRow(left, "status", m_status);
    addRow(left, "current_country", m_country);
    addRow(left, "current_city", m_city);
    addRow(left, "preferred_language", m_language);
    addRow(right, "province", m_province);
    addRow(right, "regency", m_regency);
    addRow(right, "district", m_district);
    addRow(right, "village", m_village);
    addRow(right, "address", m_address);
    addRow(right, "next_of_kin_name", m_kinName);
    addRow(right, "next_of_kin_relation", m_kinRelation);
    addRow(right, "next_of_kin_phone", m_kinPhone);
    addRow(right, "notes", m_notes);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(fields);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    for (QLineEdit *edit : {m_name, m_aliases, m_nik, m_passport, m_province, m_regency, m_district, m_village, m_city,
             m_kinName, m_kinRelation, m_kinPhone, m_language})
        connect(edit, &QLineEdit::textChanged, this, &ClientDetailsForm::editorChanged);
    for (QPlainTextEdit *edit : {m_address, m_notes})
        connect(edit, &QPlainTextEdit::textChanged, this, &ClientDetailsForm::editorChanged);
    for (CodeCombo *combo : {m_gender, m_country, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &ClientDetailsForm::editorChanged);
    connect(m_birthDate, &OptionalDateEdit::dateChanged, this, &ClientDetailsForm::editorChanged);
    connect(m_save, &QPushButton::clicked, this, &ClientDetailsForm::save);
    // A shortcut of its own: the button's text sets its mnemonic as the button's shortcut.
    auto *saveKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), this);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, &ClientDetailsForm::save);
    connect(m_revert, &QPushButton::clicked, this, &ClientDetailsForm::revert);
    retranslateUi();
    editorChanged();
}

void ClientDetailsForm::load(const domain::Client &client)
{
    {
        const QScopedValueRollback<bool> quiet(m_loading, true);
        m_stored = client;
        m_name->setText(client.fullName);
        m_aliases->setText(client.aliases.join(QStringLiteral(", ")));
        m_gender->setCode(client.gender);
        m_birthDate->setDate(client.birthDate);
        m_nik->setText(client.nik);
        m_passport->setText(client.passportNo);
        m_province->setText(client.province);
        m_regency->setText(client.regency);
        m_district->setText(client.district);
        m_village->setText(client.village);
        m_address->setPlainText(client.address);
        m_country->setCode(client.currentCountry);
        m_city->setText(client.currentCity);
        m_status->setCode(client.status);
        m_kinName->setText(client.nextOfKinName);
        m_kinRelation->setText(client.nextOfKinRelation);
        m_kinPhone->setText(client.nextOfKinPhone);
        m_language->setText(client.preferredLanguage);
        m_notes->setPlainText(client.notes);
        showOrHide(m_error, QString());
    }
    editorChanged();
}

domain::Client ClientDetailsForm::edited() const
{
    // Text that reads the same once tidied is left as stored: a value that came with a stray
    // space (from another device, or an older import) is no edit, and is not rewritten.
    auto text = [](const QString &stored, const QString &typed) {
        return typed.trimmed() == stored.trimmed() ? stored : typed.trimmed();
    };
    domain::Client c = m_stored;
    const QString name = m_name->text().simplified();
    c.fullName = name == m_stored.fullName.simplified() ? m_stored.fullName : name;
    c.aliases = splitCommaList(m_aliases->text());
    c.gender = m_gender->code();
    c.birthDate = m_birthDate->date();
    // Spaces people type to group the digits are not part of the number.
    const QString nik = m_nik->text().remove(QLatin1Char(' '));
    c.nik = nik == QString(m_stored.nik).remove(QLatin1Char(' ')) ? m_stored.nik : nik;
    c.passportNo = text(m_stored.passportNo, m_passport->text());
    c.province = text(m_stored.province, m_province->text());
    c.regency = text(m_stored.regency, m_regency->text());
    c.district = text(m_stored.district, m_district->text());
    c.village = text(m_stored.village, m_village->text());
    c.address = text(m_stored.address, m_address->toPlainText());
    c.currentCountry = m_country->code();
    c.currentCity = text(m_stored.currentCity, m_city->text());
    c.status = m_status->code();
    c.nextOfKinName = text(m_stored.nextOfKinName, m_kinName->text());
    c.nextOfKinRelation = text(m_stored.nextOfKinRelation, m_kinRelation->text());
    c.nextOfKinPhone = text(m_stored.nextOfKinPhone, m_kinPhone->text());
    c.preferredLanguage = text(m_stored.preferredLanguage, m_language->text());
    c.notes = text(m_stored.notes, m_notes->toPlainText());
    return c;
}

bool ClientDetailsForm::isDirty() const
{
    if (m_stored.id.isEmpty())
        return false;
    const auto &mapping = repo::clientMapping();
    const domain::Client now = edited();
    if (mapping.toFields(now) != mapping.toFields(m_stored))
        return true;
    // Other names are a set: their order is not a change.
    const repo::SetMap a = mapping.toSets(now);
    const repo::SetMap b = mapping.toSets(m_stored);
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        if (QSet<QString>(it->cbegin(), it->cend()) != QSet<QString>(b[it.key()].cbegin(), b[it.key()].cend()))
            return true;
    }
    return false;
}

bool ClientDetailsForm::save()
{
    if (!isDirty())
        return true;
    const domain::Client changed = edited();
    auto result = m_workspace.clients().update(changed);
    if (!result.ok()) {
        showError(result.error());
        return false;
    }
    auto reread = m_workspace.clients().get(changed.id);
    load(reread.ok() ? *reread : changed);
    emit saved(m_stored);
    return true;
}

void ClientDetailsForm::revert()
{
    load(m_stored);
}

void ClientDetailsForm::editorChanged()
{
    if (m_loading)
        return;
    const bool dirty = isDirty();
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
    if (dirty != m_wasDirty) {
        m_wasDirty = dirty;
        emit dirtyChanged(dirty);
    }
}

void ClientDetailsForm::showError(const Error &error)
{
    showFieldError(m_error, error, m_labels, m_editors);
}

void ClientDetailsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ClientDetailsForm::retranslateUi()
{
    // Mnemonics are unique on this tab; "Relation" and "Notes" are reached with Tab.
    const QHash<QString, QString> labels {
        {QStringLiteral("full_name"), tr("Full &name")},
        {QStringLiteral("aliases"), tr("&Other names")},
        {QStringLiteral("gender"), tr("&Gender")},
        {QStringLiteral("birth_date"), tr("Date of &birth")},
        {QStringLiteral("nik"), tr("N&IK")},
        {QStringLiteral("passport_no"), tr("&Passport no.")},
        {QStringLiteral("status"), tr("Wh&ere she is")},
        {QStringLiteral("current_country"), tr("Now in &country")},
        {QStringLiteral("current_city"), tr("Now in ci&ty")},
        {QStringLiteral("preferred_language"), tr("Pre&ferred language")},
        {QStringLiteral("province"), tr("Pro&vince")},
        {QStringLiteral("regency"), tr("&Regency / city")},
        {QStringLiteral("district"), tr("&District")},
        {QStringLiteral("village"), tr("Vi&llage")},
        {QStringLiteral("address"), tr("&Address")},
        {QStringLiteral("next_of_kin_name"), tr("Next of &kin")},
        {QStringLiteral("next_of_kin_relation"), tr("Relation")},
        {QStringLiteral("next_of_kin_phone"), tr("Next of kin's p&hone")},
        {QStringLiteral("notes"), tr("Notes")},
    };
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        m_labels.value(it.key())->setText(it.value());
        m_editors.value(it.key())->setAccessibleName(QString(it.value()).remove(QLatin1Char('&')));
    }
    m_name->setPlaceholderText(tr("As in her passport or KTP; one name is fine"));
    m_aliases->setPlaceholderText(tr("Nicknames, other spellings, separated by commas"));
    m_nik->setPlaceholderText(tr("16 digits, from her KTP"));
    m_language->setPlaceholderText(tr("e.g. Bahasa Indonesia, Jawa"));
    m_kinRelation->setPlaceholderText(tr("e.g. mother, husband, sister"));
    m_gender->setNoneText(tr("Not recorded"));
    m_country->setNoneText(tr("Not known"));
    m_status->setNoneText(tr("Not known"));
    m_birthDate->setText(tr("Known"));
    m_save->setText(tr("&Save changes"));
    m_save->setToolTip(tr("Save changes (Ctrl+S)"));
    m_revert->setText(tr("&Undo changes"));
}

} // namespace lintas::ui
