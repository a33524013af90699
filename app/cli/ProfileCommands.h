#pragma once

#include "base/Result.h"

namespace lintas::cli {

class CommandContext;
class CommandRegistry;

// profile create | list | passwd | recover | verify
class ProfileCommands {
public:
    static void registerAll(CommandRegistry &registry);

private:
    static Status create(CommandContext &ctx);
    static Status list(CommandContext &ctx);
    static Status passwd(CommandContext &ctx);
    static Status recover(CommandContext &ctx);
    static Status verify(CommandContext &ctx);
    static void warnIfInsecureKdf(CommandContext &ctx);
};

} // namespace lintas::cli
