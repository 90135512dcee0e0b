// A full disk, for real: the crash driver runs on a 6 MB tmpfs in a private
// mount namespace (unshare, so no root is needed where user namespaces are
// allowed), writes notes until the disk is full, and checks that the
// failure is clear and that nothing was lost, torn or left behind.

#include "safetysupport.h"
#include "testsupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestDiskFull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { rw::test::useIsolatedEnvironment(); }

    void fullDiskLosesNothing()
    {
        const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
        if (unshare.isEmpty())
            QSKIP("unshare (util-linux) is not installed");
        QTemporaryDir dir;
        QProcess probe;
        probe.start(unshare,
                    {QStringLiteral("--user"), QStringLiteral("--map-root-user"),
                     QStringLiteral("--mount"), QStringLiteral("--"), QStringLiteral("sh"),
                     QStringLiteral("-c"),
                     QStringLiteral("mount -t tmpfs -o size=64k tmpfs \"$0\""), dir.path()});
        if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
            QSKIP(qPrintable(QStringLiteral("cannot mount a private tmpfs here: ")
                             + QString::fromUtf8(probe.readAllStandardError())));

        QProcess driver;
        driver.start(unshare,
                     {QStringLiteral("--user"), QStringLiteral("--map-root-user"),
                      QStringLiteral("--mount"), QStringLiteral("--"), QStringLiteral("sh"),
                      QStringLiteral("-c"),
                      QStringLiteral("mount -t tmpfs -o size=6m tmpfs \"$0\" && exec \"$1\" "
                                     "diskfull \"$0/rankwise.sqlite\""),
                      dir.path(), rw::test::crashDriverPath()});
        QVERIFY(driver.waitForFinished(300000));
        const QString out = QString::fromUtf8(driver.readAllStandardOutput());
        const QString err = QString::fromUtf8(driver.readAllStandardError());
        qInfo("%s", qPrintable(out.trimmed()));
        QVERIFY2(driver.exitStatus() == QProcess::NormalExit && driver.exitCode() == 0,
                 qPrintable(err));
        QVERIFY(out.contains(QStringLiteral("result ok")));
        QVERIFY(out.contains(QStringLiteral("disk is full")));
    }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
