#include "casework/TriggerDatesEditor.h"

#include "i18n/LanguageManager.h"
#include "rules/DeadlineCalculator.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>

namespace lintas::ui {

TriggerDatesEditor::TriggerDatesEditor(rules::DeadlineRuleSet ruleSet, QDate today, QWidget *parent)
    : QWidget(parent), m_ruleSet(std::move(ruleSet)), m_today(today), m_form(new QFormLayout(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
}

void TriggerDatesEditor::setCase(const QStringList &caseTypes, const QStringList &jurisdictions)
{
    const rules::DeadlineCalculator calculator(m_ruleSet);
    QStringList codes;
    const QStringList countries = jurisdictions.isEmpty() ? QStringList {QString()} : jurisdictions;
    for (const QString &j : countries) {
        for (const QString &code : calculator.missingTriggers(caseTypes, j, {})) {
            if (!codes.contains(code))
                codes << code;
        }
    }
    QStringList shown;
    for (const Row &row : std::as_const(m_rows))
        shown << row.code;
    if (codes != shown)
        rebuild(codes);
}

void TriggerDatesEditor::rebuild(const QStringList &codes)
{
    const QMap<QString, QDate> given = dates();
    for (const Row &row : std::as_const(m_rows)) {
        if (!given.contains(row.code))
            m_kept.remove(row.code);
    }
    m_kept.insert(given);
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_rows.clear();
    for (const QString &code : codes) {
        Row row {code, new QCheckBox(this), new QDateEdit(this)};
        row.known->setObjectName(QStringLiteral("trigger_") + code);
        row.date->setObjectName(QStringLiteral("triggerDate_") + code);
        row.date->setCalendarPopup(true);
        row.date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        row.date->setMaximumDate(m_today.addYears(1));
        row.date->setDate(m_kept.value(code, m_today));
        row.known->setChecked(m_kept.contains(code));
        row.date->setEnabled(row.known->isChecked());
        connect(row.known, &QCheckBox::toggled, row.date, &QWidget::setEnabled);
        connect(row.known, &QCheckBox::toggled, this, &TriggerDatesEditor::datesChanged);
        connect(row.date, &QDateEdit::dateChanged, this, &TriggerDatesEditor::datesChanged);
        m_form->addRow(row.known, row.date);
        m_rows << row;
    }
    retranslateUi();
    emit datesChanged();
}

QMap<QString, QDate> TriggerDatesEditor::dates() const
{
    QMap<QString, QDate> out = m_kept;
    for (const Row &row : m_rows) {
        out.remove(row.code);
        if (row.known->isChecked())
            out.insert(row.code, row.date->date());
    }
    return out;
}

void TriggerDatesEditor::setDates(const QMap<QString, QDate> &dates)
{
    m_kept = dates;
    for (const Row &row : std::as_const(m_rows))
        setDate(row.code, dates.value(row.code));
}

void TriggerDatesEditor::setDate(const QString &trigger, const QDate &date)
{
    for (const Row &row : std::as_const(m_rows)) {
        if (row.code == trigger) {
            if (date.isValid())
                row.date->setDate(date);
            row.known->setChecked(date.isValid());
            return;
        }
    }
    if (date.isValid())
        m_kept.insert(trigger, date);
    else
        m_kept.remove(trigger);
}

void TriggerDatesEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TriggerDatesEditor::retranslateUi()
{
    const domain::Language language = LanguageManager::codeListLanguage();
    for (const Row &row : std::as_const(m_rows)) {
        row.known->setText(m_ruleSet.triggers().label(row.code, language));
        row.date->setLocale(QLocale());
        row.date->setAccessibleName(row.known->text());
    }
}

} // namespace lintas::ui
