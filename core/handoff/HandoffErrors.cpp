#include "handoff/HandoffErrors.h"

#include "base/Result.h"

namespace lintas::handoff {

Error handoffError(const char *rule, const QString &detail)
{
    Error e = makeError(ErrorCode::Validation, detail, QStringLiteral("handoff"));
    e.rule = QLatin1String(rule);
    return e;
}

} // namespace lintas::handoff
