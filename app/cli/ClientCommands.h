#pragma once

#include "base/Result.h"

namespace lintas::cli {

class CommandContext;
class CommandRegistry;

// client add | list | show | update, phone add
class ClientCommands {
public:
    static void registerAll(CommandRegistry &registry);

private:
    static Status add(CommandContext &ctx);
    static Status list(CommandContext &ctx);
    static Status show(CommandContext &ctx);
    static Status update(CommandContext &ctx);
    static Status addPhone(CommandContext &ctx);
};

} // namespace lintas::cli
