#include "safetysupport.h"
#include "storage/backupstore.h"
#include "storage/database.h"
#include "storage/databasecheck.h"
#include "storage/noterepository.h"
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
using Reason = BackupStore::Reason;

namespace {

QDateTime at(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

// How many notes with this body a database file holds (read-only look).
int notesWithBody(const QString &path, const QString &body)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return -1;
    QSqlQuery query((*db)->connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM notes WHERE body = ?"));
    query.addBindValue(body);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestBackupStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void backupIsACheckedCopyBesideTheDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        test::makeDatabaseFile(path, QStringLiteral("Backed-up note"));
        BackupStore store(path);
        QCOMPARE(store.folder(), dir.filePath(QStringLiteral("backups")));
        QVERIFY(store.list().isEmpty());

        auto made = store.create(Reason::Manual, 10, at(QStringLiteral("2025-01-15T09:30:12Z")));
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.message()));
        QCOMPARE(made->fileName, QStringLiteral("rankwise.sqlite.2025-01-15T093012Z.manual.bak"));
        QCOMPARE(QFileInfo(made->path).absolutePath(), store.folder());
        QCOMPARE(made->reason, QStringLiteral("manual"));
        QCOMPARE(made->created, at(QStringLiteral("2025-01-15T09:30:12Z")));
        QVERIFY(made->bytes > 0);

