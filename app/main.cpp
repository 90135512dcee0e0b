#include "catalog/bundledcatalog.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "util/appidentity.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

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

    const QString path = rw::Database::resolvePath(parser.value(dbOption));
    auto database = rw::Database::open(path);
    if (!database) {
        QMessageBox::critical(nullptr,
                              QCoreApplication::translate("main", "Cannot open the database"),
                              database.message());
        return 1;
    }
    if (auto installed = rw::BundledCatalog::install(**database); !installed) {
        QMessageBox::critical(nullptr,
                              QCoreApplication::translate("main", "Cannot load the catalog"),
                              installed.message());
        return 1;
    }

    MainWindow window(std::move(database.value()));
    window.show();
    window.activateWindow();
    return app.exec();
}
