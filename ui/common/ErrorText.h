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
};

} // namespace lintas::ui
