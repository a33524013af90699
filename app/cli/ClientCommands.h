#pragma once

namespace lintas::cli {

class CommandRegistry;

// client add | list | show | update, phone add
void registerClientCommands(CommandRegistry &registry);

} // namespace lintas::cli
