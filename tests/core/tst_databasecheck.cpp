#include "safetysupport.h"
#include "storage/database.h"
#include "storage/databasecheck.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;
using Verdict = DatabaseHealth::Verdict;
using Depth = DatabaseCheck::Depth;

class TestDatabaseCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pristine;

    // A fresh copy of a closed database with the catalog and a note.
    QString copyOfDatabase(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        if (!QFile::copy(m_pristine, path))
            qFatal("cannot copy the test database");
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::useIsolatedEnvironment();
        m_pristine = m_dir.filePath(QStringLiteral("pristine.sqlite"));
        test::makeDatabaseFile(m_pristine);
        QVERIFY(test::pageCount(m_pristine) > 20);
    }

    void healthyAtEveryDepth()
    {
        for (Depth depth : {Depth::Identity, Depth::Quick, Depth::Full}) {
            const DatabaseHealth health = DatabaseCheck::inspect(m_pristine, depth);
            QVERIFY2(health.isHealthy(), qPrintable(health.message));
            QCOMPARE(health.verdictId(), QStringLiteral("ok"));
            QCOMPARE(health.schemaVersion, Database::currentSchemaVersion());
            QCOMPARE(health.writtenBy, QStringLiteral(RANKWISE_VERSION));
            QVERIFY(health.message.isEmpty());
            QVERIFY(health.problems.isEmpty());
        }
    }

    void healthyWhileOpenWithUncheckpointedJournal()
    {
        test::TempDatabase temp;
        QVERIFY(
            temp->write([&] { return temp->setMeta(QStringLiteral("x"), QStringLiteral("1")); }));
        QVERIFY(QFile(temp.path() + QStringLiteral("-wal")).size() > 0);
        const DatabaseHealth health = DatabaseCheck::inspect(temp.path(), Depth::Full);
        QVERIFY2(health.isHealthy(), qPrintable(health.message));
    }

    void missingAndEmpty()
    {
        const QString missing = m_dir.filePath(QStringLiteral("nothing-here.sqlite"));
        DatabaseHealth health = DatabaseCheck::inspect(missing);
        QCOMPARE(health.verdict, Verdict::Missing);
        QVERIFY(health.message.contains(missing));

        const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
        test::writeFile(empty, {});
        health = DatabaseCheck::inspect(empty);
        QCOMPARE(health.verdict, Verdict::Missing);
        QVERIFY(health.message.contains(QStringLiteral("empty")));
    }

    void notSqlite()
    {
        const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
        test::writeFile(path, "Dear diary, the interview went well.\n");
        const DatabaseHealth health = DatabaseCheck::inspect(path);
        QCOMPARE(health.verdict, Verdict::NotSqlite);
        QVERIFY(health.isDamaged());
        QVERIFY2(health.message.contains(QStringLiteral("not an SQLite file")),
                 qPrintable(health.message));
        QVERIFY(health.message.contains(path));
        QCOMPARE(DatabaseCheck::inspect(m_dir.path()).verdict, Verdict::NotSqlite);
    }

    void otherProgramsDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("recipes.sqlite"));
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE recipes(name TEXT)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const DatabaseHealth health = DatabaseCheck::inspect(path);
        QCOMPARE(health.verdict, Verdict::NotRankwise);
        QVERIFY(!health.isDamaged());
        QVERIFY(health.message.contains(QStringLiteral("not a Rankwise database")));
    }

    void newerVersionNamesTheWriter()
    {
        const QString path = copyOfDatabase(QStringLiteral("future.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("UPDATE meta SET value = '7.0.0' WHERE key = 'written_by'")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        const DatabaseHealth health = DatabaseCheck::inspect(path);
        QCOMPARE(health.verdict, Verdict::Newer);
        QVERIFY2(health.message.contains(QStringLiteral("Rankwise 7.0.0")),
                 qPrintable(health.message));
        QVERIFY(health.message.contains(QStringLiteral("99")));
        QVERIFY(!health.isDamaged());
    }

    void truncatedFile()
    {
        const QString path = copyOfDatabase(QStringLiteral("truncated.sqlite"));
        const qint64 full = QFile(path).size();
        test::truncateFile(path, full / 2);
        // Seen already by the cheap look that every open does.
        DatabaseHealth health = DatabaseCheck::inspect(path, Depth::Identity);
        QCOMPARE(health.verdict, Verdict::Damaged);
        QVERIFY2(health.message.contains(QStringLiteral("cut short")), qPrintable(health.message));
        QVERIFY(health.message.contains(path));
        QVERIFY(health.isDamaged());

        test::truncateFile(path, 60);
        health = DatabaseCheck::inspect(path, Depth::Identity);
        QCOMPARE(health.verdict, Verdict::Damaged);
        QVERIFY(health.message.contains(QStringLiteral("cut short")));

        test::truncateFile(path, 10);
        QCOMPARE(DatabaseCheck::inspect(path).verdict, Verdict::NotSqlite);
    }

    void garbagePagesInTheMiddle()
    {
        const QString path = copyOfDatabase(QStringLiteral("garbage.sqlite"));
        // The pages of the biggest table (not the schema's, which would
        // leave SQLite nothing to check row by row).
        QList<int> pages;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pages"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'features' "
                                          "AND pagetype = 'leaf' ORDER BY pageno")));
            while (q.next())
                pages.append(q.value(0).toInt());
            q = QSqlQuery();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("pages"));
        }
        QVERIFY(pages.size() >= 2);
        for (qsizetype i = 0; i < pages.size(); i += 2)
            test::overwritePages(path, pages.at(i), 1, char(0xA5));
        for (Depth depth : {Depth::Quick, Depth::Full}) {
            const DatabaseHealth health = DatabaseCheck::inspect(path, depth);
            QCOMPARE(health.verdict, Verdict::Damaged);
            QVERIFY2(!health.problems.isEmpty(), qPrintable(health.message));
            QVERIFY(health.problems.size() <= 20);
            QVERIFY2(health.message.contains(QStringLiteral("damaged")),
                     qPrintable(health.message));
        }
    }

    void destroyedFirstPage()
    {
        const QString path = copyOfDatabase(QStringLiteral("firstpage.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(100));
        file.write(QByteArray(test::pageSize(path) - 100, char(0x5A)));
        file.close();
        const DatabaseHealth health = DatabaseCheck::inspect(path, Depth::Identity);
        QCOMPARE(health.verdict, Verdict::Damaged);
        QVERIFY(health.isDamaged());
    }

    void brokenReferences()
    {
        const QString path = copyOfDatabase(QStringLiteral("orphans.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("orphans"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO notes(program_id, body, created, modified) "
                                          "VALUES (99999, 'orphan', '', '')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("orphans"));
        QCOMPARE(DatabaseCheck::inspect(path, Depth::Quick).verdict, Verdict::Healthy);
        const DatabaseHealth health = DatabaseCheck::inspect(path, Depth::Full);
        QCOMPARE(health.verdict, Verdict::Damaged);
        QVERIFY2(health.problems.constFirst().contains(QStringLiteral("notes")),
                 qPrintable(health.problems.join(u'\n')));
    }

    void inspectingNeverWrites()
    {
        const QString path = copyOfDatabase(QStringLiteral("untouched.sqlite"));
        const QByteArray before = test::readFile(path);
        (void)DatabaseCheck::inspect(path, Depth::Full);
        QCOMPARE(test::readFile(path), before);
        // A read-only SQLite connection may leave an empty journal behind.
        QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseCheck)
#include "tst_databasecheck.moc"
