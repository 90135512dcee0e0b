#include "mainwindow.h"
#include "settings/appsettings.h"
#include "startup/afterfirstpaint.h"
#include "startup/databaseopener.h"
#include "startup/firstpaintprobe.h"
#include "startup/startupchecks.h"
#include "storage/database.h"
#include "util/appidentity.h"
#include "util/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    rw::setApplicationIdentity();
    // Applied at start: a language chosen in Preferences takes effect on restart.
    rw::Translations::install(rw::Settings::languagePreference());
    QApplication::setApplicationDisplayName(QStringLiteral("Rankwise"));
    QApplication::setDesktopFileName(QStringLiteral(RANKWISE_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Compare residency programs and build your rank list."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QCoreApplication::translate("main", "Open the database at <path>."),
        QCoreApplication::translate("main", "path"));
    parser.addOption(dbOption);
    const QCommandLineOption firstPaintOption(
        QStringLiteral("quit-after-first-paint"),
        QCoreApplication::translate("main",
                                    "Print how long the window took to appear, then quit "
                                    "(for measuring start-up)."));
    parser.addOption(firstPaintOption);
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QCoreApplication::translate("main",
                                    "A classmate's note file (.rwnotes) to preview for import."),
        QStringLiteral("[file.rwnotes]"));
    parser.process(app);

    // A damaged, read-only or unreadable file is explained (and, when it
    // can be, recovered) before any window appears. Reading every page and
    // the day's backup wait until the window is up (StartupChecks), which
    // then offers recovery the same way.
    DatabaseOpener opener(rw::Database::resolvePath(parser.value(dbOption)));
    opener.setDeferChecks(true);
    std::unique_ptr<rw::Database> database = opener.open();
    if (!database)
        return 1;

    MainWindow window(std::move(database));
    if (parser.isSet(firstPaintOption)) {
        // Measuring: quit after the paint (the checks come with a real start).
        new FirstPaintProbe(&window, sinceStart);
    } else {
        auto *checks = new StartupChecks(&window);
        afterFirstPaint(&window, [checks, keep = opener.keepBackups()] { checks->start(keep); });
    }
    window.show();
    window.activateWindow();
    // A double-clicked note file: preview it once the window is up.
    if (const QStringList files = parser.positionalArguments(); !files.isEmpty()) {
        const QString file = files.constFirst();
        QTimer::singleShot(0, &window, [&window, file] { window.importNotesFile(file); });
    }
    return app.exec();
}
