#pragma once

namespace lintas::cli {

class CommandRegistry;

// claim add | pay | list — the money ledger of a case, in each currency's own units.
void registerClaimCommands(CommandRegistry &registry);

} // namespace lintas::cli
