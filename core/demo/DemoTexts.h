#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace lintas::demo {

class DemoRandom;

// The facts of one demo case that its texts are written from, so the chronology, demands,
// notes and claims of a case tell the same story.
struct CaseStory {
    QString clientName;
    QString jurisdiction; // hk, sg, tw, my, sa
    QString city; // where she worked
    QString employer;
    QString agency; // overseas agency, may be empty
    QString placementCompany; // P3MI ("PT …"), may be empty
    QString lender; // may be empty
    QStringList caseTypes;
    QDate startedWork;
    QDate lastWagePaid; // invalid when wages were paid
    QDate terminated; // invalid while still employed
    QDate incident; // abuse, harassment, accident; invalid if none
    int arrearsMonths = 0;
    qint64 monthlyWage = 0; // major units of `currency`
    QString currency;
    qint64 agencyFee = 0; // major units of `currency` (IDR for P3MI fees)
    QString feeCurrency;
};

// Indonesian case-file prose built from templates: what a caseworker would type in a hurry.
class DemoTexts {
public:
    static QString title(DemoRandom &random, const CaseStory &story);
    static QString chronology(DemoRandom &random, const CaseStory &story);
    static QString demands(const CaseStory &story, const QStringList &claimLines);
    static QString strategy(DemoRandom &random, const CaseStory &story);
    static QString noteBody(DemoRandom &random, const QString &kind, const CaseStory &story, const QDate &on);
    static QString correction(DemoRandom &random);
    static QString taskTitle(DemoRandom &random);
    static QString outcomeNotes(DemoRandom &random, const QString &outcome);
    static QString activityTitle(DemoRandom &random, const QString &kind, const QString &village);
    static QString activityTopics(DemoRandom &random, const QString &kind);

    // "HK$5.100", "Rp 25.000.000", "NT$20.000" — Indonesian digit grouping.
    static QString money(const QString &currency, qint64 major);
    // "3 November 2025"
    static QString date(const QDate &d);
};

} // namespace lintas::demo
