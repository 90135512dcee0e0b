#include "safetysupport.h"
#include "storage/backupstore.h"
#include "storage/database.h"
#include "storage/databasecheck.h"
#include "storage/noterepository.h"
#include "storage/recovery.h"
#include "storage/sqliteconnection.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

namespace {

int notesWithBody(const QString &path, const QString &body)
{
    auto connection = SqliteConnection::openReadOnly(path);
    if (!connection)
        return -1;
    QSqlQuery query(connection->database());
    query.prepare(QStringLiteral("SELECT count(*) FROM notes WHERE body = ?"));
    query.addBindValue(body);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

void damage(const QString &path)
{
    const int pages = test::pageCount(path);
    test::overwritePages(path, pages * 2 / 3, pages / 6, char(0xA5));
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void asideNamesNeverCollide()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        const QDateTime when =
            QDateTime::fromString(QStringLiteral("2025-01-15T09:30:12Z"), Qt::ISODate);
        const QString first = Recovery::asideName(path, QStringLiteral("damaged"), when);
        QCOMPARE(first, dir.filePath(QStringLiteral("rankwise.damaged-2025-01-15T093012Z.sqlite")));
        test::writeFile(first, "taken");
        QCOMPARE(Recovery::asideName(path, QStringLiteral("damaged"), when),
                 dir.filePath(QStringLiteral("rankwise.damaged-2025-01-15T093012Z-2.sqlite")));
        // A leftover journal of that name blocks it too.
        test::writeFile(
            dir.filePath(QStringLiteral("rankwise.damaged-2025-01-15T093012Z-2.sqlite-wal")),
            "taken");
        QCOMPARE(Recovery::asideName(path, QStringLiteral("damaged"), when),
                 dir.filePath(QStringLiteral("rankwise.damaged-2025-01-15T093012Z-3.sqlite")));
        QCOMPARE(Recovery::asideName(dir.filePath(QStringLiteral("data")),
                                     QStringLiteral("damaged"), when),
                 dir.filePath(QStringLiteral("data.damaged-2025-01-15T093012Z")));
    }

    void moveAsideTakesTheJournalAlong()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        test::writeFile(path, "database");
        test::writeFile(path + QStringLiteral("-wal"), "journal");
        test::writeFile(path + QStringLiteral("-shm"), "index");
        auto aside = Recovery::moveAside(path, QStringLiteral("damaged"));
        QVERIFY2(aside.ok(), qPrintable(aside.ok() ? QString() : aside.message()));
        QVERIFY(aside->contains(QStringLiteral("rankwise.damaged-")));
        QCOMPARE(test::readFile(*aside), QByteArray("database"));
        QCOMPARE(test::readFile(*aside + QStringLiteral("-wal")), QByteArray("journal"));
        QCOMPARE(test::readFile(*aside + QStringLiteral("-shm")), QByteArray("index"));
        for (const char *suffix : {"", "-wal", "-shm"})
            QVERIFY(!QFile::exists(path + QString::fromLatin1(suffix)));
        QCOMPARE(Recovery::moveAside(path, QStringLiteral("damaged")).error().kind,
                 Error::Kind::NotFound);
    }

    void restorePutsTheBackupInPlaceAndKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        test::makeDatabaseFile(path, QStringLiteral("in the backup"));
        auto backup = BackupStore(path).create(BackupStore::Reason::Manual, 10);
        QVERIFY(backup.ok());
        {
            // A later note that only lives in the journal of the old file.
            auto db = Database::open(path);
            QVERIFY(db.ok());
            NoteRepository notes(**db);
            QVERIFY(notes
                        .add({NoteTarget::Kind::Program, QStringLiteral("mgh-im")},
                             QStringLiteral("only in the old file"))
                        .ok());
            QSqlQuery stop((*db)->connection());
            QVERIFY(stop.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            QVERIFY(notes
                        .add({NoteTarget::Kind::Program, QStringLiteral("mgh-im")},
                             QStringLiteral("in the old journal"))
                        .ok());
            // Copy the live state, as a kill would leave it (journal unmerged).
            QVERIFY(QFile::copy(path, dir.filePath(QStringLiteral("killed.sqlite"))));
            QVERIFY(QFile::copy(path + QStringLiteral("-wal"),
                                dir.filePath(QStringLiteral("killed.sqlite-wal"))));
        }
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::rename(dir.filePath(QStringLiteral("killed.sqlite")), path));
        QVERIFY(QFile::rename(dir.filePath(QStringLiteral("killed.sqlite-wal")),
                              path + QStringLiteral("-wal")));

