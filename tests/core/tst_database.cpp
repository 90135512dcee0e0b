#include "safetysupport.h"
#include "storage/database.h"
#include "storage/noterepository.h"
#include "testsupport.h"

#include <QDir>
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

    void readOnlyFileOpensReadOnlyAndRefusesWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked.sqlite"));
        test::makeDatabaseFile(path, QStringLiteral("Keep me"));
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = test::readFile(path);
        {
            test::Unprivileged nobody({dir.path()});
            auto db = Database::open(path);
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.message()));
            QVERIFY((*db)->isReadOnly());
            QCOMPARE((*db)->readOnlyReason(), QStringLiteral("the file is read-only"));
            QCOMPARE(test::scalar(
                         **db, QStringLiteral("SELECT count(*) FROM notes WHERE body = 'Keep me'"))
                         .toInt(),
                     1);

            NoteRepository notes(**db);
            auto target = notes.resolveTarget(QStringLiteral("mgh-im"));
            QVERIFY(target.ok());
            auto added = notes.add(*target, QStringLiteral("lost?"));
            QVERIFY(!added.ok());
            QCOMPARE(added.error().kind, Error::Kind::Io);
            QVERIFY2(added.message().contains(QStringLiteral("read-only")),
                     qPrintable(added.message()));
            QVERIFY(added.message().contains(path));
            QVERIFY(added.message().contains(QStringLiteral("Nothing was changed")));
        }
        QCOMPARE(test::readFile(path), before);
    }

    void readOnlyFolderOpensReadOnly()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/rankwise.sqlite");
        test::makeDatabaseFile(path, QStringLiteral("Keep me"));
        const auto all = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther | QFile::WriteOwner
            | QFile::WriteGroup | QFile::WriteOther;
        const auto enter = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther | QFile::ExeOwner
            | QFile::ExeGroup | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(path, all));
        QVERIFY(QFile::setPermissions(folder, enter));
        {
            test::Unprivileged nobody({dir.path()});
            auto db = Database::open(path);
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.message()));
            QVERIFY((*db)->isReadOnly());
            QVERIFY2((*db)->readOnlyReason().contains(folder), qPrintable((*db)->readOnlyReason()));
            QCOMPARE(test::scalar(
                         **db, QStringLiteral("SELECT count(*) FROM notes WHERE body = 'Keep me'"))
                         .toInt(),
                     1);
            Status status = (*db)->write(
                [&] { return (*db)->setMeta(QStringLiteral("x"), QStringLiteral("y")); });
            QVERIFY(!status.ok());
            QVERIFY(status.message().contains(QStringLiteral("read-only")));
        }
        QVERIFY(QFile::setPermissions(folder, enter | QFile::WriteOwner));
    }

    void fullDiskFailsClearlyAndLosesNothing()
    {
        test::TempDatabase temp;
        NoteRepository notes(temp.db());
        auto target = notes.resolveTarget(QStringLiteral("mgh-im"));
        QVERIFY(target.ok());
        QVERIFY(notes.add(*target, QStringLiteral("written before the disk filled")).ok());
        const int pages = test::scalar(temp.db(), QStringLiteral("PRAGMA page_count")).toInt();
        const int notesBefore =
            test::scalar(temp.db(), QStringLiteral("SELECT count(*) FROM notes")).toInt();
        // SQLite's page limit stands in for a full disk: the same SQLITE_FULL.
        QSqlQuery limit(temp->connection());
        QVERIFY(limit.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 3)));

        auto big = notes.add(*target, QString(60 * 1024, u'x'));
        QVERIFY(!big.ok());
        QCOMPARE(big.error().kind, Error::Kind::Io);
        QVERIFY2(big.message().contains(QStringLiteral("disk is full")), qPrintable(big.message()));
        QVERIFY(big.message().contains(QStringLiteral("Nothing was changed")));

        // A bulk write that fills the disk half-way leaves nothing behind.
        int inserted = 0;
        Status bulk = temp->write([&]() -> Status {
            for (int i = 0; i < 1000; ++i) {
                auto note =
                    notes.add(*target, QStringLiteral("bulk %1 ").arg(i) + QString(500, u'y'));
                if (!note)
                    return note.error();
                ++inserted;
            }
            return {};
        });
        QVERIFY(!bulk.ok());
        QVERIFY(inserted > 0);
        QVERIFY(!temp->inTransaction());
        QCOMPARE(test::scalar(temp.db(), QStringLiteral("SELECT count(*) FROM notes")).toInt(),
                 notesBefore);

        // Space again: the database works and is intact.
        QVERIFY(limit.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        QVERIFY(notes.add(*target, QStringLiteral("after space was freed")).ok());
        QCOMPARE(test::scalar(temp.db(), QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(test::scalar(temp.db(), QStringLiteral("SELECT count(*) FROM notes")).toInt(),
                 notesBefore + 1);
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