        const DatabaseHealth health = DatabaseCheck::inspect(made->path);
        QVERIFY2(health.isHealthy(), qPrintable(health.message));
        QCOMPARE(health.applicationId, Database::kApplicationId);
        QCOMPARE(health.schemaVersion, Database::currentSchemaVersion());
        QCOMPARE(notesWithBody(made->path, QStringLiteral("Backed-up note")), 1);
        // No leftovers: only the backup itself in the folder.
        QCOMPARE(QDir(store.folder()).entryList(QDir::Files | QDir::Hidden),
                 QStringList {made->fileName});
    }

    void backupSeesCommittedWritesOfAnOpenDatabase()
    {
        test::TempDatabase temp;
        NoteRepository notes(temp.db());
        auto target = notes.resolveTarget(QStringLiteral("mgh-im"));
        QVERIFY(target.ok());
        QVERIFY(notes.add(*target, QStringLiteral("still in the journal")).ok());
        QVERIFY(QFileInfo(temp.path() + QStringLiteral("-wal")).size() > 0);

        auto made = BackupStore(temp.path()).create(Reason::Manual, 10);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.message()));
        QCOMPARE(notesWithBody(made->path, QStringLiteral("still in the journal")), 1);
        // The open connection keeps working.
        QVERIFY(notes.add(*target, QStringLiteral("after the backup")).ok());
    }

    void listsNewestFirstAndOnlyThisDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        test::makeDatabaseFile(path);
        BackupStore store(path);
        const QDateTime second = at(QStringLiteral("2025-02-01T08:00:00Z"));
        QVERIFY(store.create(Reason::Daily, 10, at(QStringLiteral("2025-01-31T08:00:00Z"))).ok());
        QVERIFY(store.create(Reason::Upgrade, 10, second).ok());
        QVERIFY(store.create(Reason::Manual, 10, second).ok());
        // Strangers in the folder: another database's backup, other files.
        test::writeFile(
            store.folder() + QStringLiteral("/other.sqlite.2025-03-01T000000Z.daily.bak"), "x");
        test::writeFile(store.folder() + QStringLiteral("/rankwise.sqlite.notes.txt"), "x");
        test::writeFile(
            store.folder()
                + QStringLiteral("/rankwise.sqlite.2025-03-01T000000Z.daily.bak.partial"),
            "x");

        const QList<BackupInfo> backups = store.list();
        QCOMPARE(backups.size(), 3);
        QCOMPARE(backups.at(0).fileName,
                 QStringLiteral("rankwise.sqlite.2025-02-01T080000Z-1.manual.bak"));
        QCOMPARE(backups.at(0).sequence, 1);
        QCOMPARE(backups.at(1).fileName,
                 QStringLiteral("rankwise.sqlite.2025-02-01T080000Z.upgrade.bak"));
        QCOMPARE(backups.at(2).reason, QStringLiteral("daily"));
    }

    void prunesToTheNewestN()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        test::makeDatabaseFile(path);
        BackupStore store(path);
        QDateTime when = at(QStringLiteral("2025-01-01T12:00:00Z"));
        for (int day = 0; day < 6; ++day)
            QVERIFY(store.create(Reason::Daily, 4, when.addDays(day)).ok());
        QList<BackupInfo> backups = store.list();
        QCOMPARE(backups.size(), 4);
        QCOMPARE(backups.constFirst().created, when.addDays(5));
        QCOMPARE(backups.constLast().created, when.addDays(2));

        QVERIFY(store.prune(0).ok()); // at least one is always kept
        QCOMPARE(store.list().size(), 1);
        QCOMPARE(store.list().constFirst().created, when.addDays(5));
    }

    void dailyBackupOncePerDay()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        test::makeDatabaseFile(path);
        BackupStore store(path);
        const QDateTime morning = QDateTime(QDate(2025, 1, 20), QTime(8, 0)).toUTC();
        auto first = store.createDailyIfDue(10, morning);
        QVERIFY(first.ok());
        QVERIFY(first->has_value());
        QCOMPARE((*first)->reason, QStringLiteral("daily"));

        auto again = store.createDailyIfDue(10, morning.addSecs(6 * 3600));
        QVERIFY(again.ok());
        QVERIFY(!again->has_value());

        auto tomorrow = store.createDailyIfDue(10, morning.addDays(1));
        QVERIFY(tomorrow.ok());
        QVERIFY(tomorrow->has_value());
        QCOMPARE(store.list().size(), 2);
    }

    void damagedSourceKeepsOlderBackups()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        test::makeDatabaseFile(path);
        BackupStore store(path);
        for (int day = 0; day < 3; ++day)
            QVERIFY(store
                        .create(Reason::Daily, 3,
                                at(QStringLiteral("2025-01-01T12:00:00Z")).addDays(day))
                        .ok());
        const QStringList before = QDir(store.folder()).entryList(QDir::Files);

        const int pages = test::pageCount(path);
        test::overwritePages(path, pages * 2 / 3, pages / 6, char(0xA5));
        auto made = store.create(Reason::Daily, 3, at(QStringLiteral("2025-02-01T12:00:00Z")));
        QVERIFY(!made.ok());
        QVERIFY2(made.message().contains(path), qPrintable(made.message()));
        // The three older backups survive; no half-made file is left.
        QCOMPARE(QDir(store.folder()).entryList(QDir::Files), before);
    }

    void missingDatabaseIsNotBackedUp()
    {
        QTemporaryDir dir;
        auto made =
            BackupStore(dir.filePath(QStringLiteral("gone.sqlite"))).create(Reason::Manual, 3);
        QVERIFY(!made.ok());
        QCOMPARE(made.error().kind, Error::Kind::NotFound);
    }

    void abandonedPartialsAreRemovedOthersKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        test::makeDatabaseFile(path);
        BackupStore store(path);
        QVERIFY(QDir().mkpath(store.folder()));
        const QString prefix = store.folder() + QStringLiteral("/rankwise.sqlite.2024-01-0");
        // An hour old, its process unknown: abandoned.
        const QString old = prefix + QStringLiteral("1T000000Z.daily.bak.partial");
        // Its process is gone (a child that has exited): abandoned.
        QProcess child;
        child.start(QStringLiteral("true"));
        QVERIFY(child.waitForStarted());
        const qint64 gone = child.processId();
        QVERIFY(child.waitForFinished());
        const QString orphan = prefix + QStringLiteral("2T000000Z.daily.bak.%1.partial").arg(gone);
        // Its process is alive (this test): a backup being written.
        const QString live = prefix
            + QStringLiteral("3T000000Z.daily.bak.%1.partial")
                  .arg(QCoreApplication::applicationPid());
        for (const QString &file :
             QStringList {old, orphan, orphan + QStringLiteral("-journal"), live})
            test::writeFile(file, "half");
        QFile oldFile(old);
        QVERIFY(oldFile.open(QIODevice::ReadWrite));
        QVERIFY(oldFile.setFileTime(QDateTime::currentDateTimeUtc().addDays(-1),
                                    QFileDevice::FileModificationTime));
        oldFile.close();

        QVERIFY(store.create(Reason::Manual, 10).ok());
        QVERIFY(!QFile::exists(old));
        QVERIFY(!QFile::exists(orphan));
        QVERIFY(!QFile::exists(orphan + QStringLiteral("-journal")));
        QVERIFY(QFile::exists(live));
        QCOMPARE(store.list().size(), 1);
    }

    void findsByNameByPathAndLatestGood()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rankwise.sqlite"));
        test::makeDatabaseFile(path);
        BackupStore store(path);
        auto older = store.create(Reason::Daily, 10, at(QStringLiteral("2025-01-01T12:00:00Z")));
        auto newer = store.create(Reason::Daily, 10, at(QStringLiteral("2025-01-02T12:00:00Z")));
        QVERIFY(older.ok() && newer.ok());

        QCOMPARE(store.find(older->fileName)->path, older->path);
        QCOMPARE(store.find(older->path)->fileName, older->fileName);
        QCOMPARE(store.find(QStringLiteral("latest"))->path, newer->path);

        // The newest is damaged: "latest" and newestGood() skip it.
        const int pages = test::pageCount(newer->path);
        test::overwritePages(newer->path, pages * 2 / 3, pages / 6, char(0xA5));
        QCOMPARE(store.newestGood()->path, older->path);
        QCOMPARE(store.find(QStringLiteral("latest"))->path, older->path);

        auto unknown = store.find(QStringLiteral("nope.bak"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, Error::Kind::NotFound);
        QVERIFY(unknown.message().contains(store.folder()));

        QVERIFY(BackupStore(dir.filePath(QStringLiteral("fresh.sqlite")))
                    .find(QStringLiteral("latest"))
                    .error()
                    .kind
                == Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestBackupStore)
#include "tst_backupstore.moc"
