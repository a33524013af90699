#include "CommandRegistry.h"

#include <QCoreApplication>

// lintas-cli: scripting, import/export and administration of Lintas profiles. See docs/cli.md.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Lintas"));
    QCoreApplication::setApplicationName(QStringLiteral("lintas"));
    lintas::cli::CommandRegistry commands;
    return commands.run(QCoreApplication::arguments().mid(1));
}
