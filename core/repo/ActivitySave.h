#pragma once

#include "base/Result.h"
#include "domain/Activity.h"

#include <QVector>

namespace lintas::repo {

class Workspace;

// Writes an activity and its participant grid in one transaction: all of it or, on any refusal,
// nothing. An activity without an id (or not stored yet) is created, otherwise updated field by
// field. Only the grid cells that differ from what is stored are written; a cell that was counted
// and is now missing or 0 is set to 0. Cells of genders or age bands this build does not know are
// left as they are. Validation errors name the activity's field ("held_on"), or for a cell
// "counts.<gender>.<age band>".
Result<domain::Activity> saveActivity(
    Workspace &workspace, const domain::Activity &activity, const QVector<domain::ActivityCount> &counts);

} // namespace lintas::repo
