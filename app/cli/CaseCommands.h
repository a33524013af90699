#pragma once

namespace lintas::cli {

class CommandRegistry;

// case add | list | show | update
void registerCaseCommands(CommandRegistry &registry);

} // namespace lintas::cli
