#pragma once

namespace lintas::cli {

class CommandRegistry;
void registerSyncCommands(CommandRegistry &registry);

} // namespace lintas::cli
