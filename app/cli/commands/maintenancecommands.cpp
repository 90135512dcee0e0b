// check, backups, backup, restore: looking after the database file itself.
// None of them opens the database the usual way (which would upgrade it and
// install the catalog): they must work on a damaged file too.

#include "command.h"
#include "jsonformat.h"
#include "settings/appsettings.h"
#include "storage/backupstore.h"
#include "storage/database.h"
#include "storage/databasecheck.h"
#include "storage/recovery.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace rw::cli {

namespace {

class MaintenanceCommands
{
    Q_DECLARE_TR_FUNCTIONS(rw::cli::MaintenanceCommands)

public:
    static int check(Context &context);
    static int backups(Context &context);
    static int backup(Context &context);
    static int restore(Context &context);

private:
    static QJsonObject backupJson(const BackupInfo &backup);
    static QString backupLine(const BackupInfo &backup);
    static QString size(qint64 bytes);
};

QString MaintenanceCommands::size(qint64 bytes)
{
    return QLocale::system().formattedDataSize(bytes);
}

QJsonObject MaintenanceCommands::backupJson(const BackupInfo &backup)
{
    return {
        {QStringLiteral("file"), backup.fileName},
        {QStringLiteral("path"), backup.path},
        {QStringLiteral("created"), backup.created.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("reason"), JsonFormat::nullable(backup.reason)},
        {QStringLiteral("bytes"), backup.bytes},
    };
}

QString MaintenanceCommands::backupLine(const BackupInfo &backup)
{
    return tr("%1  %2  %3  %4")
        .arg(QLocale::system().toString(backup.created.toLocalTime(), QLocale::ShortFormat),
             BackupStore::reasonText(backup.reason), size(backup.bytes), backup.fileName);
}

int MaintenanceCommands::check(Context &context)
{
    auto format = context.format();
    if (!format)
        return context.fail(format.error());
    const DatabaseHealth health =
        DatabaseCheck::inspect(context.databasePath(), DatabaseCheck::Depth::Full);
    const BackupStore store(health.path);
    const QList<BackupInfo> backups = store.list();

    using Verdict = DatabaseHealth::Verdict;
    const int code = health.isHealthy() ? Success
        : (health.verdict == Verdict::Missing || health.verdict == Verdict::NotRankwise
           || health.verdict == Verdict::Newer)
        ? BadInput
        : Failure;

    if (*format == u"json") {
        QJsonObject newest;
        if (!backups.isEmpty())
            newest = backupJson(backups.constFirst());
        const bool known = health.applicationId == Database::kApplicationId;
        const QJsonObject report {
            {QStringLiteral("path"), health.path},
            {QStringLiteral("status"), health.verdictId()},
            {QStringLiteral("ok"), health.isHealthy()},
            {QStringLiteral("message"), JsonFormat::nullable(health.message)},
            {QStringLiteral("problems"), QJsonArray::fromStringList(health.problems)},
            {QStringLiteral("schema_version"),
             known ? QJsonValue(health.schemaVersion) : QJsonValue()},
            {QStringLiteral("written_by"), JsonFormat::nullable(health.writtenBy)},
            {QStringLiteral("bytes"), health.bytes},
            {QStringLiteral("backups"),
             QJsonObject {{QStringLiteral("folder"), store.folder()},
                          {QStringLiteral("count"), int(backups.size())},
                          {QStringLiteral("newest"),
                           backups.isEmpty() ? QJsonValue() : QJsonValue(newest)}}},
        };
        context.out << QString::fromUtf8(JsonFormat::toBytes(report));
        return code;
    }

    QTextStream &out = context.out;
    if (health.isHealthy()) {
        out << tr("ok: “%1” passed SQLite’s integrity and reference checks.").arg(health.path)
            << "\n"
            << tr("Schema %1, last written by Rankwise %2, %3.")
                   .arg(health.schemaVersion)
                   .arg(health.writtenBy.isEmpty() ? tr("(unknown)") : health.writtenBy,
                        size(health.bytes))
            << "\n";
    } else {
        out << health.message << "\n";
        for (const QString &problem : health.problems)
            out << "  - " << problem << "\n";
    }
    if (backups.isEmpty()) {
        out << tr("No backups yet (they are kept in “%1”).").arg(store.folder()) << "\n";
    } else {
        out << tr("Backups in “%1”: %2; the newest:").arg(store.folder()).arg(backups.size())
            << "\n  " << backupLine(backups.constFirst()) << "\n";
        if (health.isDamaged())
            out << tr("To put the newest good backup in place (the damaged file is kept "
                      "aside): rankwise-cli --db “%1” restore latest")
                       .arg(health.path)
                << "\n";
    }
    return code;
}

int MaintenanceCommands::backups(Context &context)
{
    auto format = context.format();
    if (!format)
        return context.fail(format.error());
    const BackupStore store(context.databasePath());
    const QList<BackupInfo> backups = store.list();
    const bool verify = context.flag(QStringLiteral("verify"));

    if (*format == u"json") {
        QJsonArray array;
        for (const BackupInfo &backup : backups) {
            QJsonObject object = backupJson(backup);
            if (verify) {
                const DatabaseHealth health = DatabaseCheck::inspect(backup.path);
                object.insert(QStringLiteral("ok"), health.isHealthy());
                object.insert(QStringLiteral("problem"), JsonFormat::nullable(health.message));
            }
            array.append(object);
        }
        context.out << QString::fromUtf8(JsonFormat::toBytes(array));
        return Success;
    }
    if (backups.isEmpty()) {
        context.out << tr("No backups of “%1” yet (they are kept in “%2”).")
                           .arg(store.databasePath(), store.folder())
                    << "\n";
        return Success;
    }
    context.out
        << tr("Backups of “%1”, newest first, in “%2”:").arg(store.databasePath(), store.folder())
        << "\n";
    for (const BackupInfo &backup : backups) {
        context.out << "  " << backupLine(backup);
        if (verify) {
            const DatabaseHealth health = DatabaseCheck::inspect(backup.path);
            context.out << "  "
                        << (health.isHealthy() ? tr("ok") : tr("DAMAGED: %1").arg(health.message));
        }
        context.out << "\n";
    }
    return Success;
}

int MaintenanceCommands::backup(Context &context)
{
    int keep = Settings::backupKeep();
    if (context.options.contains(QStringLiteral("keep"))) {
        bool ok = false;
        keep = context.option(QStringLiteral("keep")).toInt(&ok);
        if (!ok || keep < 1)
            return context.usageError(tr("--keep needs a whole number of at least 1, not “%1”.")
                                          .arg(context.option(QStringLiteral("keep"))));
    }
    auto made = BackupStore(context.databasePath()).create(BackupStore::Reason::Manual, keep);
    if (!made)
        return context.fail(made.error());
    context.out << made->path << "\n";
    return Success;
}

int MaintenanceCommands::restore(Context &context)
{
    const BackupStore store(context.databasePath());
    auto backup = store.find(context.args.constFirst());
    if (!backup)
        return context.fail(backup.error());
    auto restored = Recovery::restore(backup->path, store.databasePath());
    if (!restored)
        return context.fail(restored.error());
    context.out << tr("Restored “%1” from “%2”.").arg(restored->databasePath, restored->backupPath)
                << "\n";
    if (!restored->keptAs.isEmpty())
        context.out << tr("The file it replaced was kept as “%1”.").arg(restored->keptAs) << "\n";
    return Success;
}

} // namespace

