#pragma once

#include <QDate>
#include <QString>

namespace lintas::demo {

class DemoRandom;

// Identity numbers and phone numbers in the shapes caseworkers see on documents.
class DemoIdentity {
public:
    // NIK: 6-digit area code (province + regency + district), birth date as DDMMYY with 40
    // added to the day for women, then a 4-digit serial — 16 digits in all.
    static QString nik(DemoRandom &random, const QString &regencyCode, const QDate &birthDate, bool female);
    // Indonesian passport number: a letter and seven digits ("C1234567"; "X…"/"E…" for e-passports).
    static QString passport(DemoRandom &random);
    // Mobile numbers as typed into phones: "+62 812-3456-7890", "+852 9123 4567", "+886 912 345 678",
    // "+65 8123 4567", "+60 12-345 6789", "+966 55 123 4567".
    static QString mobile(DemoRandom &random, const QString &jurisdiction);
};

} // namespace lintas::demo
