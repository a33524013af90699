#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace lintas::domain {

struct Case {
    QString id;
    QString reference; // made on the device: "<device code>-<n>", never by a server
    QString clientId;
    QString title;
    QStringList caseTypes; // caseTypes() codes, observed-remove set
    QStringList jurisdictions;
    QStringList forums;
    QStringList assignees; // caseworker names or device/user ids
    QStringList tags;
    QString status; // caseStatuses()
    QString outcome; // caseOutcomes(), set when closed
    QString risk; // riskLevels()
    bool safetyFlag = false; // immediate safety concern: shown prominently
    QDate openedOn;
    QDate closedOn;
    QString chronology; // kronologi
    QString demands; // tuntutan
    QString strategy;
    QString outcomeNotes;
    qint64 createdAt = 0;
    bool deleted = false;
    // Empty in the organisation's own space; else the shared space the case was moved into
    // (sync/CaseMove.h) and its name, shown to laptops that are not members of it.
    QString spaceId;
    QString spaceName;
    qint64 updatedAt = 0;
};

} // namespace lintas::domain
