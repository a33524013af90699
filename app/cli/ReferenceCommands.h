#pragma once

namespace lintas::cli {

class CommandRegistry;

// search QUERY, codes [LIST]
void registerReferenceCommands(CommandRegistry &registry);

} // namespace lintas::cli
