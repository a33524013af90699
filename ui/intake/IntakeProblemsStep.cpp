#include "intake/IntakeProblemsStep.h"

#include "common/CodeChecklist.h"
#include "common/CodeCombo.h"
#include "domain/CodeLists.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QLineEdit>

namespace lintas::ui {

IntakeProblemsStep::IntakeProblemsStep(QWidget *parent)
    : IntakeStep(parent),
      m_types(new CodeChecklist(domain::caseTypes(), this)),
      m_countries(new CodeChecklist(domain::jurisdictions(), this)),
      m_title(new QLineEdit(this)),
      m_risk(new CodeCombo(domain::riskLevels(), this)),
      m_safety(new QCheckBox(this))
{
    setObjectName(QStringLiteral("intakeProblemsStep"));
    // Every case type at once: at intake the point is to see all that applies.
    m_types->setMaximumHeight(QWIDGETSIZE_MAX);
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    addField(form, QStringLiteral("case.case_types"), m_types);
    addField(form, QStringLiteral("case.jurisdictions"), m_countries);
    addField(form, QStringLiteral("case.title"), m_title);
    addField(form, QStringLiteral("case.risk"), m_risk);
    addField(form, QStringLiteral("case.safety_flag"), m_safety);
    setFocusProxy(m_types);
    for (CodeChecklist *list : {m_types, m_countries})
        connect(list, &CodeChecklist::codesChanged, this, &IntakeStep::changed);
    connect(m_title, &QLineEdit::textChanged, this, &IntakeStep::changed);
    connect(m_risk, &QComboBox::currentIndexChanged, this, &IntakeStep::changed);
    connect(m_safety, &QCheckBox::toggled, this, &IntakeStep::changed);
    retranslateUi();
}

void IntakeProblemsStep::load(const domain::IntakeDraft &draft)
{
    m_types->setCodes(draft.caseTypes);
    m_countries->setCodes(draft.jurisdictions);
    m_title->setText(draft.title);
    m_risk->setCode(draft.risk);
    m_safety->setChecked(draft.safetyFlag);
}

void IntakeProblemsStep::store(domain::IntakeDraft &draft) const
{
    draft.caseTypes = m_types->codes();
    draft.jurisdictions = m_countries->codes();
    draft.title = m_title->text().simplified();
    draft.risk = m_risk->code();
    draft.safetyFlag = m_safety->isChecked();
}

QString IntakeProblemsStep::title() const
{
    return tr("Problems");
}

void IntakeProblemsStep::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    IntakeStep::changeEvent(event);
}

void IntakeProblemsStep::retranslateUi()
{
    setLabel(QStringLiteral("case.case_types"), tr("What happened (tick all that apply)"));
    setLabel(QStringLiteral("case.jurisdictions"), tr("Where"));
    setLabel(QStringLiteral("case.title"), tr("Short title"));
    setLabel(QStringLiteral("case.risk"), tr("Risk"));
    setLabel(QStringLiteral("case.safety_flag"), tr("Safety"));
    m_title->setPlaceholderText(tr("e.g. Unpaid wages, employer in Kowloon"));
    m_risk->setNoneText(tr("Not assessed"));
    m_safety->setText(tr("She is not safe now (abuse, threats, no place to stay)"));
}

} // namespace lintas::ui
