#pragma once

namespace lintas::cli {

class CommandRegistry;

// profile create | list | passwd | recover | verify
void registerProfileCommands(CommandRegistry &registry);

} // namespace lintas::cli
