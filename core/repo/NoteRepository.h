#pragma once

#include "repo/EntityMappings.h"
#include "repo/EntityRepository.h"

namespace lintas::repo {

// Notes are append-only: create() is the only write. A correction is a new note with
// kind "correction" and correctsNoteId set.
class NoteRepository : public EntityRepository<domain::Note> {
public:
    explicit NoteRepository(ChangeWriter &writer) : EntityRepository(writer, noteMapping()) { }

    // The case's timeline, oldest first.
    Result<QVector<domain::Note>> forCase(const QString &caseId, int limit = -1, int offset = 0);

protected:
    void prepareNew(domain::Note &n) override;
    Status validate(const domain::Note &n) override;
};

} // namespace lintas::repo
