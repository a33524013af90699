#pragma once

#include "repo/EntityDef.h"

#include <QString>

namespace lintas::domain {
class CodeList;
}

namespace lintas::transfer {

// Which code list, if any, a field's values come from — worked out from names, so a new coded
// field needs no entry anywhere as long as it follows the naming habit of the others:
//   <entity>_<field>s   note.kind → note_kinds, case.status → case_statuses
//   <last word of entity>_<field>s   client_phone.kind → phone_kinds, case_party.role → party_roles
//   <field>s / <field>   gender → genders, currency → currencies, case_types (a set) → case_types
// plus a few fields whose list is named differently (risk → risk_levels, *country → jurisdictions).
// Used by import to refuse unknown codes and by the CLI to print labels.
class FieldCodeLists {
public:
    static const domain::CodeList *forField(const repo::EntityDef &def, const QString &field);
};

} // namespace lintas::transfer
