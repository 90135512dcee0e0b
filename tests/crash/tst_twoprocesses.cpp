// Two processes on one database file: writers at the same time lose nothing
// and never surface "database is locked" to the user; readers work while
// writers write; a long-held lock is waited for, then reported clearly; and
// a window learns when another process changed the file.

#include "expectedstate.h"
#include "safetysupport.h"
#include "storage/changenotifier.h"
#include "storage/database.h"
#include "storage/noterepository.h"
#include "testsupport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace rw;
using namespace rw::crash;

class TestTwoProcesses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void concurrentWritersLoseNothing_data()
    {
        QTest::addColumn<int>("busyTimeout");
        // SQLite's own wait, and almost none so that Rankwise's retry of
        // BEGIN IMMEDIATE does the waiting.
        QTest::newRow("busy timeout 5 s") << 5000;
        QTest::newRow("busy timeout 1 ms") << 1;
    }

    void concurrentWritersLoseNothing()
    {
        QFETCH(int, busyTimeout);
        QTemporaryDir dir;
        // Both start on a file that does not exist yet: they also race to
        // create it and install the catalog.
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        constexpr int kOps = 150;
        QProcess first;
        QProcess second;
        for (QProcess *driver : {&first, &second}) {
            const QString run = driver == &first ? QStringLiteral("a") : QStringLiteral("b");
            QVERIFY(
                test::startDriver(*driver,
                                  {QStringLiteral("work"), path, run, QStringLiteral("--ops"),
                                   QString::number(kOps), QStringLiteral("--busy-timeout"),
                                   QString::number(busyTimeout), QStringLiteral("--concurrent")}));
        }
        ExpectedState state(ExpectedState::Writers::Several);
        for (QProcess *driver : {&first, &second}) {
            QVERIFY(driver->waitForFinished(300000));
            const QByteArray err = driver->readAllStandardError();
            QVERIFY2(driver->exitStatus() == QProcess::NormalExit && driver->exitCode() == 0,
                     err.constData());
            QVERIFY2(err.isEmpty(), err.constData());
            const QByteArray out = driver->readAllStandardOutput();
            QVERIFY(out.endsWith("done\n"));
            const QStringList protocol = state.absorb(out);
            QVERIFY2(protocol.isEmpty(), qPrintable(protocol.join(u'\n')));
        }
        const QStringList problems = state.verify(path);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(state.counts().committedWrites, 2 * kOps);
        qInfo("%d writes from two processes, all there; %d read-modify-write increments, none lost",
              state.counts().committedWrites, state.counts().bumps);
    }

    void readersWorkWhileAnotherProcessWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        test::makeDatabaseFile(path);
        QProcess writer;
        QVERIFY(test::startDriver(writer,
                                  {QStringLiteral("work"), path, QStringLiteral("w"),
                                   QStringLiteral("--ops"), QStringLiteral("400"),
                                   QStringLiteral("--concurrent")},
                                  QStringLiteral("ok setup")));
        int reads = 0;
        auto writing = [&] {
            writer.waitForFinished(0); // lets QProcess notice the end
            return writer.state() != QProcess::NotRunning;
        };
        while (writing() || reads < 3) {
            const test::CliResult check = test::runCli({QStringLiteral("check")}, path);
            QVERIFY2(check.exitCode == 0, qPrintable(check.err));
            const test::CliResult programs = test::runCli(
                {QStringLiteral("programs"), QStringLiteral("--format"), QStringLiteral("json")},
                path);
            QVERIFY2(programs.exitCode == 0, qPrintable(programs.err));
            QVERIFY(programs.json().isArray());
            ++reads;
        }
        QCOMPARE(writer.exitCode(), 0);
        qInfo("%d checks and listings while the other process wrote", reads);
    }

    void heldLockIsWaitedFor()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        test::makeDatabaseFile(path);
        Database::Options options;
        options.busyTimeoutMs = 100; // so the retry loop, not SQLite, does most waiting
        options.lockWaitMs = 60000;
        auto db = Database::open(path, options);
        QVERIFY(db.ok());

        QProcess holder;
        QVERIFY(test::startDriver(holder, {QStringLiteral("hold"), path, QStringLiteral("1500")},
                                  QStringLiteral("locked")));
        Status status = (*db)->write(
            [&] { return (*db)->setMeta(QStringLiteral("mine"), QStringLiteral("saved")); });
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.message()));
        QVERIFY(holder.waitForFinished(30000));
        QCOMPARE(holder.exitCode(), 0);
        QCOMPARE((*db)->meta(QStringLiteral("mine")), QStringLiteral("saved"));
        QCOMPARE((*db)->meta(QStringLiteral("held")), QStringLiteral("yes"));
    }

    void cliWaitsForALockHeldByAnotherProcess()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        test::makeDatabaseFile(path);
        QProcess holder;
        QVERIFY(test::startDriver(holder, {QStringLiteral("hold"), path, QStringLiteral("1500")},
                                  QStringLiteral("locked")));
        // Opening for writing takes the write lock once: the CLI waits for
        // the other process instead of reporting "database is locked".
        const test::CliResult result = test::runCli({QStringLiteral("programs")}, path);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.err.isEmpty());
        QVERIFY(holder.waitForFinished(30000));
        QCOMPARE(holder.exitCode(), 0);
    }

    void lockHeldTooLongFailsClearly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        test::makeDatabaseFile(path);
        Database::Options options;
        options.busyTimeoutMs = 50;
        options.lockWaitMs = 300;
        auto db = Database::open(path, options);
        QVERIFY(db.ok());

        QProcess holder;
        QVERIFY(test::startDriver(holder, {QStringLiteral("hold"), path, QStringLiteral("60000")},
                                  QStringLiteral("locked")));
        Status status = (*db)->write(
            [&] { return (*db)->setMeta(QStringLiteral("mine"), QStringLiteral("saved")); });
        ::kill(pid_t(holder.processId()), SIGKILL);
        holder.waitForFinished(30000);
        QVERIFY(!status.ok());
        QVERIFY2(status.message().contains(QStringLiteral("busy in another Rankwise window")),
                 qPrintable(status.message()));
        QVERIFY(status.message().contains(QStringLiteral("Nothing was changed")));
        QVERIFY(!(*db)->inTransaction());
        // The killed holder's transaction is gone, ours was never made.
        QCOMPARE((*db)->meta(QStringLiteral("held"), QStringLiteral("no")), QStringLiteral("no"));
        QCOMPARE((*db)->meta(QStringLiteral("mine"), QStringLiteral("no")), QStringLiteral("no"));
        QVERIFY((*db)
                    ->write([&] {
                        return (*db)->setMeta(QStringLiteral("mine"), QStringLiteral("later"));
                    })
                    .ok());
    }

    void notifierSeesTheOtherProcessOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
        test::makeDatabaseFile(path);
        auto db = Database::open(path);
        QVERIFY(db.ok());
        ChangeNotifier notifier(**db);
        notifier.stop(); // looked at by hand below, no timing involved
        QSignalSpy changed(&notifier, &ChangeNotifier::changedElsewhere);

        QVERIFY(!notifier.checkNow());
        // Our own writes are not news.
        NoteRepository notes(**db);
        QVERIFY(
            notes.add({NoteTarget::Kind::Program, QStringLiteral("mgh-im")}, QStringLiteral("mine"))
                .ok());
        QVERIFY(!notifier.checkNow());
        QCOMPARE(changed.count(), 0);

        QProcess other;
        QVERIFY(test::startDriver(other,
                                  {QStringLiteral("work"), path, QStringLiteral("o"),
                                   QStringLiteral("--ops"), QStringLiteral("3"),
                                   QStringLiteral("--concurrent")}));
        QVERIFY(other.waitForFinished(60000));
        QCOMPARE(other.exitCode(), 0);
        QVERIFY(notifier.checkNow());
        QCOMPARE(changed.count(), 1);
        QVERIFY(!notifier.checkNow());
        QCOMPARE(changed.count(), 1);
    }

    void notifierPollsOnATimer()
    {
        test::TempDatabase temp;
        ChangeNotifier notifier(temp.db());
        QVERIFY(notifier.isActive());
        QCOMPARE(notifier.interval(), std::chrono::milliseconds(500));
        notifier.setInterval(std::chrono::milliseconds(20));
        QSignalSpy changed(&notifier, &ChangeNotifier::changedElsewhere);
        // A second connection in this process counts as "elsewhere" too.
        auto other = Database::open(temp.path());
        QVERIFY(other.ok());
        QVERIFY(
            (*other)
                ->write([&] { return (*other)->setMeta(QStringLiteral("x"), QStringLiteral("y")); })
                .ok());
        QVERIFY(changed.wait(10000));
    }
};

QTEST_GUILESS_MAIN(TestTwoProcesses)
#include "tst_twoprocesses.moc"
