#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

class TestCliPrograms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void addsAProgramWithTracks()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("p.sqlite"));
        auto added = test::runCli(
            {QStringLiteral("programs"), QStringLiteral("add"), QStringLiteral("--name"),
             QStringLiteral("Lakeside Internal Medicine"), QStringLiteral("--institution"),
             QStringLiteral("Lakeside Hospital"), QStringLiteral("--city"),
             QStringLiteral("Chicago"), QStringLiteral("--state"), QStringLiteral("IL"),
             QStringLiteral("--track"), QStringLiteral("Categorical:categorical:1234140c0"),
             QStringLiteral("--track"), QStringLiteral("Primary Care:primary-care")},
            db);
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.err.isEmpty(), qPrintable(added.err));
        QCOMPARE(added.out, QStringLiteral("my-lakeside-internal-medicine\n"));

        auto show =
            test::runCli({QStringLiteral("show"), QStringLiteral("my-lakeside-internal-medicine"),
                          QStringLiteral("--format"), QStringLiteral("json")},
                         db);
        QCOMPARE(show.exitCode, 0);
        const QJsonObject program = show.json().object();
        QCOMPARE(program[QStringLiteral("origin")].toString(), QStringLiteral("user"));
        QCOMPARE(program[QStringLiteral("city")].toString(), QStringLiteral("Chicago"));
        const QJsonArray tracks = program[QStringLiteral("tracks")].toArray();
        QCOMPARE(tracks.size(), 2);
        QCOMPARE(tracks.at(0)[QStringLiteral("nrmp_code")].toString(), QStringLiteral("1234140C0"));
        QCOMPARE(tracks.at(1)[QStringLiteral("type")].toString(), QStringLiteral("primary-care"));

        // Without --track: one Categorical track.
        auto plain = test::runCli({QStringLiteral("programs"), QStringLiteral("add"),
                                   QStringLiteral("--name=Solo"),
                                   QStringLiteral("--institution=Solo Hospital"),
                                   QStringLiteral("--city=Austin"), QStringLiteral("--state=TX")},
                                  db);
        QCOMPARE(plain.exitCode, 0);
        auto solo = test::runCli(
            {QStringLiteral("show"), plain.out.trimmed(), QStringLiteral("--format=json")}, db);
        QCOMPARE(solo.json().object()[QStringLiteral("tracks")].toArray().size(), 1);
    }

    void badInputExitsTwoAndWritesNothing_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("malformed NRMP code")
            << QStringList {QStringLiteral("--track"),
                            QStringLiteral("Categorical:categorical:12345")}
            << QStringLiteral("not an NRMP code");
        QTest::newRow("letter in the wrong place")
            << QStringList {QStringLiteral("--track"), QStringLiteral("A:categorical:C234140C0")}
            << QStringLiteral("C234140C0");
        QTest::newRow("unknown type")
            << QStringList {QStringLiteral("--track"), QStringLiteral("A:surgery")}
            << QStringLiteral("primary-care");
        QTest::newRow("malformed track")
            << QStringList {QStringLiteral("--track"), QStringLiteral("just a name")}
            << QStringLiteral("NAME:TYPE");
        QTest::newRow("two tracks, one name")
            << QStringList {QStringLiteral("--track"), QStringLiteral("A:categorical"),
                            QStringLiteral("--track"), QStringLiteral("a:preliminary")}
            << QStringLiteral("twice");
        QTest::newRow("code already taken")
            << QStringList {QStringLiteral("--track"), QStringLiteral("A:categorical:9999140C0"),
                            QStringLiteral("--track"), QStringLiteral("B:categorical:9999140C0")}
            << QStringLiteral("9999140C0");
    }
    void badInputExitsTwoAndWritesNothing()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("bad.sqlite"));
        QCOMPARE(test::runCli({QStringLiteral("programs")}, db).exitCode, 0);
        auto result = test::runCli(QStringList {QStringLiteral("programs"), QStringLiteral("add"),
                                                QStringLiteral("--name"), QStringLiteral("Bad"),
                                                QStringLiteral("--institution"),
                                                QStringLiteral("Bad Hospital"),
                                                QStringLiteral("--city"), QStringLiteral("X"),
                                                QStringLiteral("--state"), QStringLiteral("XX")}
                                       + extra,
                                   db);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        auto opened = Database::open(db, Database::Mode::ReadOnly);
        QCOMPARE(test::scalar(**opened,
                              QStringLiteral("SELECT count(*) FROM programs WHERE "
                                             "origin = 'user'"))
                     .toInt(),
                 0);
        QCOMPARE(test::scalar(**opened,
                              QStringLiteral("SELECT count(*) FROM institutions WHERE "
                                             "origin = 'user'"))
                     .toInt(),
                 0);
    }

    void requiredOptions()
    {
        QTemporaryDir dir;
        auto result = test::runCli({QStringLiteral("programs"), QStringLiteral("add"),
                                    QStringLiteral("--name"), QStringLiteral("X")},
                                   dir.filePath(QStringLiteral("r.sqlite")));
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("--institution is required")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("r.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestCliPrograms)
#include "tst_cli_programs.moc"
