#pragma once

#include <QDate>
#include <QString>

namespace lintas::domain {

// Programme monitoring: consultations, village discussions, trainings… Participants are
// counted per gender and age band (ActivityCount) because every funder report splits by gender.
struct Activity {
    QString id;
    QString kind; // activityKinds()
    QString title;
    QDate heldOn;
    QString province;
    QString regency;
    QString district;
    QString village;
    QString place;
    QString facilitator;
    QString trainingStage; // for trainings given in stages
    QString topics;
    QString notes;
    qint64 createdAt = 0;
    bool deleted = false;
    qint64 updatedAt = 0;
};

// One cell of an activity's participant grid. Its id is derived from (activity, gender, band)
// so two devices editing the same cell converge on one row.
struct ActivityCount {
    QString id;
    QString activityId;
    QString gender; // genders()
    QString ageBand; // ageBands()
    qint64 count = 0;
    qint64 updatedAt = 0;
};

} // namespace lintas::domain
