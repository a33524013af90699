#pragma once

#include "domain/CodeList.h"

#include <QString>

namespace lintas::rules {

// A length of time as the law states it ("12 months", "6 years", "14 days", "15 working days").
// Kept in the law's own unit instead of being normalised to days, because "12 months" and
// "365 days" give different dates and the law means the former. Arithmetic lives in
// DeadlineCalculator::addPeriod.
struct Period {
    int years = 0;
    int months = 0;
    int days = 0;
    int workingDays = 0; // Monday–Friday; never combined with the other units

    bool isEmpty() const { return years == 0 && months == 0 && days == 0 && workingDays == 0; }
    // "12 bulan" / "12 months", "15 hari kerja" / "15 working days"; parts joined with ", ".
    QString describe(domain::Language language) const;

    friend bool operator==(const Period &, const Period &) = default;
};

} // namespace lintas::rules
