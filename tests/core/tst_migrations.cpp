#include "storage/backupstore.h"
#include "storage/database.h"
#include "storage/databasecheck.h"
#include "storage/schema.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

// Builds a database as the first release (schema 1) left it, with data in
// it, without going through Database (which would migrate at once).
static void createVersion1(const QString &path, const QStringList &extraStatements = {})
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        QStringList statements = migrations().constFirst().statements;
        QCOMPARE(migrations().constFirst().version, 1);
        statements
            << QStringLiteral("INSERT INTO institutions(key, name, origin, source) VALUES "
                              "('my-hosp', 'My Hospital', 'user', 'added by user')")
            << QStringLiteral(
                   "INSERT INTO programs(key, name, institution_id, city, state, origin, source) "
                   "VALUES ('my-im', 'My IM', 1, 'Springfield', 'IL', 'user', 'added by user')")
            << QStringLiteral("INSERT INTO tracks(key, program_id, position, name, type, "
                              "nrmp_code, origin, source) VALUES ('my-im.categorical', 1, 0, "
                              "'Categorical', 'categorical', '1234140C0', 'user', 'added by user')")
            << QStringLiteral(
                   "INSERT INTO notes(program_id, body, created, modified) VALUES (1, 'Great "
                   "residents, long commute', '2026-10-01T10:00:00Z', '2026-10-01T10:00:00Z')")
            << QStringLiteral("INSERT INTO meta(key, value) VALUES ('written_by', '0.0.1')")
            << extraStatements << QStringLiteral("PRAGMA user_version = 1")
            << QStringLiteral("PRAGMA application_id = %1").arg(Database::kApplicationId);
        for (const QString &statement : statements)
            QVERIFY2(q.exec(statement),
                     qPrintable(statement + QStringLiteral(": ") + q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
}

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void stepsAreNumberedInOrder()
    {
        int expected = 1;
        for (const Migration &step : migrations()) {
            QCOMPARE(step.version, expected++);
            QVERIFY(!step.statements.isEmpty());
        }
        QCOMPARE(Database::currentSchemaVersion(), expected - 1);
    }

    void upgradesVersion1KeepingData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        createVersion1(path);

        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.message()));
        QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
        QCOMPARE(test::scalar(**db, QStringLiteral("PRAGMA user_version")).toInt(),
                 Database::currentSchemaVersion());
        QCOMPARE(test::scalar(**db, QStringLiteral("SELECT name FROM programs WHERE key = 'my-im'"))
                     .toString(),
                 QStringLiteral("My IM"));
        QCOMPARE(test::scalar(**db, QStringLiteral("SELECT nrmp_code FROM tracks")).toString(),
                 QStringLiteral("1234140C0"));
        QCOMPARE(test::scalar(**db, QStringLiteral("SELECT body FROM notes")).toString(),
                 QStringLiteral("Great residents, long commute"));
        // Tables of later steps exist and work with the old rows.
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO criteria(name, weight, kind, position) VALUES "
                                      "('Location', 2, 'rating', 0)")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO ratings(track_id, criterion_id, value) VALUES (1, 1, 4)")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO user_values(track_id, criterion_id, value) VALUES (1, 1, 0.5)")));
        QCOMPARE((*db)->meta(QStringLiteral("written_by")), QStringLiteral(RANKWISE_VERSION));
    }

    void failedUpgradeLeavesVersion1Intact()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1-clash.sqlite"));
        // A table that a later step wants to create makes that step fail halfway.
        createVersion1(path, {QStringLiteral("CREATE TABLE rank_lists(x)")});

        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.message().contains(QStringLiteral("schema 2")), qPrintable(db.message()));

        QSqlDatabase check =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        check.setDatabaseName(path);
        QVERIFY(check.open());
        {
            QSqlQuery q(check);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(
                q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'criteria'"))
                && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM notes")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        check.close();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void upgradeKeepsABackupOfTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        createVersion1(path);
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.message()));

        const QList<BackupInfo> backups = BackupStore(path).list();
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.constFirst().reason, QStringLiteral("upgrade"));
        const DatabaseHealth health = DatabaseCheck::inspect(backups.constFirst().path);
        QVERIFY2(health.isHealthy(), qPrintable(health.message));
        QCOMPARE(health.schemaVersion, 1);
        QCOMPARE(health.writtenBy, QStringLiteral("0.0.1"));
    }

    void newOrCurrentDatabaseGetsNoUpgradeBackup()
    {
        test::TempDatabase temp;
        temp.reopen();
        QVERIFY(!QFileInfo::exists(BackupStore(temp.path()).folder()));
    }

    void upgradeBackupCanBeTurnedOff()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        createVersion1(path);
        Database::Options options;
        options.keepBackups = 0;
        QVERIFY(Database::open(path, options).ok());
        QVERIFY(BackupStore(path).list().isEmpty());
    }

    void noUpgradeWithoutABackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        createVersion1(path);
        // A file where the backup folder should be: the backup cannot be made.
        test::writeFile(dir.filePath(QStringLiteral("backups")), "in the way");
        const QByteArray before = test::readFile(path);

        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.message().contains(QStringLiteral("Could not back up")),
                 qPrintable(db.message()));
        QVERIFY(db.message().contains(QStringLiteral("left untouched")));
        QCOMPARE(test::readFile(path), before);
        QCOMPARE(DatabaseCheck::inspect(path).schemaVersion, 1);
    }

    void reopeningCurrentSchemaChangesNothing()
    {
        test::TempDatabase temp;
        const int objects =
            test::scalar(temp.db(), QStringLiteral("SELECT count(*) FROM sqlite_schema")).toInt();
        Database &db = temp.reopen();
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        QCOMPARE(test::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema")).toInt(),
                 objects);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
