#pragma once

#include <QString>

namespace lintas::repo {

// "?, ?, …" with `n` places, for an IN (…) list of bound values. SQLite 3.15 takes at most 999
// bound values per statement.
QString placeholders(qsizetype n);

} // namespace lintas::repo
