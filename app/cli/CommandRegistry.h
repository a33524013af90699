#pragma once

#include "ArgParser.h"
#include "base/Result.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace lintas::cli {

class CommandContext;

struct CommandSpec {
    QString name; // "client add", "search"
    QString synopsis; // positional arguments, e.g. "CASE" or "QUERY..."
    QString summary; // one line for the command list
    int minArgs = 0;
    int maxArgs = 0; // -1: no limit
    QVector<OptionSpec> options;
    std::function<Status(CommandContext &)> run;
};

// All commands, looked up by their one or two words. main() hands argv over; each area
// (ProfileCommands, CaseCommands, …) registers its own commands.
class CommandRegistry {
public:
    CommandRegistry();

    void add(CommandSpec spec);
    // Parses, dispatches and reports; returns the process exit status.
    int run(const QStringList &arguments);

    static QVector<OptionSpec> globalOptions();

private:
    const CommandSpec *find(const QString &name) const;
    QStringList groupCommands(const QString &group) const;
    void printHelp(const CommandSpec *spec) const;

    QVector<CommandSpec> m_commands;
};

} // namespace lintas::cli
