#pragma once

#include "base/Result.h"

namespace lintas::cli {

class CommandContext;
class CommandRegistry;

// activity add | list | count — programme monitoring, participants by gender and age band.
class ActivityCommands {
public:
    static void registerAll(CommandRegistry &registry);

private:
    static Status add(CommandContext &ctx);
    static Status list(CommandContext &ctx);
    static Status count(CommandContext &ctx);
    static Status printGrid(CommandContext &ctx, const QString &activityId);
};

} // namespace lintas::cli
