#pragma once

#include "domain/Regions.h"

#include <QObject>

class QComboBox;

namespace lintas::ui {

// Offers the bundled provinces, then the regencies and cities of the province typed or chosen,
// then the sample districts of that regency, in three editable combo boxes. Any typed name is
// kept: the list only speeds up entry and keeps spellings the same (Regions is not exhaustive).
class RegionPickers : public QObject {
    Q_OBJECT

public:
    RegionPickers(QComboBox *province, QComboBox *regency, QComboBox *district, QObject *parent = nullptr);

    // Sets the three texts at once, offering the lists that go with them.
    void setTexts(const QString &province, const QString &regency, const QString &district);

private:
    void provinceChanged();
    void regencyChanged();
    const domain::Province *currentProvince() const;

    domain::Regions m_regions;
    QComboBox *m_province = nullptr;
    QComboBox *m_regency = nullptr;
    QComboBox *m_district = nullptr;
};

} // namespace lintas::ui
