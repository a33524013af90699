#pragma once

#include <QString>

namespace lintas::repo {

// A LIKE pattern matching `text` anywhere, with the user's %, _ and \ taken literally. Use it
// with ESCAPE '\' after the LIKE.
QString containsPattern(const QString &text);

} // namespace lintas::repo
