#pragma once

namespace lintas::cli {

class CommandRegistry;
// `org spaces|share-space` and `case move`: spaces shared with another organisation, and moving a
// case into one (decision D41).
void registerSpaceCommands(CommandRegistry &registry);

} // namespace lintas::cli
