#include "directory/OrganisationForm.h"

#include "common/CodeCombo.h"
#include "common/FieldError.h"
#include "common/LabelStyles.h"
#include "domain/CodeLists.h"
#include "repo/EntityMappings.h"
#include "repo/Workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace lintas::ui {

namespace {

QPlainTextEdit *shortText(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true); // Tab moves on, so the form works without a mouse
    // As tall as the lines it is meant for, not the generic text-box height, so the rest of the
    // page (the party's cases) keeps its room; longer text scrolls.
    const QMargins margins = edit->contentsMargins();
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + int(2 * edit->document()->documentMargin())
        + margins.top() + margins.bottom() + 2 * edit->frameWidth());
    return edit;
}

} // namespace

OrganisationForm::OrganisationForm(repo::Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_seeded(new QLabel(this)),
      m_name(new QLineEdit(this)),
      m_kind(new CodeCombo(domain::organisationKinds(), this)),
      m_country(new CodeCombo(domain::jurisdictions(), this)),
      m_province(new QLineEdit(this)),
      m_city(new QLineEdit(this)),
      m_address(shortText(this, 2)),
      m_phones(shortText(this, 4)),
      m_copy(new QToolButton(this)),
      m_copyMenu(new QMenu(this)),
      m_copyFeedback(new QLabel(this)),
      m_email(new QLineEdit(this)),
      m_website(new QLineEdit(this)),
      m_services(shortText(this, 5)),
      m_notes(shortText(this, 4)),
      m_save(new QPushButton(this)),
      m_revert(new QPushButton(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("organisationForm"));
    styleAsWarningBanner(m_seeded);
    m_seeded->setObjectName(QStringLiteral("organisationSeeded"));
    styleAsFieldError(m_error);
    m_error->setObjectName(QStringLiteral("organisationError"));
    m_save->setObjectName(QStringLiteral("saveOrganisationButton"));
    m_revert->setObjectName(QStringLiteral("revertOrganisationButton"));
    m_copy->setObjectName(QStringLiteral("copyPhoneButton"));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_copy->setPopupMode(QToolButton::MenuButtonPopup);
    m_copy->setMenu(m_copyMenu);
    m_copyFeedback->setObjectName(QStringLiteral("copyFeedback"));
    m_copyFeedback->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto addRow = [&](const char *field, QWidget *editor, QLayout *around = nullptr) {
        auto *label = new QLabel(this);
        label->setBuddy(editor);
        const QString name = QString::fromLatin1(field);
        editor->setObjectName(QStringLiteral("organisation_") + name);
        m_labels.insert(name, label);
        m_editors.insert(name, editor);
        if (around)
            form->addRow(label, around);
        else
            form->addRow(label, editor);
    };
    addRow("name", m_name);
    addRow("kind", m_kind);
    addRow("country", m_country);
    addRow("province", m_province);
    addRow("city", m_city);
    addRow("address", m_address);
    auto *phones = new QVBoxLayout;
    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copy);
    copyRow->addWidget(m_copyFeedback);
    copyRow->addStretch(1);
    phones->addWidget(m_phones);
    phones->addLayout(copyRow);
    addRow("phones", m_phones, phones);
    addRow("email", m_email);
    addRow("website", m_website);
    addRow("services", m_services);
    addRow("notes", m_notes);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_seeded);
    layout->addLayout(form);
    layout->addLayout(buttons);

    for (QLineEdit *edit : {m_name, m_province, m_city, m_email, m_website})
        connect(edit, &QLineEdit::textChanged, this, &OrganisationForm::editorChanged);
    for (QPlainTextEdit *edit : {m_address, m_phones, m_services, m_notes})
        connect(edit, &QPlainTextEdit::textChanged, this, &OrganisationForm::editorChanged);
    for (CodeCombo *combo : {m_kind, m_country}) {
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(combo, &QComboBox::currentIndexChanged, this, &OrganisationForm::editorChanged);
    }
    connect(m_phones, &QPlainTextEdit::textChanged, this, &OrganisationForm::refreshPhoneMenu);
    connect(m_copy, &QToolButton::clicked, this, &OrganisationForm::copyFirstNumber);
    connect(m_copyMenu, &QMenu::triggered, this, [this](QAction *a) { copyNumber(a->data().toString()); });
    connect(m_save, &QPushButton::clicked, this, &OrganisationForm::save);
    connect(m_revert, &QPushButton::clicked, this, &OrganisationForm::revert);
    retranslateUi();
    load({});
}

QStringList OrganisationForm::phoneNumbers(const QString &phones)
{
    // A number: an optional + or bracketed area code, then digits with spaces, dots or dashes;
    // 3 digits at least. Not brackets further on: "0857-700-10048 (24 jam)" is one number.
    static const QRegularExpression number(QStringLiteral("(?:\\+|\\(\\d+\\) ?)?\\d[\\d .-]*\\d"));
    QStringList out;
    auto it = number.globalMatch(phones);
    while (it.hasNext()) {
        const QString found = it.next().captured().trimmed();
        int digits = 0;
        for (const QChar c : found)
            digits += c.isDigit() ? 1 : 0;
        if (digits >= 3 && !out.contains(found))
            out << found;
    }
    return out;
}

