#include "repo/DirectoryRevision.h"

#include "repo/Workspace.h"

namespace lintas::repo {

Result<QString> directoryRevision(Workspace &workspace)
{
    // Every write of an entry, local or arriving by sync, sets the clock of each field it changes
    // to that change's HLC, and HLCs never repeat: the count, the newest and a sum of the clocks
    // change with any write, also one that arrives with an older clock than the newest. (The
    // rows' updated_at would not do: it is in milliseconds and only ever grows.) The sum is
    // taken modulo a prime, as a plain sum of tens of thousands of clocks would overflow.
    auto st = workspace.database().prepare(
        QStringLiteral("SELECT count(*), max(hlc), sum(hlc % 1000000007) FROM field_clock WHERE entity = ?"));
    if (!st.ok())
        return st.error();
    st->bind(1, QStringLiteral("organisation"));
    auto row = st->step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return QString();
    return QStringLiteral("%1/%2/%3").arg(st->int64(0)).arg(st->int64(1)).arg(st->int64(2));
}

} // namespace lintas::repo
