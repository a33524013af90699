#pragma once

#include "base/Result.h"

namespace lintas::cli {

class CommandContext;
class CommandRegistry;

// note add | list, deadline add | list | suggest
class TimelineCommands {
public:
    static void registerAll(CommandRegistry &registry);

private:
    static Status addNote(CommandContext &ctx);
    static Status listNotes(CommandContext &ctx);
    static Status addDeadline(CommandContext &ctx);
    static Status listDeadlines(CommandContext &ctx);
    static Status suggestDeadlines(CommandContext &ctx);
};

} // namespace lintas::cli
