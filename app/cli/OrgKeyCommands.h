#pragma once

namespace lintas::cli {

class CommandRegistry;
// `org members|remove|rotate|recovery-key|recover`: who is in the organisation's space, removing
// a lost laptop (with a new epoch key), and the organisation's recovery key.
void registerOrgKeyCommands(CommandRegistry &registry);

} // namespace lintas::cli
