#include "common/OptionalDateEdit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace lintas::ui {

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QWidget(parent), m_known(new QCheckBox(this)), m_date(new QDateEdit(this))
{
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_date->setEnabled(false);
    setFocusProxy(m_known);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_known);
    layout->addWidget(m_date);
    layout->addStretch(1);
    connect(m_known, &QCheckBox::toggled, this, &OptionalDateEdit::ticked);
    connect(m_date, &QDateEdit::dateChanged, this, &OptionalDateEdit::dateChanged);
}

QDate OptionalDateEdit::date() const
{
    return m_known->isChecked() ? m_date->date() : QDate();
}

void OptionalDateEdit::setDate(const QDate &date)
{
    {
        const QSignalBlocker quietTick(m_known);
        const QSignalBlocker quietDate(m_date);
        m_known->setChecked(date.isValid());
        m_date->setEnabled(date.isValid());
        m_date->setDate(date.isValid() ? date : (m_default.isValid() ? m_default : m_date->date()));
    }
    emit dateChanged();
}

void OptionalDateEdit::setText(const QString &text)
{
    m_known->setText(text);
    m_date->setAccessibleName(text);
}

void OptionalDateEdit::ticked(bool on)
{
    m_date->setEnabled(on);
    if (on && m_default.isValid()) {
        const QSignalBlocker quiet(m_date);
        m_date->setDate(m_default);
    }
    emit dateChanged();
}

void OptionalDateEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_date->setLocale(QLocale());
    QWidget::changeEvent(event);
}

} // namespace lintas::ui
