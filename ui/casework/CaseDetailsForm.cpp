#include "casework/CaseDetailsForm.h"

#include "common/CodeChecklist.h"
#include "common/CodeCombo.h"
#include "common/FieldError.h"
#include "common/LabelStyles.h"
#include "common/ListWidgets.h"
#include "domain/CodeLists.h"
#include "repo/EntityMappings.h"
#include "repo/Workspace.h"

#include <QCheckBox>
#include <QDateEdit>
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
#include <QShortcut>
#include <QVBoxLayout>

namespace lintas::ui {

namespace {

const QString kClosed = QStringLiteral("closed");

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    return edit;
}

QPlainTextEdit *longText(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true); // Tab moves on, so the form works without a mouse
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 5);
    return edit;
}

} // namespace

CaseDetailsForm::CaseDetailsForm(repo::Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      m_workspace(workspace),
      m_title(new QLineEdit(this)),
      m_status(new CodeCombo(domain::caseStatuses(), this)),
      m_outcome(new CodeCombo(domain::caseOutcomes(), this)),
      m_risk(new CodeCombo(domain::riskLevels(), this)),
      m_safety(new QCheckBox(this)),
      m_openedOn(dateEdit(this)),
      m_closedOn(dateEdit(this)),
      m_assignees(new QLineEdit(this)),
      m_tags(new QLineEdit(this)),
      m_caseTypes(new CodeChecklist(domain::caseTypes(), this)),
      m_jurisdictions(new CodeChecklist(domain::jurisdictions(), this)),
      m_forums(new CodeChecklist(domain::forums(), this)),
      m_chronology(longText(this)),
      m_demands(longText(this)),
      m_strategy(longText(this)),
      m_outcomeNotes(longText(this)),
      m_save(new QPushButton(this)),
      m_revert(new QPushButton(this)),
      m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("caseDetailsForm"));
    styleAsFieldError(m_error);
    m_error->setObjectName(QStringLiteral("caseDetailsError"));
    m_save->setObjectName(QStringLiteral("saveCaseButton"));
    m_save->setDefault(true);
    m_revert->setObjectName(QStringLiteral("revertCaseButton"));

    auto *fields = new QWidget(this);
    auto *columns = new QHBoxLayout(fields);
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    for (QFormLayout *form : {left, right}) {
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        auto *column = new QVBoxLayout;
        column->addLayout(form);
        column->addStretch(1); // rows packed at the top, not spread over the taller column's height
        columns->addLayout(column, 1);
    }
    auto addRow = [this](QFormLayout *form, const char *field, QWidget *editor) {
        auto *label = new QLabel(this);
        label->setBuddy(editor);
        label->setWordWrap(true);
        const QString name = QString::fromLatin1(field);
        editor->setObjectName(QStringLiteral("case_") + name);
        m_labels.insert(name, label);
        m_editors.insert(name, editor);
        form->addRow(label, editor);
    };
    addRow(left, "title", m_title);
    addRow(left, "status", m_status);
    addRow(left, "opened_on", m_openedOn);
    addRow(left, "closed_on", m_closedOn);
    addRow(left, "outcome", m_outcome);
    addRow(left, "risk", m_risk);
    addRow(left, "safety_flag", m_safety);
    addRow(left, "assignees", m_assignees);
    addRow(left, "tags", m_tags);
    addRow(left, "case_types", m_caseTypes);
    addRow(left, "jurisdictions", m_jurisdictions);
    addRow(left, "forums", m_forums);
    addRow(right, "chronology", m_chronology);
    addRow(right, "demands", m_demands);
    addRow(right, "strategy", m_strategy);
    addRow(right, "outcome_notes", m_outcomeNotes);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(fields);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addStretch(); // keeps the buttons their size while there is no message
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    for (QLineEdit *edit : {m_title, m_assignees, m_tags})
        connect(edit, &QLineEdit::textChanged, this, &CaseDetailsForm::editorChanged);
    for (QPlainTextEdit *edit : {m_chronology, m_demands, m_strategy, m_outcomeNotes})
        connect(edit, &QPlainTextEdit::textChanged, this, &CaseDetailsForm::editorChanged);
    for (CodeCombo *combo : {m_outcome, m_risk})
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseDetailsForm::editorChanged);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CaseDetailsForm::statusChosen);
    for (QDateEdit *edit : {m_openedOn, m_closedOn})
        connect(edit, &QDateEdit::dateChanged, this, &CaseDetailsForm::editorChanged);
    connect(m_safety, &QCheckBox::toggled, this, &CaseDetailsForm::editorChanged);
    for (CodeChecklist *list : {m_caseTypes, m_jurisdictions, m_forums})
        connect(list, &CodeChecklist::codesChanged, this, &CaseDetailsForm::editorChanged);
    connect(m_save, &QPushButton::clicked, this, &CaseDetailsForm::save);
    // A shortcut of its own: the button's text sets its mnemonic as the button's shortcut. Not
    // QKeySequence::Save, which some platforms leave unbound.
    auto *saveKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), this);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, &CaseDetailsForm::save);
    connect(m_revert, &QPushButton::clicked, this, &CaseDetailsForm::revert);
    retranslateUi();
}

