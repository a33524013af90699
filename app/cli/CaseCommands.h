#pragma once

#include "base/Result.h"

namespace lintas::cli {

class CommandContext;
class CommandRegistry;

// case add | list | show | update
class CaseCommands {
public:
    static void registerAll(CommandRegistry &registry);

private:
    static Status add(CommandContext &ctx);
    static Status list(CommandContext &ctx);
    static Status show(CommandContext &ctx);
    static Status update(CommandContext &ctx);
};

} // namespace lintas::cli