void OrganisationForm::load(const domain::Organisation &organisation)
{
    {
        const QScopedValueRollback<bool> quiet(m_loading, true);
        m_stored = organisation;
        m_name->setText(organisation.name);
        m_kind->setCode(organisation.kind);
        m_country->setCode(organisation.country);
        m_province->setText(organisation.province);
        m_city->setText(organisation.city);
        m_address->setPlainText(organisation.address);
        m_phones->setPlainText(organisation.phones);
        m_email->setText(organisation.email);
        m_website->setText(organisation.website);
        m_services->setPlainText(organisation.services);
        m_notes->setPlainText(organisation.notes);
        m_copied.clear();
        showOrHide(m_copyFeedback, QString());
        showOrHide(m_error, QString());
    }
    retranslateUi();
    editorChanged();
}

domain::Organisation OrganisationForm::edited() const
{
    domain::Organisation o = m_stored;
    o.name = m_name->text().trimmed();
    o.kind = m_kind->code();
    o.country = m_country->code();
    o.province = m_province->text().trimmed();
    o.city = m_city->text().trimmed();
    o.address = m_address->toPlainText().trimmed();
    o.phones = m_phones->toPlainText().trimmed();
    o.email = m_email->text().trimmed();
    o.website = m_website->text().trimmed();
    o.services = m_services->toPlainText();
    o.notes = m_notes->toPlainText();
    return o;
}

bool OrganisationForm::isDirty() const
{
    const auto &mapping = repo::organisationMapping();
    return mapping.toFields(edited()) != mapping.toFields(m_stored);
}

void OrganisationForm::focusFirstField()
{
    m_name->setFocus(Qt::OtherFocusReason);
}

bool OrganisationForm::save()
{
    if (!isDirty() && !isNew())
        return true;
    const domain::Organisation changed = edited();
    QString id = changed.id;
    if (isNew()) {
        auto created = m_workspace.organisations().create(changed);
        if (!created.ok()) {
            showError(created.error());
            return false;
        }
        id = created->id;
    } else if (auto updated = m_workspace.organisations().update(changed); !updated.ok()) {
        showError(updated.error());
        return false;
    }
    auto reread = m_workspace.organisations().get(id);
    load(reread.ok() ? *reread : changed);
    emit saved(m_stored);
    return true;
}

void OrganisationForm::revert()
{
    load(m_stored);
}

void OrganisationForm::copyFirstNumber()
{
    const QStringList numbers = phoneNumbers(m_phones->toPlainText());
    if (!numbers.isEmpty())
        copyNumber(numbers.first());
}

void OrganisationForm::copyNumber(const QString &number)
{
    QApplication::clipboard()->setText(number);
    m_copied = number;
    showOrHide(m_copyFeedback, tr("Copied %1").arg(number));
}

void OrganisationForm::refreshPhoneMenu()
{
    m_copyMenu->clear();
    const QStringList numbers = phoneNumbers(m_phones->toPlainText());
    for (const QString &n : numbers)
        m_copyMenu->addAction(n)->setData(n);
    m_copy->setEnabled(!numbers.isEmpty());
    m_copy->setPopupMode(numbers.size() > 1 ? QToolButton::MenuButtonPopup : QToolButton::DelayedPopup);
}

void OrganisationForm::editorChanged()
{
    if (m_loading)
        return;
    const bool dirty = isDirty();
    m_save->setEnabled(dirty || isNew());
    m_revert->setEnabled(dirty);
    if (dirty != m_wasDirty) {
        m_wasDirty = dirty;
        emit dirtyChanged(dirty);
    }
}

void OrganisationForm::showError(const Error &error)
{
    showFieldError(m_error, error, m_labels, m_editors);
}

void OrganisationForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OrganisationForm::retranslateUi()
{
    const QHash<QString, QString> labels {
        {QStringLiteral("name"), tr("Na&me")},
        {QStringLiteral("kind"), tr("&Kind")},
        {QStringLiteral("country"), tr("C&ountry")},
        {QStringLiteral("province"), tr("Pro&vince")},
        {QStringLiteral("city"), tr("C&ity")},
        {QStringLiteral("address"), tr("Add&ress")},
        {QStringLiteral("phones"), tr("P&hones")},
        {QStringLiteral("email"), tr("Emai&l")},
        {QStringLiteral("website"), tr("&Website")},
        {QStringLiteral("services"), tr("S&ervices")},
        {QStringLiteral("notes"), tr("No&tes")},
    };
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        m_labels.value(it.key())->setText(it.value());
        m_editors.value(it.key())->setAccessibleName(QString(it.value()).remove(QLatin1Char('&')));
    }
    m_kind->setNoneText(tr("Choose a kind…"));
    m_country->setNoneText(tr("Not known"));
    m_phones->setPlaceholderText(tr("Numbers and what each is for, separated by ;"));
    m_services->setPlaceholderText(tr("What they help with, and how to reach them"));
    m_notes->setPlaceholderText(tr("Where the contact came from, when it was last checked"));
    showOrHide(m_seeded,
        m_stored.seedKey.isEmpty() ? QString()
                                   : tr("This entry came with Lintas. Numbers and addresses change: check them "
                                        "before giving them to a client, and correct them here."));
    m_copy->setText(tr("&Copy number"));
    m_copy->setToolTip(tr("Copy the phone number to the clipboard (the arrow offers the others)"));
    if (!m_copied.isEmpty())
        showOrHide(m_copyFeedback, tr("Copied %1").arg(m_copied));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    m_revert->setText(tr("&Undo changes"));
    refreshPhoneMenu();
}

} // namespace lintas::ui