void CaseDetailsForm::load(const domain::Case &kase)
{
    {
        const QScopedValueRollback<bool> quiet(m_loading, true);
        m_stored = kase;
        m_title->setText(kase.title);
        offerStatuses();
        m_status->setCode(kase.status);
        m_outcome->setCode(kase.outcome);
        m_risk->setCode(kase.risk);
        m_safety->setChecked(kase.safetyFlag);
        m_openedOn->setDate(kase.openedOn.isValid()
                ? kase.openedOn
                : QDateTime::fromMSecsSinceEpoch(m_workspace.clock().nowMs()).date());
        m_closedOn->setDate(kase.closedOn.isValid() ? kase.closedOn : m_openedOn->date());
        m_assignees->setText(kase.assignees.join(QStringLiteral(", ")));
        m_tags->setText(kase.tags.join(QStringLiteral(", ")));
        m_caseTypes->setCodes(kase.caseTypes);
        m_jurisdictions->setCodes(kase.jurisdictions);
        m_forums->setCodes(kase.forums);
        m_chronology->setPlainText(kase.chronology);
        m_demands->setPlainText(kase.demands);
        m_strategy->setPlainText(kase.strategy);
        m_outcomeNotes->setPlainText(kase.outcomeNotes);
        showOrHide(m_error, QString());
    }
    editorChanged();
}

domain::Case CaseDetailsForm::edited() const
{
    domain::Case c = m_stored;
    c.title = m_title->text().trimmed();
    c.status = m_status->code();
    const bool closed = c.status == kClosed;
    c.outcome = closed ? m_outcome->code() : QString();
    c.closedOn = closed ? m_closedOn->date() : QDate();
    c.risk = m_risk->code();
    c.safetyFlag = m_safety->isChecked();
    c.openedOn = m_openedOn->date();
    c.assignees = splitCommaList(m_assignees->text());
    c.tags = splitCommaList(m_tags->text());
    c.caseTypes = m_caseTypes->codes();
    c.jurisdictions = m_jurisdictions->codes();
    c.forums = m_forums->codes();
    c.chronology = m_chronology->toPlainText();
    c.demands = m_demands->toPlainText();
    c.strategy = m_strategy->toPlainText();
    c.outcomeNotes = m_outcomeNotes->toPlainText();
    return c;
}

bool CaseDetailsForm::isDirty() const
{
    const auto &mapping = repo::caseMapping();
    const domain::Case now = edited();
    if (mapping.toFields(now) != mapping.toFields(m_stored))
        return true;
    // Sets compare as sets: ticking order is not a change.
    const repo::SetMap a = mapping.toSets(now);
    const repo::SetMap b = mapping.toSets(m_stored);
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        if (QSet<QString>(it->cbegin(), it->cend()) != QSet<QString>(b[it.key()].cbegin(), b[it.key()].cend()))
            return true;
    }
    return false;
}

bool CaseDetailsForm::save()
{
    if (!isDirty())
        return true;
    const domain::Case changed = edited();
    auto result = m_workspace.cases().update(changed);
    if (!result.ok()) {
        showError(result.error());
        return false;
    }
    auto reread = m_workspace.cases().get(changed.id);
    load(reread.ok() ? *reread : changed);
    emit saved(m_stored);
    return true;
}

void CaseDetailsForm::revert()
{
    load(m_stored);
}

void CaseDetailsForm::statusChosen()
{
    const bool closed = m_status->code() == kClosed;
    if (!m_loading && closed && m_stored.status != kClosed)
        m_closedOn->setDate(QDateTime::fromMSecsSinceEpoch(m_workspace.clock().nowMs()).date());
    editorChanged();
}

void CaseDetailsForm::editorChanged()
{
    const bool closed = m_status->code() == kClosed;
    m_closedOn->setEnabled(closed);
    m_outcome->setEnabled(closed);
    m_forums->showGroups(m_jurisdictions->codes());
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

void CaseDetailsForm::showError(const Error &error)
{
    showFieldError(m_error, error, m_labels, m_editors);
}

void CaseDetailsForm::offerStatuses()
{
    QStringList offered = domain::allowedNextStatuses(m_stored.status);
    offered.prepend(m_stored.status);
    m_status->restrictTo(offered);
}

void CaseDetailsForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CaseDetailsForm::retranslateUi()
{
    const QHash<QString, QString> labels {
        {QStringLiteral("title"), tr("&Title")},
        {QStringLiteral("status"), tr("Stat&us")},
        {QStringLiteral("opened_on"), tr("&Opened on")},
        {QStringLiteral("closed_on"), tr("Closed o&n")},
        {QStringLiteral("outcome"), tr("Outco&me")},
        {QStringLiteral("risk"), tr("&Risk")},
        {QStringLiteral("safety_flag"), tr("Safety")},
        {QStringLiteral("assignees"), tr("&Caseworkers")},
        {QStringLiteral("tags"), tr("T&ags")},
        {QStringLiteral("case_types"), tr("Case t&ypes")},
        {QStringLiteral("jurisdictions"), tr("Countries")},
        {QStringLiteral("forums"), tr("&Forums")},
        {QStringLiteral("chronology"), tr("Chronology (&kronologi)")},
        {QStringLiteral("demands"), tr("&Demands (tuntutan)")},
        {QStringLiteral("strategy"), tr("Strate&gy")},
        {QStringLiteral("outcome_notes"), tr("Outcome notes")},
    };
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        m_labels.value(it.key())->setText(it.value());
        m_editors.value(it.key())->setAccessibleName(QString(it.value()).remove(QLatin1Char('&')));
    }
    m_safety->setText(tr("Immediate safety concern"));
    m_outcome->setNoneText(tr("Not decided"));
    m_risk->setNoneText(tr("Not assessed"));
    m_assignees->setPlaceholderText(tr("Names, separated by commas"));
    m_tags->setPlaceholderText(tr("Words, separated by commas"));
    m_forums->setToolTip(tr("Only the forums of the ticked countries are listed."));
    for (QDateEdit *edit : {m_openedOn, m_closedOn})
        edit->setLocale(QLocale());
    m_save->setText(tr("&Save changes"));
    m_save->setToolTip(tr("Save changes (Ctrl+S)"));
    m_revert->setText(tr("Undo c&hanges"));
}

} // namespace lintas::ui