        auto restored = Recovery::restore(backup->path, path);
        QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.message()));
        QCOMPARE(restored->backupPath, backup->path);
        QVERIFY(restored->keptAs.contains(QStringLiteral(".replaced-")));

        QVERIFY(DatabaseCheck::inspect(path).isHealthy());
        QCOMPARE(notesWithBody(path, QStringLiteral("in the backup")), 1);
        QCOMPARE(notesWithBody(path, QStringLiteral("in the old journal")), 0);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))
                || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
        // Nothing lost: the replaced file, with its journal, has everything.
        QCOMPARE(notesWithBody(restored->keptAs, QStringLiteral("in the old journal")), 1);
        QVERIFY(QFile::exists(backup->path));
        // And it opens normally.
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.message()));
    }

    void restoreWhereOnlyAStaleJournalIsLeft()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        test::makeDatabaseFile(path, QStringLiteral("in the backup"));
        auto backup = BackupStore(path).create(BackupStore::Reason::Manual, 10);
        QVERIFY(backup.ok());
        QVERIFY(QFile::remove(path));
        test::writeFile(path + QStringLiteral("-wal"), QByteArray(4096, 'w'));

        auto restored = Recovery::restore(backup->path, path);
        QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.message()));
        QVERIFY(QFile::exists(restored->keptAs + QStringLiteral("-wal")));
        QVERIFY(DatabaseCheck::inspect(path).isHealthy());
        QCOMPARE(notesWithBody(path, QStringLiteral("in the backup")), 1);
    }

    void restoreRefusesBadBackupsAndLeavesTheDatabase_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("damaged") << QStringLiteral("damaged") << QStringLiteral("damaged");
        QTest::newRow("not sqlite")
            << QStringLiteral("text") << QStringLiteral("not an SQLite file");
        QTest::newRow("newer") << QStringLiteral("newer") << QStringLiteral("Rankwise 8.0.0");
        QTest::newRow("other program")
            << QStringLiteral("other") << QStringLiteral("not a Rankwise database");
        QTest::newRow("blank") << QStringLiteral("blank") << QStringLiteral("no Rankwise data");
    }

    void restoreRefusesBadBackupsAndLeavesTheDatabase()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        test::makeDatabaseFile(path);
        auto made = BackupStore(path).create(BackupStore::Reason::Manual, 10);
        QVERIFY(made.ok());
        const QString backup = made->path;
        if (kind == u"damaged") {
            damage(backup);
        } else if (kind == u"text") {
            test::writeFile(backup, "not a database");
        } else {
            QFile::remove(backup);
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kind);
            db.setDatabaseName(kind == u"newer" ? path : backup);
            if (kind == u"newer") {
                QVERIFY(QFile::copy(path, backup));
                db.setDatabaseName(backup);
            }
            QVERIFY(db.open());
            QSqlQuery q(db);
            if (kind == u"newer") {
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 50")));
                QVERIFY(q.exec(
                    QStringLiteral("UPDATE meta SET value = '8.0.0' WHERE key = 'written_by'")));
            } else if (kind == u"other") {
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE recipes(name TEXT)")));
            } else {
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 0")));
            }
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(kind);
        }
        const QByteArray before = test::readFile(path);
        auto restored = Recovery::restore(backup, path);
        QVERIFY(!restored.ok());
        QCOMPARE(restored.error().kind, Error::Kind::Input);
        QVERIFY2(restored.message().contains(expected), qPrintable(restored.message()));
        QCOMPARE(test::readFile(path), before);
        // Nothing new beside it (read-only SQLite connections may leave an
        // empty journal and its index behind, nothing else).
        QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        files.removeAll(QStringLiteral("rankwise.sqlite-wal"));
        files.removeAll(QStringLiteral("rankwise.sqlite-shm"));
        QCOMPARE(files, QStringList {QStringLiteral("rankwise.sqlite")});
    }

    void databaseInUseElsewhereIsNeitherMovedNorReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        test::makeDatabaseFile(path);
        auto backup = BackupStore(path).create(BackupStore::Reason::Manual, 10);
        QVERIFY(backup.ok());
        QVERIFY(!Recovery::isInUse(path));
        // Our own connections do not count: only other processes.
        auto own = Database::open(path);
        QVERIFY(own.ok());
        QVERIFY(!Recovery::isInUse(path));
        own.value().reset();

        QProcess other;
        QVERIFY(test::startDriver(other, {QStringLiteral("idle"), path}, QStringLiteral("open")));
        QVERIFY(Recovery::isInUse(path));
        auto moved = Recovery::moveAside(path, QStringLiteral("damaged"));
        QVERIFY(!moved.ok());
        QCOMPARE(moved.error().kind, Error::Kind::Conflict);
        QVERIFY2(moved.message().contains(QStringLiteral("open in another Rankwise window")),
                 qPrintable(moved.message()));
        auto restored = Recovery::restore(backup->path, path);
        QVERIFY(!restored.ok());
        QCOMPARE(restored.error().kind, Error::Kind::Conflict);
        QVERIFY(QFile::exists(path));

        other.closeWriteChannel();
        QVERIFY(other.waitForFinished(30000));
        QVERIFY(!Recovery::isInUse(path));
        QVERIFY(Recovery::restore(backup->path, path).ok());
    }

    void restoredOlderBackupIsUpgradedOnOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        test::makeDatabaseFile(path, QStringLiteral("from schema 1 days"));
        const QString old = dir.filePath(QStringLiteral("old.bak"));
        QVERIFY(QFile::copy(path, old));
        {
            // Make it look like schema 1 (the tables of step 2 are gone).
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(old);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *table : {"user_values", // step 4
                                      "snapshot_entries", "snapshots", "rank_entries", "rank_lists",
                                      "ratings", "criteria"})
                QVERIFY(q.exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))));
            for (const char *index : {"programs_live", "sites_live"}) // step 3
                QVERIFY(q.exec(QStringLiteral("DROP INDEX %1").arg(QLatin1String(index))));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        }
        QVERIFY(Recovery::restore(old, path).ok());
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.message()));
        QCOMPARE((*db)->schemaVersion(), Database::currentSchemaVersion());
        QCOMPARE(test::scalar(**db,
                              QStringLiteral("SELECT count(*) FROM notes WHERE body = 'from "
                                             "schema 1 days'"))
                     .toInt(),
                 1);
        QCOMPARE(BackupStore(path).list().constFirst().reason, QStringLiteral("upgrade"));
    }
};

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
