#pragma once

#include "domain/Client.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace lintas::domain {

// A money demand as taken down at intake: enough to create a Claim.
struct IntakeClaim {
    QString claimType; // claimTypes()
    QString currency; // currencies()
    std::optional<qint64> amount; // minor units
    QString amountText; // as typed when it could not be read as an amount, so nothing typed is lost
    QString forum; // forums(), optional
};

// Everything a guided intake gathers before anything is created: the client (new, or one that
// already exists), the problems, the chronology, the demands and the client's consent. Saved
// half-way as a draft and resumed later; committed in one go.
struct IntakeDraft {
    enum Step { ClientStep, ProblemsStep, ChronologyStep, DemandsStep, ConsentStep, ReviewStep, StepCount };

    QString id; // empty until first saved
    int step = ClientStep; // where the user was
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    QString existingClientId; // set when the client is already known: `client` is then ignored
    Client client;
    QStringList phones;

    QStringList caseTypes;
    QStringList jurisdictions;
    QString title;
    QString risk;
    bool safetyFlag = false;

    QString chronology;
    QMap<QString, QDate> triggerDates; // deadline-rule trigger code → date (dismissal, accident…)

    QString demands;
    QVector<IntakeClaim> claims;

    bool consentGiven = false;
    QString consentRecipient;
    QString consentScope;
    QString consentPurpose;
    QString consentMethod;
    QDate consentGivenOn;

    // What a list of drafts shows: the client's name (empty while she has none).
    QString label() const { return client.fullName.trimmed(); }
};

} // namespace lintas::domain
