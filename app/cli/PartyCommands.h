#pragma once

#include "base/Result.h"

namespace lintas::cli {

class CommandContext;
class CommandRegistry;

// party add | list | link, org list | seed — the parties register and the organisation directory.
class PartyCommands {
public:
    static void registerAll(CommandRegistry &registry);

private:
    static Status addParty(CommandContext &ctx);
    static Status listParties(CommandContext &ctx);
    static Status link(CommandContext &ctx);
    static Status listOrganisations(CommandContext &ctx);
    static Status seedOrganisations(CommandContext &ctx);
};

} // namespace lintas::cli
