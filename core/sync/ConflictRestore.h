#pragma once

#include "base/Result.h"

namespace lintas::repo {
class ChangeWriter;
}

namespace lintas::sync {

// One-click restore of a value that lost a conflict: it is written again as an ordinary, new
// edit (so it wins on every device, as any later edit would) and the conflict is marked
// restored. Other devices close their entry for the same loss when the edit reaches them.
class ConflictRestore {
public:
    // NotFound for an unknown conflict or a record that no longer exists.
    static Status restore(repo::ChangeWriter &writer, qint64 conflictId);
};

} // namespace lintas::sync
