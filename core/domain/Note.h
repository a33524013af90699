#pragma once

#include <QString>

namespace lintas::domain {

// Notes, interviews and timeline events are append-only: never edited, never conflicting.
// A correction is a new note whose `correctsNoteId` names the one it corrects.
struct Note {
    QString id;
    QString caseId;
    QString kind; // noteKinds()
    qint64 occurredAt = 0; // ms since epoch: when the event happened (not when typed)
    QString author;
    QString body;
    bool confidential = false;
    QString correctsNoteId;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

} // namespace lintas::domain
