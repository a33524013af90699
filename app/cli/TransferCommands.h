#pragma once

namespace lintas::cli {

class CommandRegistry;

// export FILE, import FILE, demo
void registerTransferCommands(CommandRegistry &registry);

} // namespace lintas::cli
