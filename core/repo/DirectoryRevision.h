#pragma once

#include "base/Result.h"

#include <QString>

namespace lintas::repo {

class Workspace;

// A short text that changes whenever an entry of the organisation directory is added, edited or
// deleted, here or by sync: a screen that keeps the directory loaded compares it to know whether
// to read the directory again. A free function rather than a method of OrganisationRepository,
// whose header half the program includes.
Result<QString> directoryRevision(Workspace &workspace);

} // namespace lintas::repo
