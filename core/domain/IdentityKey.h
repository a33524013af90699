#pragma once

#include <QString>

namespace lintas::domain {

// Comparable forms of identity numbers and phone numbers, for the duplicate-client warning (D16).
class IdentityKey {
public:
    // A NIK or passport number without spaces, dashes, dots or slashes, upper-case
    // ("3201-0123 4567 0001" → "3201012345670001", "a 123 4567" → "A1234567").
    static QString document(const QString &number);

    // A phone number as digits with its country code: Indonesian numbers typed with +62, 0062, 62
    // or the trunk 0 all become "62…" (+62 0812… too), a mobile typed without its 0 ("812…") as
    // well; other international numbers keep their code (+852 9123 4567 → "85291234567"). A short
    // number without a code (a Hong Kong or Singapore number written locally, 8 digits) stays as
    // typed. Empty when there are fewer than 6 digits.
    static QString phone(const QString &number);
    // Whether two numbers are the same line: equal canonical forms; or a local number (no
    // country code, 8+ digits) that is the end of the other ("9123 4567" / "+852 9123 4567"); or,
    // both 10+ digits, the same last 9 digits (catches trunk and country-code slips, such as
    // "+62 0812…" or a code typed twice, which canonical forms cannot all foresee).
    static bool samePhone(const QString &a, const QString &b);
    // What the phone index stores and looks up: the last 8 digits of the canonical form (every
    // samePhone() pair shares them); empty for numbers too short to compare.
    static QString phoneIndexKey(const QString &number);
};

} // namespace lintas::domain
