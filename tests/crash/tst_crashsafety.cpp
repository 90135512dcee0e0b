// Kills the crash driver with SIGKILL at random moments, over and over, and
// checks the database after every kill: integrity_check ok, every write the
// driver reported committed is there, nothing half-written or unreported is.
//
// RANKWISE_CRASH_KILLS (default 200) and RANKWISE_CRASH_TYPING_KILLS
// (default 25) set the number of kills; RANKWISE_CRASH_SEED replays a run.

#include "crashprotocol.h"
#include "expectedstate.h"
#include "safetysupport.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace rw;
using namespace rw::crash;

namespace {

int fromEnvironment(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

// Waits `milliseconds` while the driver runs, then kills it. False when it
// ended by itself. Its output waits in the pipe meanwhile; should the pipe
// fill, the driver just waits too.
bool killAfter(QProcess &driver, int milliseconds)
{
    QDeadlineTimer deadline(milliseconds);
    while (!deadline.hasExpired()) {
        if (driver.state() == QProcess::NotRunning)
            return false;
        QThread::msleep(std::min<qint64>(5, std::max<qint64>(0, deadline.remainingTime())));
    }
    ::kill(pid_t(driver.processId()), SIGKILL);
    driver.waitForFinished(30000);
    // Our SIGKILL, not a crash of its own (a sanitizer report aborts).
    return driver.exitStatus() == QProcess::CrashExit && driver.exitCode() == SIGKILL;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    quint32 m_seed = 0;

private Q_SLOTS:
    void initTestCase()
    {
        test::useIsolatedEnvironment();
        m_seed = quint32(fromEnvironment("RANKWISE_CRASH_SEED",
                                         int(QRandomGenerator::global()->bounded(1 << 30))));
        qInfo("seed %u (RANKWISE_CRASH_SEED=%u replays this run)", m_seed, m_seed);
    }

    void killedWritesNeverLoseOrTearData()
    {
        const int kills = fromEnvironment("RANKWISE_CRASH_KILLS", 200);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
        QRandomGenerator random(m_seed);
        ExpectedState state;
        int duringStartup = 0;
        int withWriteInFlight = 0;

        for (int kill = 0; kill < kills; ++kill) {
            QProcess driver;
            const QStringList args {QStringLiteral("work"), path, QStringLiteral("r%1").arg(kill),
                                    QStringLiteral("--seed"),
                                    QString::number(m_seed + quint32(kill))};
            // One kill in five lands anywhere from the start, so also while
            // the file is created, upgraded or the catalog installed; the
            // others while writing.
            const bool early = random.bounded(5) == 0;
            QByteArray output;
            QVERIFY(test::startDriver(driver, args, early ? QString() : QStringLiteral("ok setup"),
                                      &output));
            const int delay = early ? int(random.bounded(150)) : int(random.bounded(400));
            QVERIFY2(killAfter(driver, delay),
                     qPrintable(QStringLiteral("the driver stopped by itself: ")
                                + QString::fromUtf8(driver.readAllStandardError())));

            output += driver.readAllStandardOutput();
            const QByteArray errors = driver.readAllStandardError();
            QVERIFY2(errors.isEmpty(), errors.constData());
            if (!output.contains("ok setup"))
                ++duringStartup;
            const QStringList protocol = state.absorb(output);
            QVERIFY2(protocol.isEmpty(), qPrintable(protocol.join(u'\n')));
            if (state.hasInFlight())
                ++withWriteInFlight;
            const QString inFlight = state.inFlight();
            const QStringList problems = state.verify(path);
            if (!problems.isEmpty()) {
                dir.setAutoRemove(false);
                QFAIL(qPrintable(
                    QStringLiteral("after kill %1 (in flight: %2; database kept in "
                                   "%3):\n")
                        .arg(kill)
                        .arg(inFlight.isEmpty() ? QStringLiteral("nothing") : inFlight, dir.path())
                    + problems.join(u'\n')));
            }
        }

        const ExpectedState::Counts &counts = state.counts();
        qInfo("%d kills: %d before the driver was ready, %d with a write in flight (%d of them "
              "had committed whole, %d were not there at all)",
              kills, duringStartup, withWriteInFlight, counts.inFlightCommitted,
              counts.inFlightAbsent);
        qInfo("%d committed writes verified after every kill: %d notes (plus edits), %d programs, "
              "%d ratings, %d imports of %d notes, %d backups, %d counter increments",
              counts.committedWrites, counts.notes, counts.programs, counts.ratings, counts.imports,
              kImportSize, counts.backups, counts.bumps);
        QVERIFY(counts.committedWrites > 0);
    }

    // The core side of notes autosave: each saved keystroke is a committed
    // write, and a kill loses nothing that was reported saved.
    void autosavedTypingSurvivesKills()
    {
        const int kills = fromEnvironment("RANKWISE_CRASH_TYPING_KILLS", 25);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("typing.sqlite"));
        QRandomGenerator random(m_seed ^ 0x5eed);
        ExpectedState state;
        for (int kill = 0; kill < kills; ++kill) {
            QProcess driver;
            QByteArray output;
            QVERIFY(test::startDriver(driver, {QStringLiteral("type"), path},
                                      QStringLiteral("ok type"), &output));
            QVERIFY2(killAfter(driver, int(random.bounded(200))),
                     qPrintable(QStringLiteral("the driver stopped by itself: ")
                                + QString::fromUtf8(driver.readAllStandardError())));
            output += driver.readAllStandardOutput();
            const QByteArray errors = driver.readAllStandardError();
            QVERIFY2(errors.isEmpty(), errors.constData());
            const QStringList protocol = state.absorb(output);
            QVERIFY2(protocol.isEmpty(), qPrintable(protocol.join(u'\n')));
            const QStringList problems = state.verify(path);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        }
        qInfo("%d kills while typing: %d autosaves (%d in flight at a kill, %d of those had "
              "committed), none lost or torn",
              kills, state.counts().committedWrites,
              state.counts().inFlightCommitted + state.counts().inFlightAbsent,
              state.counts().inFlightCommitted);
        QVERIFY(state.counts().committedWrites > kills);
    }
};

int main(int argc, char *argv[])
{
    // Hundreds of kills take minutes; QtTest's watchdog would stop a test
    // function after five.
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT"))
        qputenv("QTEST_FUNCTION_TIMEOUT", "14400000");
    QCoreApplication app(argc, argv);
    TestCrashSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_crashsafety.moc"
