#pragma once

#include "base/Result.h"

namespace lintas::cli {

class CommandContext;
class CommandRegistry;

// export FILE, import FILE, demo
class TransferCommands {
public:
    static void registerAll(CommandRegistry &registry);

private:
    static Status exportProfile(CommandContext &ctx);
    static Status importFile(CommandContext &ctx);
    static Status demo(CommandContext &ctx);
};

} // namespace lintas::cli
