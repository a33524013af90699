#pragma once

namespace lintas::cli {

class CommandRegistry;

// party add | list | link, org list | seed — the parties register and the organisation directory.
void registerPartyCommands(CommandRegistry &registry);

} // namespace lintas::cli
