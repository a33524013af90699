#include "activities/ActivityFilterBar.h"

#include "common/CodeCombo.h"
#include "common/OptionalDateEdit.h"
#include "domain/CodeLists.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSignalBlocker>

namespace lintas::ui {

namespace {

QDate firstOfQuarter(const QDate &day)
{
    return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
}

} // namespace

ActivityFilterBar::ActivityFilterBar(const QDate &today, QWidget *parent)
    : QWidget(parent),
      m_today(today),
      m_periodLabel(new QLabel(this)),
      m_period(new QComboBox(this)),
      m_from(new OptionalDateEdit(this)),
      m_to(new OptionalDateEdit(this)),
      m_kindLabel(new QLabel(this)),
      m_kind(new CodeCombo(domain::activityKinds(), this)),
      m_clear(new QPushButton(this))
{
    setObjectName(QStringLiteral("activityFilterBar"));
    m_period->setObjectName(QStringLiteral("activityPeriod"));
    m_from->setObjectName(QStringLiteral("activityFrom"));
    m_to->setObjectName(QStringLiteral("activityTo"));
    m_kind->setObjectName(QStringLiteral("activityKindFilter"));
    m_clear->setObjectName(QStringLiteral("clearActivityFilters"));
    m_periodLabel->setBuddy(m_period);
    m_kindLabel->setBuddy(m_kind);
    m_from->setDefaultDate(QDate(today.year(), today.month(), 1));
    m_to->setDefaultDate(today);
    for (int p = AnyTime; p <= ChosenDates; ++p)
        m_period->addItem(QString(), p);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_periodLabel);
    layout->addWidget(m_period);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addSpacing(12);
    layout->addWidget(m_kindLabel);
    layout->addWidget(m_kind);
    layout->addWidget(m_clear);
    layout->addStretch(1);

    connect(m_period, &QComboBox::currentIndexChanged, this, &ActivityFilterBar::periodChosen);
    connect(m_from, &OptionalDateEdit::dateChanged, this, &ActivityFilterBar::datesEdited);
    connect(m_to, &OptionalDateEdit::dateChanged, this, &ActivityFilterBar::datesEdited);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_setting)
            emit filterChanged();
    });
    connect(m_clear, &QPushButton::clicked, this, &ActivityFilterBar::clear);
    retranslateUi();
    setPeriod(AnyTime);
}

repo::ActivityFilter ActivityFilterBar::filter() const
{
    return {m_from->date(), m_to->date(), m_kind->code()};
}

bool ActivityFilterBar::isFiltering() const
{
    return filter() != repo::ActivityFilter {};
}

void ActivityFilterBar::setPeriod(Period period)
{
    {
        const QSignalBlocker quiet(m_period);
        m_period->setCurrentIndex(period);
    }
    periodChosen(); // sets the dates
}

void ActivityFilterBar::setDates(const QDate &from, const QDate &to)
{
    {
        const QScopedValueRollback<bool> setting(m_setting, true);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    datesEdited();
}

void ActivityFilterBar::setKind(const QString &kind)
{
    m_kind->setCode(kind);
}

void ActivityFilterBar::clear()
{
    {
        const QScopedValueRollback<bool> setting(m_setting, true);
        m_kind->setCode(QString());
    }
    setPeriod(AnyTime);
}

void ActivityFilterBar::periodChosen()
{
    if (m_setting)
        return;
    const int period = m_period->currentData().toInt();
    QDate from;
    QDate to;
    switch (period) {
    case ThisMonth:
        from = QDate(m_today.year(), m_today.month(), 1);
        to = from.addMonths(1).addDays(-1);
        break;
    case LastMonth:
        from = QDate(m_today.year(), m_today.month(), 1).addMonths(-1);
        to = from.addMonths(1).addDays(-1);
        break;
    case ThisQuarter:
        from = firstOfQuarter(m_today);
        to = from.addMonths(3).addDays(-1);
        break;
    case ThisYear:
        from = QDate(m_today.year(), 1, 1);
        to = QDate(m_today.year(), 12, 31);
        break;
    case LastYear:
        from = QDate(m_today.year() - 1, 1, 1);
        to = QDate(m_today.year() - 1, 12, 31);
        break;
    case ChosenDates:
        return; // the dates as they are, to be changed by hand
    default:
        break;
    }
    {
        const QScopedValueRollback<bool> setting(m_setting, true);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    emit filterChanged();
}

void ActivityFilterBar::datesEdited()
{
    if (m_setting)
        return;
    {
        // Dates changed by hand are no longer "this month"; the period says so.
        const QSignalBlocker quiet(m_period);
        const QScopedValueRollback<bool> setting(m_setting, true);
        const bool any = !m_from->date().isValid() && !m_to->date().isValid();
        m_period->setCurrentIndex(any ? AnyTime : ChosenDates);
    }
    emit filterChanged();
}

void ActivityFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ActivityFilterBar::retranslateUi()
{
    m_periodLabel->setText(tr("&Period"));
    const QStringList periods {tr("Any time"), tr("This month"), tr("Last month"), tr("This quarter"), tr("This year"),
        tr("Last year"), tr("Dates chosen")};
    for (int i = 0; i < periods.size(); ++i)
        m_period->setItemText(i, periods[i]);
    m_from->setText(tr("&From"));
    m_to->setText(tr("&To"));
    m_kindLabel->setText(tr("&Kind"));
    m_kind->setNoneText(tr("All kinds"));
    m_clear->setText(tr("C&lear filters"));
}

} // namespace lintas::ui
