#include "intake/IntakeChronologyStep.h"

#include "casework/TriggerDatesEditor.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace lintas::ui {

IntakeChronologyStep::IntakeChronologyStep(const rules::DeadlineRuleSet &ruleSet, QDate today, QWidget *parent)
    : IntakeStep(parent),
      m_chronology(new QPlainTextEdit(this)),
      m_datesIntro(new QLabel(this)),
      m_dates(new TriggerDatesEditor(ruleSet, today, this))
{
    setObjectName(QStringLiteral("intakeChronologyStep"));
    m_chronology->setTabChangesFocus(true);
    m_datesIntro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    addField(form, QStringLiteral("case.chronology"), m_chronology);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_datesIntro);
    layout->addWidget(m_dates);
    setFocusProxy(m_chronology);
    connect(m_chronology, &QPlainTextEdit::textChanged, this, &IntakeStep::changed);
    connect(m_dates, &TriggerDatesEditor::datesChanged, this, &IntakeStep::changed);
    retranslateUi();
}

void IntakeChronologyStep::load(const domain::IntakeDraft &draft)
{
    m_chronology->setPlainText(draft.chronology);
    m_dates->setCase(draft.caseTypes, draft.jurisdictions);
    m_dates->setDates(draft.triggerDates);
    retranslateUi();
}

void IntakeChronologyStep::entering(const domain::IntakeDraft &draft)
{
    m_dates->setCase(draft.caseTypes, draft.jurisdictions); // the problems may have changed
    retranslateUi();
}

void IntakeChronologyStep::store(domain::IntakeDraft &draft) const
{
    draft.chronology = m_chronology->toPlainText().trimmed();
    draft.triggerDates = m_dates->dates();
}

QString IntakeChronologyStep::title() const
{
    return tr("Chronology");
}

void IntakeChronologyStep::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    IntakeStep::changeEvent(event);
}

void IntakeChronologyStep::retranslateUi()
{
    setLabel(QStringLiteral("case.chronology"), tr("What happened, in order (&kronologi)"));
    m_chronology->setPlaceholderText(tr("When she left, the agency and the employer, what went wrong and when, what "
                                        "she has done about it so far, which papers she has."));
    m_datesIntro->setText(m_dates->triggerCount() > 0
            ? tr("Dates the law counts deadlines from. Tick the ones she knows; Lintas adds the deadlines to the "
                 "case.")
            : tr("Tick what happened on the previous step to see which dates matter for deadlines."));
}

} // namespace lintas::ui
