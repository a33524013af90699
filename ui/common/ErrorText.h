#pragma once

#include "base/Error.h"

#include <QCoreApplication>
#include <QString>

namespace lintas::ui {

// Turns core error codes into messages a caseworker can act on, in the current language: what
// happened and what to do next. Error::detail is for developers and never shown on its own.
class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString message(const Error &error);
    // For errors about profiles (listing, creating, unlocking): "not found" and "already exists"
    // mean the profile there, not a record inside it.
    static QString profileMessage(const Error &error);
    // For a Validation error about the field the user knows as `fieldLabel` ("Closed on"): what
    // is wrong with it, e.g. "Closed on cannot be before the opening date." Other errors: message().
    static QString fieldMessage(const Error &error, const QString &fieldLabel);
    // For a Validation error whose rule is not about one field (sync_first, the handoff_* refusals,
    // override_needs_admin): its text, else empty.
    static QString ruleMessage(const Error &error);
};

} // namespace lintas::ui
