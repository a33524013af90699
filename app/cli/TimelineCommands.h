#pragma once

namespace lintas::cli {

class CommandRegistry;

// note add | list, deadline add | list | suggest
void registerTimelineCommands(CommandRegistry &registry);

} // namespace lintas::cli
