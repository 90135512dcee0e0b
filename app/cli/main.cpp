#include "command.h"
#include "commandline.h"
#include "util/appidentity.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    rw::setApplicationIdentity();
    // Output stays English for scripts; this loads its plural forms.
    rw::Translations::install(QStringLiteral("en"));

    rw::cli::CommandRegistry registry;
    rw::cli::registerCatalogCommands(registry);
    rw::cli::registerSharingCommands(registry);
    rw::cli::registerProgramCommands(registry);
    rw::cli::registerNoteCommands(registry);
    rw::cli::registerRankCommands(registry);
    rw::cli::registerMaintenanceCommands(registry);

    QTextStream out(stdout);
    QTextStream err(stderr);
    rw::cli::CommandLine commandLine(registry);
    return commandLine.run(QCoreApplication::arguments().mid(1), out, err);
}
