#include "mainwindow.h"
#include "startup/databaseopener.h"
#include "storage/database.h"
#include "util/appidentity.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    rw::setApplicationIdentity();
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
    parser.process(app);

    // A damaged, read-only or unreadable file is explained (and, when it
    // can be, recovered) before any window appears.
    DatabaseOpener opener(rw::Database::resolvePath(parser.value(dbOption)));
    std::unique_ptr<rw::Database> database = opener.open();
    if (!database)
        return 1;

    MainWindow window(std::move(database));
    window.show();
    window.activateWindow();
    return app.exec();
}