void registerMaintenanceCommands(CommandRegistry &registry)
{
    registry.add({QStringLiteral("check")}, {},
                 MaintenanceCommands::tr("Check the database file: SQLite’s integrity and "
                                         "reference checks, its version, its backups."),
                 {formatOption()}, 0, &MaintenanceCommands::check);
    registry.add({QStringLiteral("backups")}, {},
                 MaintenanceCommands::tr("List the database’s backups, newest first."),
                 {formatOption(),
                  {QStringLiteral("verify"),
                   {},
                   MaintenanceCommands::tr("also check each backup’s integrity")}},
                 0, &MaintenanceCommands::backups);
    registry.add({QStringLiteral("backup")}, {},
                 MaintenanceCommands::tr("Back the database up now, then keep only the newest "
                                         "backups."),
                 {{QStringLiteral("keep"), QStringLiteral("N"),
                   MaintenanceCommands::tr("how many backups to keep (default: the app’s "
                                           "setting, else %1)")
                       .arg(BackupStore::kDefaultKeep)}},
                 0, &MaintenanceCommands::backup);
    registry.add({QStringLiteral("restore")}, QStringLiteral("BACKUP"),
                 MaintenanceCommands::tr("Put a backup in place of the database (a file name "
                                         "from “backups”, a path, or “latest”); the current "
                                         "file is kept aside, never deleted."),
                 {}, 1, &MaintenanceCommands::restore);
}

} // namespace rw::cli
