#include "cases/CaseFilterBar.h"

#include "domain/CodeLists.h"
#include "i18n/LanguageManager.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QScopedValueRollback>

namespace lintas::ui {

namespace {

const QString kOpen = QStringLiteral("@open"); // not a status code: the "still open" choice

// The closed box shows this many characters and elides the rest; the list shows every label in
// full. Keeps the row within a small laptop screen in Indonesian, whose labels run long.
constexpr int kComboChars = 12;

QString currentCode(const QComboBox *combo)
{
    return combo->currentData().toString();
}

} // namespace

CaseFilterBar::CaseFilterBar(QWidget *parent) : QWidget(parent), m_clear(new QPushButton(this))
{
    setObjectName(QStringLiteral("caseFilterBar"));
    const QScopedValueRollback<bool> quiet(m_clearing, true); // filling the boxes is no choice
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status = addCombo("statusFilter");
    m_status->addItem(QString());
    m_status->addItem(QString(), kOpen);
    fillCodes(m_status, domain::caseStatuses());
    m_type = addCombo("caseTypeFilter");
    m_type->addItem(QString());
    fillCodes(m_type, domain::caseTypes());
    m_jurisdiction = addCombo("jurisdictionFilter");
    m_jurisdiction->addItem(QString());
    fillCodes(m_jurisdiction, domain::jurisdictions());
    m_assignee = addCombo("assigneeFilter");
    m_assignee->addItem(QString());
    m_due = addCombo("deadlineFilter");
    m_due->addItem(QString());
    for (int days : dueWithinChoices())
        m_due->addItem(QString(), days);
    m_risk = addCombo("riskFilter");
    m_risk->addItem(QString());
    fillCodes(m_risk, domain::riskLevels());
    for (QComboBox *combo : combos())
        layout->addWidget(combo, 1);
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clear->setEnabled(false);
    layout->addWidget(m_clear);
    connect(m_clear, &QPushButton::clicked, this, &CaseFilterBar::clear);
    retranslateUi();
}

std::array<QComboBox *, 6> CaseFilterBar::combos() const
{
    return {m_status, m_type, m_jurisdiction, m_assignee, m_due, m_risk};
}

QComboBox *CaseFilterBar::addCombo(const char *objectName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(QString::fromLatin1(objectName));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(kComboChars);
    connect(combo, &QComboBox::currentIndexChanged, this, &CaseFilterBar::choiceChanged);
    return combo;
}

void CaseFilterBar::fillCodes(QComboBox *combo, const domain::CodeList &list)
{
    for (const domain::CodeItem &item : list.items())
        combo->addItem(QString(), item.code);
}

QStringList CaseFilterBar::openStatuses()
{
    return {
        QStringLiteral("intake"), QStringLiteral("assessment"), QStringLiteral("active"), QStringLiteral("referred")};
}

void CaseFilterBar::setAssignees(const QStringList &names)
{
    const QString current = currentCode(m_assignee);
    const QSignalBlocker quiet(m_assignee);
    while (m_assignee->count() > 1)
        m_assignee->removeItem(1);
    for (const QString &name : names)
        m_assignee->addItem(name, name);
    const int keep = m_assignee->findData(current);
    m_assignee->setCurrentIndex(keep > 0 ? keep : 0);
    if (keep <= 0 && !current.isEmpty())
        choiceChanged(); // the chosen caseworker has no cases any more
}

repo::CaseFilter CaseFilterBar::filter() const
{
    repo::CaseFilter f;
    const QString status = currentCode(m_status);
    if (status == kOpen)
        f.statuses = openStatuses();
    else if (!status.isEmpty())
        f.statuses = {status};
    f.caseType = currentCode(m_type);
    f.jurisdiction = currentCode(m_jurisdiction);
    f.assignee = currentCode(m_assignee);
    f.risk = currentCode(m_risk);
    if (m_due->currentIndex() > 0)
        f.deadlineWithinDays = m_due->currentData().toInt();
    return f;
}

bool CaseFilterBar::isFiltering() const
{
    for (const QComboBox *combo : combos()) {
        if (combo->currentIndex() > 0)
            return true;
    }
    return false;
}

void CaseFilterBar::clear()
{
    {
        const QScopedValueRollback<bool> once(m_clearing, true);
        for (QComboBox *combo : combos())
            combo->setCurrentIndex(0);
    }
    choiceChanged();
}

void CaseFilterBar::choiceChanged()
{
    if (m_clearing)
        return; // one change for the whole reset, not six
    m_clear->setEnabled(isFiltering());
    emit filterChanged();
}

void CaseFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CaseFilterBar::retranslateUi()
{
    const domain::Language language = LanguageManager::codeListLanguage();
    auto relabel = [language](QComboBox *combo, const domain::CodeList &list, int first) {
        for (int i = first; i < combo->count(); ++i) {
            const QString label = list.label(combo->itemData(i).toString(), language);
            combo->setItemText(i, label);
            combo->setItemData(i, label, Qt::ToolTipRole);
        }
    };
    m_status->setItemText(0, tr("All statuses"));
    m_status->setItemText(1, tr("Still open"));
    relabel(m_status, domain::caseStatuses(), 2);
    m_type->setItemText(0, tr("All case types"));
    relabel(m_type, domain::caseTypes(), 1);
    m_jurisdiction->setItemText(0, tr("All countries"));
    relabel(m_jurisdiction, domain::jurisdictions(), 1);
    m_assignee->setItemText(0, tr("All caseworkers"));
    m_due->setItemText(0, tr("Any deadline"));
    for (int i = 1; i < m_due->count(); ++i)
        m_due->setItemText(i, tr("Due within %n day(s)", nullptr, m_due->itemData(i).toInt()));
    m_risk->setItemText(0, tr("Any risk"));
    relabel(m_risk, domain::riskLevels(), 1);

    m_status->setAccessibleName(tr("Filter by status"));
    m_type->setAccessibleName(tr("Filter by case type"));
    m_jurisdiction->setAccessibleName(tr("Filter by country or jurisdiction"));
    m_assignee->setAccessibleName(tr("Filter by caseworker"));
    m_due->setAccessibleName(tr("Filter by next deadline"));
    m_risk->setAccessibleName(tr("Filter by risk"));
    for (QComboBox *combo : combos())
        combo->setToolTip(combo->accessibleName());
    m_clear->setText(tr("Clear filters"));
}

} // namespace lintas::ui
