#pragma once

namespace lintas::cli {

class CommandRegistry;
void registerBundleCommands(CommandRegistry &registry);

} // namespace lintas::cli
