#pragma once

#include "base/Result.h"

namespace lintas::cli {

class CommandContext;
class CommandRegistry;

// search QUERY, codes [LIST]
class ReferenceCommands {
public:
    static void registerAll(CommandRegistry &registry);

private:
    static Status search(CommandContext &ctx);
    static Status codes(CommandContext &ctx);
};

} // namespace lintas::cli
