#pragma once

namespace lintas::cli {

class CommandRegistry;

// activity add | list | count — programme monitoring, participants by gender and age band.
void registerActivityCommands(CommandRegistry &registry);

} // namespace lintas::cli
