#include "activities/RegionPickers.h"

#include <QComboBox>
#include <QCompleter>
#include <QSignalBlocker>

namespace lintas::ui {

namespace {

void setUpPicker(QComboBox *combo)
{
    combo->setEditable(true);
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed); // as wide as the line edits below
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
}

// Replaces the choices and keeps what is typed.
void offer(QComboBox *combo, const QStringList &items)
{
    const QSignalBlocker quiet(combo);
    const QString text = combo->currentText();
    combo->clear();
    combo->addItems(items);
    combo->setCurrentIndex(-1);
    combo->setEditText(text);
}

} // namespace

RegionPickers::RegionPickers(QComboBox *province, QComboBox *regency, QComboBox *district, QObject *parent)
    : QObject(parent), m_province(province), m_regency(regency), m_district(district)
{
    if (auto regions = domain::Regions::bundled(); regions.ok())
        m_regions = *regions;
    for (QComboBox *combo : {m_province, m_regency, m_district})
        setUpPicker(combo);
    offer(m_province, m_regions.provinceNames());
    connect(m_province, &QComboBox::currentTextChanged, this, &RegionPickers::provinceChanged);
    connect(m_regency, &QComboBox::currentTextChanged, this, &RegionPickers::regencyChanged);
}

void RegionPickers::setTexts(const QString &province, const QString &regency, const QString &district)
{
    {
        const QSignalBlocker quiet(m_province);
        m_province->setEditText(province);
    }
    provinceChanged();
    {
        const QSignalBlocker quiet(m_regency);
        m_regency->setEditText(regency);
    }
    regencyChanged();
    const QSignalBlocker quiet(m_district);
    m_district->setEditText(district);
}

const domain::Province *RegionPickers::currentProvince() const
{
    return m_regions.province(m_province->currentText().trimmed());
}

void RegionPickers::provinceChanged()
{
    QStringList names;
    if (const domain::Province *province = currentProvince()) {
        for (const domain::Regency &r : province->regencies)
            names << r.displayName();
    }
    offer(m_regency, names);
    regencyChanged();
}

void RegionPickers::regencyChanged()
{
    QStringList districts;
    const QString typed = m_regency->currentText().trimmed();
    if (const domain::Province *province = currentProvince()) {
        for (const domain::Regency &r : province->regencies) {
            if (r.displayName().compare(typed, Qt::CaseInsensitive) == 0
                || (!r.isCity() && r.name.compare(typed, Qt::CaseInsensitive) == 0))
                districts = r.districts;
        }
    }
    offer(m_district, districts);
}

} // namespace lintas::ui
