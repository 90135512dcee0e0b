#include "storage/database.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void createsNewDatabaseWithCurrentSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/new.sqlite"));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.message()));
        QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
        QCOMPARE(test::scalar(**db, QStringLiteral("PRAGMA user_version")).toInt(),
                 Database::currentSchemaVersion());
        QCOMPARE(test::scalar(**db, QStringLiteral("PRAGMA application_id")).toInt(),
                 Database::kApplicationId);
        QCOMPARE(test::scalar(**db, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(test::scalar(**db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE((*db)->meta(QStringLiteral("created_by")), QStringLiteral(RANKWISE_VERSION));
    }

    void refusesFileThatIsNotSqlite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        const QByteArray content = "These are my interview notes, not a database.\n";
        test::writeFile(path, content);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::Input);
        QVERIFY2(db.message().contains(QStringLiteral("not a Rankwise database")),
                 qPrintable(db.message()));
        QVERIFY(db.message().contains(path));
        QCOMPARE(test::readFile(path), content);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesOtherSqliteDatabaseUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE recipes(name TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO recipes VALUES ('soup')")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = test::readFile(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.message().contains(QStringLiteral("not a Rankwise database")),
                 qPrintable(db.message()));
        QCOMPARE(test::readFile(path), before);
    }

    void refusesNewerSchemaUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY((*db)
                        ->write([&]() -> Status {
                            QSqlQuery q((*db)->connection());
                            if (!q.exec(QStringLiteral("PRAGMA user_version = %1")
                                            .arg(Database::currentSchemaVersion() + 5)))
                                return Error::database(QStringLiteral("pragma failed"));
                            return (*db)->setMeta(QStringLiteral("written_by"),
                                                  QStringLiteral("9.1.0"));
                        })
                        .ok());
            QSqlQuery checkpoint((*db)->connection());
            QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = test::readFile(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::Input);
        QVERIFY2(db.message().contains(QStringLiteral("Rankwise 9.1.0")), qPrintable(db.message()));
        QVERIFY(db.message().contains(QString::number(Database::currentSchemaVersion() + 5)));
        QCOMPARE(test::readFile(path), before);
    }

    void emptyFileBecomesDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        test::writeFile(path, {});
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
    }

    void refusesFolder()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.path());
        QVERIFY(!db.ok());
        QVERIFY(db.message().contains(QStringLiteral("folder")));
    }

    void writeRollsBackOnError()
    {
        test::TempDatabase temp(false);
        Status status = temp->write([&]() -> Status {
            if (auto s = temp->setMeta(QStringLiteral("probe"), QStringLiteral("1")); !s)
                return s;
            return Error::input(QStringLiteral("changed my mind"));
        });
        QVERIFY(!status.ok());
        QCOMPARE(status.message(), QStringLiteral("changed my mind"));
        QCOMPARE(temp->meta(QStringLiteral("probe"), QStringLiteral("absent")),
                 QStringLiteral("absent"));
        QVERIFY(!temp->inTransaction());
    }

    void nestedWriteRollsBackOnlyInner()
    {
        test::TempDatabase temp(false);
        Status status = temp->write([&]() -> Status {
            if (auto s = temp->setMeta(QStringLiteral("outer"), QStringLiteral("kept")); !s)
                return s;
            Status inner = temp->write([&]() -> Status {
                if (auto s = temp->setMeta(QStringLiteral("inner"), QStringLiteral("dropped")); !s)
                    return s;
                return Error::input(QStringLiteral("inner failed"));
            });
            return inner.ok() ? Status(Error::internal(QStringLiteral("inner should fail")))
                              : Status();
        });
        QVERIFY(status.ok());
        QCOMPARE(temp->meta(QStringLiteral("outer")), QStringLiteral("kept"));
        QCOMPARE(temp->meta(QStringLiteral("inner"), QStringLiteral("absent")),
                 QStringLiteral("absent"));
    }

    void resolvePathPrefersExplicitThenEnvironment()
    {
        qputenv("RANKWISE_DB", "/tmp/from-env.sqlite");
        QCOMPARE(Database::resolvePath(QStringLiteral("/tmp/explicit.sqlite")),
                 QStringLiteral("/tmp/explicit.sqlite"));
        QCOMPARE(Database::resolvePath(QString()), QStringLiteral("/tmp/from-env.sqlite"));
        qunsetenv("RANKWISE_DB");
        QVERIFY(Database::resolvePath(QString()).endsWith(QStringLiteral("/rankwise.sqlite")));
        QCOMPARE(Database::resolvePath(QString()), Database::defaultPath());
    }

    void foreignKeysAreEnforced()
    {
        test::TempDatabase temp(false);
        QSqlQuery q(temp->connection());
        QVERIFY(!q.exec(QStringLiteral(
            "INSERT INTO tracks(key, program_id, position, name, type, origin, source) "
            "VALUES ('x.y', 999, 0, 'Ghost', 'categorical', 'user', 'test')")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
