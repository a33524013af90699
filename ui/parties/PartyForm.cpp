#include "parties/PartyForm.h"

#include "common/CodeCombo.h"
#include "common/FieldError.h"
#include "common/LabelStyles.h"
#include "domain/CodeLists.h"
#include "repo/EntityMappings.h"
#include "repo/Workspace.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTextDocument>
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

PartyForm::PartyForm(repo::Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_name(new QLineEdit(this)),
      m_kind(new CodeCombo(domain::partyKinds(), this)),
      m_country(new CodeCombo(domain::jurisdictions(), this)),
      m_licenceNo(new QLineEdit(this)),
      m_phone(new QLineEdit(this)),
      m_address(shortText(this, 2)),
      m_notes(shortText(this, 4)),
      m_save(new QPushButton(this)),
      m_revert(new QPushButton(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("partyForm"));
    styleAsFieldError(m_error);
    m_error->setObjectName(QStringLiteral("partyError"));
    m_save->setObjectName(QStringLiteral("savePartyButton"));
    m_revert->setObjectName(QStringLiteral("revertPartyButton"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto addRow = [&](const char *field, QWidget *editor) {
        auto *label = new QLabel(this);
        label->setBuddy(editor);
        const QString name = QString::fromLatin1(field);
        editor->setObjectName(QStringLiteral("party_") + name);
        m_labels.insert(name, label);
        m_editors.insert(name, editor);
        form->addRow(label, editor);
    };
    addRow("name", m_name);
    addRow("kind", m_kind);
    addRow("country", m_country);
    addRow("licence_no", m_licenceNo);
    addRow("phone", m_phone);
    addRow("address", m_address);
    addRow("notes", m_notes);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(buttons);

    for (QLineEdit *edit : {m_name, m_licenceNo, m_phone})
        connect(edit, &QLineEdit::textChanged, this, &PartyForm::editorChanged);
    for (QPlainTextEdit *edit : {m_address, m_notes})
        connect(edit, &QPlainTextEdit::textChanged, this, &PartyForm::editorChanged);
    for (CodeCombo *combo : {m_kind, m_country}) {
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(combo, &QComboBox::currentIndexChanged, this, &PartyForm::editorChanged);
    }
    connect(m_save, &QPushButton::clicked, this, &PartyForm::save);
    connect(m_revert, &QPushButton::clicked, this, &PartyForm::revert);
    retranslateUi();
    load({});
}

void PartyForm::load(const domain::Party &party)
{
    {
        const QScopedValueRollback<bool> quiet(m_loading, true);
        m_stored = party;
        m_name->setText(party.name);
        m_kind->setCode(party.kind);
        m_country->setCode(party.country);
        m_licenceNo->setText(party.licenceNo);
        m_phone->setText(party.phone);
        m_address->setPlainText(party.address);
        m_notes->setPlainText(party.notes);
        showOrHide(m_error, QString());
    }
    editorChanged();
}

domain::Party PartyForm::edited() const
{
    domain::Party p = m_stored;
    p.name = m_name->text().trimmed();
    p.kind = m_kind->code();
    p.country = m_country->code();
    p.licenceNo = m_licenceNo->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.address = m_address->toPlainText().trimmed();
    p.notes = m_notes->toPlainText();
    return p;
}

bool PartyForm::isDirty() const
{
    const auto &mapping = repo::partyMapping();
    return mapping.toFields(edited()) != mapping.toFields(m_stored);
}

void PartyForm::focusFirstField()
{
    m_name->setFocus(Qt::OtherFocusReason);
}

void PartyForm::setButtonsVisible(bool visible)
{
    m_save->setVisible(visible);
    m_revert->setVisible(visible);
}

bool PartyForm::save()
{
    if (!isDirty() && !isNew())
        return true;
    const domain::Party changed = edited();
    QString id = changed.id;
    if (isNew()) {
        auto created = m_workspace.parties().create(changed);
        if (!created.ok()) {
            showError(created.error());
            return false;
        }
        id = created->id;
    } else if (auto updated = m_workspace.parties().update(changed); !updated.ok()) {
        showError(updated.error());
        return false;
    }
    auto reread = m_workspace.parties().get(id);
    load(reread.ok() ? *reread : changed);
    emit saved(m_stored);
    return true;
}

void PartyForm::revert()
{
    load(m_stored);
}

void PartyForm::editorChanged()
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

void PartyForm::showError(const Error &error)
{
    showFieldError(m_error, error, m_labels, m_editors);
}

void PartyForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PartyForm::retranslateUi()
{
    const QHash<QString, QString> labels {
        {QStringLiteral("name"), tr("Na&me")},
        {QStringLiteral("kind"), tr("&Kind")},
        {QStringLiteral("country"), tr("C&ountry")},
        {QStringLiteral("licence_no"), tr("&Licence no.")},
        {QStringLiteral("phone"), tr("&Phone")},
        {QStringLiteral("address"), tr("Add&ress")},
        {QStringLiteral("notes"), tr("No&tes")},
    };
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        m_labels.value(it.key())->setText(it.value());
        m_editors.value(it.key())->setAccessibleName(QString(it.value()).remove(QLatin1Char('&')));
    }
    m_kind->setNoneText(tr("Choose a kind…"));
    m_country->setNoneText(tr("Not known"));
    m_licenceNo->setPlaceholderText(tr("Agency licence or P3MI SIP number"));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    m_revert->setText(tr("Undo c&hanges"));
}

} // namespace lintas::ui
