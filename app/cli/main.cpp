#include "command.h"
#include "commandline.h"
#include "util/appidentity.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    rw::cli::CommandRegistry registry;
    rw::cli::registerCatalogCommands(registry);
    rw::cli::registerSharingCommands(registry);
    rw::cli::registerProgramCommands(registry);
    rw::cli::registerNoteCommands(registry);
    rw::cli::registerRankCommands(registry);
    rw::cli::registerMaintenanceCommands(registry);
    rw::cli::registerExportCommands(registry);
    rw::cli::CommandLine commandLine(registry);

    // Which application object to create depends on the command, so look at
    // the arguments before Qt does.
    QStringList rawArguments;
    for (int i = 1; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    std::unique_ptr<QCoreApplication> app;
    if (commandLine.needsGui(rawArguments)) {
        // Fonts (for a PDF) need a QGuiApplication. Nothing is ever shown, so
        // the offscreen platform does: it needs no display and starts faster.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    rw::setApplicationIdentity();
    // Output stays English for scripts; this loads its plural forms.
    rw::Translations::install(QStringLiteral("en"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    return commandLine.run(QCoreApplication::arguments().mid(1), out, err);
}
