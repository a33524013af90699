#include "casework/SuggestDeadlinesDialog.h"

#include "casework/TriggerDatesEditor.h"
#include "common/ErrorText.h"
#include "common/Formats.h"
#include "common/LabelStyles.h"
#include "i18n/LanguageManager.h"
#include "repo/Workspace.h"
#include "rules/DeadlineCalculator.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lintas::ui {

namespace {
enum Column { Due, Title, Source, Remark, ColumnCount };
} // namespace

SuggestDeadlinesDialog::SuggestDeadlinesDialog(
    repo::Workspace &workspace, domain::Case kase, rules::DeadlineRuleSet ruleSet, QWidget *parent)
    : QDialog(parent),
      m_workspace(workspace),
      m_case(std::move(kase)),
      m_ruleSet(std::move(ruleSet)),
      m_today(QDateTime::fromMSecsSinceEpoch(workspace.clock().nowMs()).date()),
      m_dates(new TriggerDatesEditor(m_ruleSet, m_today, this)),
      m_intro(new QLabel(this)),
      m_noRules(new QLabel(this)),
      m_table(new QTableWidget(0, ColumnCount, this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("suggestDeadlinesDialog"));
    if (auto existing = workspace.deadlines().forCase(m_case.id); existing.ok())
        m_existing = *existing;
    m_intro->setWordWrap(true);
    m_noRules->setWordWrap(true);
    styleAsFieldError(m_error);
    m_table->setObjectName(QStringLiteral("suggestionTable"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    // The dates the case's deadlines were already counted from are known: start from them.
    QMap<QString, QDate> known;
    for (const domain::Deadline &d : std::as_const(m_existing)) {
        if (const rules::DeadlineRule *rule = m_ruleSet.find(d.ruleId, d.ruleVersion))
            known.insert(rule->trigger, d.triggerDate);
    }
    m_dates->setCase(m_case.caseTypes, m_case.jurisdictions);
    m_dates->setDates(known);
    layout->addWidget(m_dates);
    connect(m_dates, &TriggerDatesEditor::datesChanged, this, &SuggestDeadlinesDialog::recompute);
    layout->addWidget(m_noRules);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SuggestDeadlinesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SuggestDeadlinesDialog::reject);
    connect(m_table, &QTableWidget::itemChanged, this,
        [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosen().isEmpty()); });
    resize(900, 560);
    retranslateUi();
    recompute();
}

void SuggestDeadlinesDialog::setTriggerDate(const QString &trigger, const QDate &date)
{
    m_dates->setDate(trigger, date);
}

bool SuggestDeadlinesDialog::alreadyAdded(const rules::SuggestedDeadline &s) const
{
    return std::any_of(m_existing.cbegin(), m_existing.cend(),
        [&](const domain::Deadline &d) { return d.ruleId == s.ruleId && d.triggerDate == s.triggerDate; });
}

void SuggestDeadlinesDialog::recompute()
{
    // What the user unticked stays unticked when the list is counted again.
    for (int i = 0; i < m_suggestions.size() && i < m_table->rowCount(); ++i) {
        const QTableWidgetItem *item = m_table->item(i, Due);
        const QString key
            = m_suggestions[i].ruleId + QLatin1Char('@') + m_suggestions[i].triggerDate.toString(Qt::ISODate);
        if (item && (item->flags() & Qt::ItemIsUserCheckable)) {
            if (item->checkState() == Qt::Unchecked)
                m_unticked.insert(key);
            else
                m_unticked.remove(key);
        }
    }
    rules::DeadlineCalculator calculator(m_ruleSet);
    m_suggestions = calculator.suggest(m_case.caseTypes, m_case.jurisdictions, m_dates->dates(), m_today);
    const domain::Language language = LanguageManager::codeListLanguage();
    const QSignalBlocker quiet(m_table);
    m_table->setRowCount(int(m_suggestions.size()));
    for (int i = 0; i < m_suggestions.size(); ++i) {
        const rules::SuggestedDeadline &s = m_suggestions[i];
        const bool have = alreadyAdded(s);
        auto *due = new QTableWidgetItem(formats::date(s.dueDate));
        due->setFlags(have ? Qt::ItemIsSelectable : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        const bool unticked = m_unticked.contains(s.ruleId + QLatin1Char('@') + s.triggerDate.toString(Qt::ISODate));
        due->setCheckState(have || unticked ? Qt::Unchecked : Qt::Checked);
        m_table->setItem(i, Due, due);
        auto *title = new QTableWidgetItem(s.title.text(language));
        title->setToolTip(s.explanation.text(language));
        m_table->setItem(i, Title, title);
        auto *source = new QTableWidgetItem(s.source);
        source->setToolTip(s.source);
        m_table->setItem(i, Source, source);
        QStringList remarks;
        if (have)
            remarks << tr("Already in this case");
        if (s.uncertain)
            remarks << tr("Date to be confirmed");
        if (s.overdue)
            remarks << tr("Already passed");
        auto *remark = new QTableWidgetItem(remarks.join(QStringLiteral("; ")));
        remark->setToolTip(s.notes.text(language));
        m_table->setItem(i, Remark, remark);
    }
    m_table->resizeColumnToContents(Due);
    m_table->resizeColumnToContents(Remark);
    showOrHide(m_noRules,
        m_suggestions.isEmpty() ? (m_dates->triggerCount() == 0
                ? tr("No deadline rule covers the case types and countries of this case yet. Tick "
                     "them on the Details tab, or add deadlines by hand.")
                : tr("Tick a date above to see the deadlines counted from it."))
                                : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosen().isEmpty());
}

QVector<rules::SuggestedDeadline> SuggestDeadlinesDialog::chosen() const
{
    QVector<rules::SuggestedDeadline> out;
    for (int i = 0; i < m_suggestions.size(); ++i) {
        const QTableWidgetItem *item = m_table->item(i, Due);
        if (item && item->checkState() == Qt::Checked && !alreadyAdded(m_suggestions[i]))
            out << m_suggestions[i];
    }
    return out;
}

void SuggestDeadlinesDialog::accept()
{
    auto added = m_workspace.deadlines().addSuggestions(m_case.id, chosen(), LanguageManager::codeListLanguage());
    if (!added.ok()) {
        showOrHide(m_error, ErrorText::message(added.error()));
        return;
    }
    m_added = *added;
    QDialog::accept();
}

void SuggestDeadlinesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        recompute();
    }
    QDialog::changeEvent(event);
}

void SuggestDeadlinesDialog::retranslateUi()
{
    setWindowTitle(tr("Deadlines from the rules"));
    m_intro->setText(tr("Tick the dates you know. Each deadline below is counted from one of them and shows the law "
                        "or guideline it comes from. Check every date before you rely on it."));
    m_table->setHorizontalHeaderLabels({tr("Due"), tr("Deadline"), tr("Source"), tr("Remarks")});
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add ticked deadlines"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace lintas::ui
