#pragma once

#include "base/Result.h"

namespace lintas::cli {

class CommandContext;
class CommandRegistry;

// claim add | pay | list — the money ledger of a case, in each currency's own units.
class ClaimCommands {
public:
    static void registerAll(CommandRegistry &registry);

private:
    static Status add(CommandContext &ctx);
    static Status pay(CommandContext &ctx);
    static Status list(CommandContext &ctx);
};

} // namespace lintas::cli
