#pragma once

namespace lintas::cli {

class CommandRegistry;
// `org join|complete|invite|pending|approve`: joining an organisation and admitting devices,
// headless (the desktop app has the same flow in its join and approval screens).
void registerOrgCommands(CommandRegistry &registry);

} // namespace lintas::cli
