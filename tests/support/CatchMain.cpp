#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

// Every suite gets a QCoreApplication so Qt facilities (QStandardPaths, resources, QProcess)
// behave as in the app.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
