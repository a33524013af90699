#pragma once

#include "base/Result.h"
#include "domain/Case.h"

#include <QString>

namespace lintas::repo {
class Workspace;
struct EntityDef;
} // namespace lintas::repo

namespace lintas::cli {

// Finds the record a command line names: a full id, or — as tables print short ids — a unique
// prefix of at least 4 characters; cases also by reference ("K3QX-0007"). NotFound when nothing
// matches, Validation when a prefix matches several records.
class Lookup {
public:
    static Result<QString> id(repo::Workspace &ws, const repo::EntityDef &def, const QString &text);
    static Result<domain::Case> kase(repo::Workspace &ws, const QString &text);
};

} // namespace lintas::cli
