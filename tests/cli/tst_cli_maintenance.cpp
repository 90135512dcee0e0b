#include "safetysupport.h"
#include "settings/appsettings.h"
#include "storage/backupstore.h"
#include "storage/databasecheck.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

namespace {

void damage(const QString &path)
{
    const int pages = test::pageCount(path);
    test::overwritePages(path, pages * 2 / 3, pages / 6, char(0xA5));
}

} // namespace

class TestCliMaintenance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void helpListsTheCommands()
    {
        auto help = test::runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"check", "backups", "backup [--keep N]", "restore BACKUP"})
            QVERIFY2(help.out.contains(QString::fromUtf8(command)), command);
    }

    void checkHealthyDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        test::makeDatabaseFile(path);
        const QByteArray before = test::readFile(path);

        auto text = test::runCli({QStringLiteral("check")}, path);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith(QStringLiteral("ok: ")), qPrintable(text.out));
        QVERIFY(text.out.contains(path));
        QVERIFY(text.out.contains(QStringLiteral("No backups yet")));

        auto json = test::runCli({QStringLiteral("check"), QStringLiteral("--format=json")}, path);
        QCOMPARE(json.exitCode, 0);
        const QJsonObject report = json.json().object();
        QCOMPARE(report[QStringLiteral("status")].toString(), QStringLiteral("ok"));
        QCOMPARE(report[QStringLiteral("ok")].toBool(), true);
        QCOMPARE(report[QStringLiteral("path")].toString(), path);
        QVERIFY(report[QStringLiteral("message")].isNull());
        QVERIFY(report[QStringLiteral("problems")].toArray().isEmpty());
        QCOMPARE(report[QStringLiteral("schema_version")].toInt(),
                 Database::currentSchemaVersion());
        QCOMPARE(report[QStringLiteral("written_by")].toString(), QStringLiteral(RANKWISE_VERSION));
        QVERIFY(report[QStringLiteral("bytes")].toInteger() > 0);
        const QJsonObject backups = report[QStringLiteral("backups")].toObject();
        QCOMPARE(backups[QStringLiteral("count")].toInt(), 0);
        QVERIFY(backups[QStringLiteral("newest")].isNull());
        QCOMPARE(backups[QStringLiteral("folder")].toString(),
                 dir.filePath(QStringLiteral("backups")));
        // Checking writes nothing into the database.
        QCOMPARE(test::readFile(path), before);
    }

    void checkDamagedDatabaseSuggestsRestore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        test::makeDatabaseFile(path);
        QCOMPARE(test::runCli({QStringLiteral("backup")}, path).exitCode, 0);
        damage(path);

        auto text = test::runCli({QStringLiteral("check")}, path);
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains(QStringLiteral("is damaged")), qPrintable(text.out));
        QVERIFY(text.out.contains(path));
        QVERIFY(text.out.contains(QStringLiteral("restore latest")));

        auto json = test::runCli(
            {QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json")}, path);
        QCOMPARE(json.exitCode, 1);
        const QJsonObject report = json.json().object();
        QCOMPARE(report[QStringLiteral("status")].toString(), QStringLiteral("damaged"));
        QCOMPARE(report[QStringLiteral("ok")].toBool(), false);
        QVERIFY(report[QStringLiteral("message")].toString().contains(path));
        QCOMPARE(report[QStringLiteral("backups")].toObject()[QStringLiteral("count")].toInt(), 1);
    }

    void checkOtherFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("missing") << QByteArray() << QStringLiteral("missing") << 2;
        QTest::newRow("not sqlite")
            << QByteArray("plain text\n") << QStringLiteral("not-sqlite") << 1;
    }

    void checkOtherFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, status);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        if (!content.isEmpty())
            test::writeFile(path, content);
        auto json = test::runCli({QStringLiteral("check"), QStringLiteral("--format=json")}, path);
        QCOMPARE(json.exitCode, exitCode);
        QCOMPARE(json.json().object()[QStringLiteral("status")].toString(), status);
        QVERIFY(json.json().object()[QStringLiteral("schema_version")].isNull());
        if (!content.isEmpty())
            QCOMPARE(test::readFile(path), content);
        else
            QVERIFY(!QFile::exists(path));
    }

    void backupListAndPrune()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        test::makeDatabaseFile(path);

        auto empty = test::runCli({QStringLiteral("backups")}, path);
        QCOMPARE(empty.exitCode, 0);
        QVERIFY(empty.out.contains(QStringLiteral("No backups")));
        QCOMPARE(test::runCli({QStringLiteral("backups"), QStringLiteral("--format=json")}, path)
                     .json()
                     .array()
                     .size(),
                 0);

        auto made = test::runCli({QStringLiteral("backup")}, path);
        QCOMPARE(made.exitCode, 0);
        const QString backupPath = made.out.trimmed();
        QVERIFY2(QFileInfo::exists(backupPath), qPrintable(made.out));
        QVERIFY(backupPath.startsWith(dir.filePath(QStringLiteral("backups/rankwise.sqlite."))));
        QVERIFY(backupPath.endsWith(QStringLiteral(".manual.bak")));

        auto listed = test::runCli({QStringLiteral("backups"), QStringLiteral("--format"),
                                    QStringLiteral("json"), QStringLiteral("--verify")},
                                   path);
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray array = listed.json().array();
        QCOMPARE(array.size(), 1);
        const QJsonObject first = array.first().toObject();
        QCOMPARE(first[QStringLiteral("path")].toString(), backupPath);
        QCOMPARE(first[QStringLiteral("file")].toString(), QFileInfo(backupPath).fileName());
        QCOMPARE(first[QStringLiteral("reason")].toString(), QStringLiteral("manual"));
        QVERIFY(first[QStringLiteral("created")].toString().endsWith(u'Z'));
        QVERIFY(first[QStringLiteral("bytes")].toInteger() > 0);
        QCOMPARE(first[QStringLiteral("ok")].toBool(), true);

        auto text = test::runCli({QStringLiteral("backups"), QStringLiteral("--verify")}, path);
        QVERIFY(text.out.contains(QFileInfo(backupPath).fileName()));

        // --keep prunes to the newest N (older backups made here directly).
        BackupStore store(path);
        const QDateTime day = QDateTime::currentDateTimeUtc().addDays(-10);
        for (int i = 0; i < 3; ++i)
            QVERIFY(store.create(BackupStore::Reason::Daily, 10, day.addDays(i)).ok());
        QCOMPARE(store.list().size(), 4);
        QCOMPARE(
            test::runCli({QStringLiteral("backup"), QStringLiteral("--keep"), QStringLiteral("2")},
                         path)
                .exitCode,
            0);
        const QList<BackupInfo> kept = store.list();
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.at(1).path, backupPath);
    }

    void backupKeepsTheAppsSetting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        test::makeDatabaseFile(path);
        BackupStore store(path);
        const QDateTime day = QDateTime::currentDateTimeUtc().addDays(-10);
        for (int i = 0; i < 4; ++i)
            QVERIFY(store.create(BackupStore::Reason::Daily, 10, day.addDays(i)).ok());
        {
            QSettings settings(qEnvironmentVariable("XDG_CONFIG_HOME")
                                   + QStringLiteral("/Rankwise/Rankwise.conf"),
                               QSettings::IniFormat);
            settings.setValue(Settings::backupsKeep.key(), 3);
        }
        QCOMPARE(test::runCli({QStringLiteral("backup")}, path).exitCode, 0);
        QCOMPARE(store.list().size(), 3);
        QSettings(qEnvironmentVariable("XDG_CONFIG_HOME")
                      + QStringLiteral("/Rankwise/Rankwise.conf"),
                  QSettings::IniFormat)
            .remove(Settings::backupsKeep.key());
    }

    void backupRefusals()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        auto missing = test::runCli({QStringLiteral("backup")}, path);
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QStringLiteral("nothing to back up")));
        QVERIFY(!QFileInfo::exists(path));

        test::makeDatabaseFile(path);
        auto badKeep = test::runCli({QStringLiteral("backup"), QStringLiteral("--keep=0")}, path);
        QCOMPARE(badKeep.exitCode, 2);
        QVERIFY(badKeep.err.contains(QStringLiteral("--keep")));
        QVERIFY(BackupStore(path).list().isEmpty());

        damage(path);
        auto damaged = test::runCli({QStringLiteral("backup")}, path);
        QCOMPARE(damaged.exitCode, 1);
        QVERIFY2(damaged.err.contains(path), qPrintable(damaged.err));
        QVERIFY(BackupStore(path).list().isEmpty());
    }

    void restoreLatestReplacesADamagedDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        test::makeDatabaseFile(path, QStringLiteral("Saved in the backup"));
        QCOMPARE(test::runCli({QStringLiteral("backup")}, path).exitCode, 0);
        damage(path);
        const QByteArray damaged = test::readFile(path);

        auto restored = test::runCli({QStringLiteral("restore"), QStringLiteral("latest")}, path);
        QCOMPARE(restored.exitCode, 0);
        QVERIFY2(restored.out.contains(QStringLiteral("Restored")), qPrintable(restored.out));
        const QString keptAs = restored.out.section(u'“', -1).section(u'”', 0, 0);
        QVERIFY2(keptAs.contains(QStringLiteral("rankwise.replaced-")), qPrintable(restored.out));
        QCOMPARE(test::readFile(keptAs), damaged);

        auto check = test::runCli({QStringLiteral("check")}, path);
        QCOMPARE(check.exitCode, 0);
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE(test::scalar(**db,
                              QStringLiteral("SELECT count(*) FROM notes WHERE body = "
                                             "'Saved in the backup'"))
                     .toInt(),
                 1);
    }

    void restoreByFileNameOrPath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        test::makeDatabaseFile(path);
        const QString backup = test::runCli({QStringLiteral("backup")}, path).out.trimmed();
        QCOMPARE(
            test::runCli({QStringLiteral("restore"), QFileInfo(backup).fileName()}, path).exitCode,
            0);
        QCOMPARE(test::runCli({QStringLiteral("restore"), backup}, path).exitCode, 0);
        // Two restores: two earlier files kept, none deleted.
        QStringList kept =
            QDir(dir.path()).entryList({QStringLiteral("rankwise.replaced-*.sqlite")}, QDir::Files);
        QCOMPARE(kept.size(), 2);
    }

    void restoreRefusals()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        test::makeDatabaseFile(path);
        const QByteArray before = test::readFile(path);

        auto none = test::runCli({QStringLiteral("restore"), QStringLiteral("latest")}, path);
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains(QStringLiteral("no backups")));

        auto unknown = test::runCli({QStringLiteral("restore"), QStringLiteral("nope.bak")}, path);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(dir.filePath(QStringLiteral("backups"))));

        const QString backup = test::runCli({QStringLiteral("backup")}, path).out.trimmed();
        damage(backup);
        auto damaged = test::runCli({QStringLiteral("restore"), backup}, path);
        QCOMPARE(damaged.exitCode, 2);
        QVERIFY2(damaged.err.contains(QStringLiteral("cannot be restored")),
                 qPrintable(damaged.err));
        auto latest = test::runCli({QStringLiteral("restore"), QStringLiteral("latest")}, path);
        QCOMPARE(latest.exitCode, 2);
        QVERIFY(latest.err.contains(QStringLiteral("passes the integrity check")));

        auto usage = test::runCli({QStringLiteral("restore")}, path);
        QCOMPARE(usage.exitCode, 2);
        QCOMPARE(test::readFile(path), before);
    }
};

QTEST_GUILESS_MAIN(TestCliMaintenance)
#include "tst_cli_maintenance.moc"
