#pragma once

namespace lintas::cli {

class CommandRegistry;
// `handoff address|export|import|import-reply`: hand a case to an organisation on another server
// (or none) as a sealed file, and take in the answer.
void registerHandoffCommands(CommandRegistry &registry);

} // namespace lintas::cli
