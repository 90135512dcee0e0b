#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

class TestCliCatalog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("cli.sqlite")); }

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void versionAndHelp()
    {
        auto version = test::runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(QStringLiteral(RANKWISE_VERSION)));

        auto help = test::runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"programs", "show PROGRAM_KEY", "resources", "--db PATH"})
            QVERIFY2(help.out.contains(QString::fromUtf8(command)), command);

        auto commandHelp = test::runCli({QStringLiteral("show"), QStringLiteral("--help")});
        QCOMPARE(commandHelp.exitCode, 0);
        QVERIFY(commandHelp.out.contains(QStringLiteral("--format text|json")));
    }

    void programsJson()
    {
        auto result = test::runCli(
            {QStringLiteral("programs"), QStringLiteral("--format"), QStringLiteral("json")}, db());
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        const QJsonArray programs = result.json().array();
        QCOMPARE(programs.size(), 3);
        for (const QJsonValue &value : programs) {
            const QJsonObject program = value.toObject();
            for (const char *field : {"key", "name", "institution", "city", "state", "tracks"})
                QVERIFY2(program.contains(QLatin1String(field)), field);
            const QJsonArray tracks = program[QStringLiteral("tracks")].toArray();
            QVERIFY(!tracks.isEmpty());
            for (const QJsonValue &t : tracks) {
                const QJsonObject track = t.toObject();
                QVERIFY(track[QStringLiteral("key")].isString());
                QVERIFY(track[QStringLiteral("name")].isString());
                QVERIFY(track[QStringLiteral("type")].isString());
                QVERIFY(track.contains(QStringLiteral("nrmp_code")));
                QVERIFY(track[QStringLiteral("nrmp_code")].isNull()
                        || track[QStringLiteral("nrmp_code")].isString());
            }
        }
    }

    void programsText()
    {
        auto result = test::runCli({QStringLiteral("programs")}, db());
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("mgh-im.global-primary-care")));
        QVERIFY(result.out.contains(QStringLiteral("Worcester, MA")));
    }

    void showJson()
    {
        auto result = test::runCli(
            {QStringLiteral("show"), QStringLiteral("mgh-im"), QStringLiteral("--format=json")},
            db());
        QCOMPARE(result.exitCode, 0);
        const QJsonObject program = result.json().object();
        QCOMPARE(program[QStringLiteral("key")].toString(), QStringLiteral("mgh-im"));
        QVERIFY(program[QStringLiteral("description")].isString());
        const QJsonArray sites = program[QStringLiteral("sites")].toArray();
        QCOMPARE(sites.size(), 13);
        bool sawNullDistance = false;
        for (const QJsonValue &value : sites) {
            const QJsonObject site = value.toObject();
            for (const char *field : {"key", "name", "tracks", "residents_placed", "distance_miles",
                                      "languages", "services", "source"})
                QVERIFY2(site.contains(QLatin1String(field)), field);
            QVERIFY(site[QStringLiteral("languages")].isArray());
            QVERIFY(site[QStringLiteral("services")].isArray());
            sawNullDistance |= site[QStringLiteral("distance_miles")].isNull();
            if (site[QStringLiteral("key")] == QStringLiteral("mgh-im@charlestown")) {
                QCOMPARE(site[QStringLiteral("distance_miles")].toDouble(), 1.3);
                QStringList tracks;
                for (const QJsonValue &t : site[QStringLiteral("tracks")].toArray())
                    tracks.append(t.toString());
                tracks.sort();
                QCOMPARE(
                    tracks,
                    (QStringList {QStringLiteral("Categorical"), QStringLiteral("Primary Care")}));
            }
            if (site[QStringLiteral("key")] == QStringLiteral("mgh-im@bulfinch"))
                QCOMPARE(site[QStringLiteral("residents_placed")].toString(),
                         QStringLiteral("20+"));
        }
        QVERIFY(sawNullDistance);
        const QJsonArray features = program[QStringLiteral("features")].toArray();
        QVERIFY(features.size() > 50);
        for (const QJsonValue &value : features) {
            const QJsonObject feature = value.toObject();
            QVERIFY(feature[QStringLiteral("category")].isString());
            QVERIFY(feature[QStringLiteral("name")].isString());
            QVERIFY(feature[QStringLiteral("duration")].isNull()
                    || feature[QStringLiteral("duration")].isString());
            QVERIFY(feature[QStringLiteral("source")].isString());
        }
        QVERIFY(program[QStringLiteral("sources")].toArray().contains(
            QStringLiteral("003_13b1cd11c4af630b.txt")));
    }

    void showText()
    {
        auto result = test::runCli({QStringLiteral("show"), QStringLiteral("umass-im")}, db());
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("3+2")));
        QVERIFY(result.out.contains(QStringLiteral("50–60%")));
    }

    void resources()
    {
        auto json = test::runCli(
            {QStringLiteral("resources"), QStringLiteral("--format"), QStringLiteral("json")},
            db());
        QCOMPARE(json.exitCode, 0);
        const QJsonArray resources = json.json().array();
        QCOMPARE(resources.size(), 1);
        QCOMPARE(resources.at(0)[QStringLiteral("key")].toString(), QStringLiteral("hms-cpc"));
        auto text = test::runCli({QStringLiteral("resources")}, db());
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("Center for Primary Care")));
    }

    void databaseFromEnvironment()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString path = dir.filePath(QStringLiteral("env.sqlite"));
        QProcess process;
        env.insert(QStringLiteral("RANKWISE_DB"), path);
        process.setProcessEnvironment(env);
        process.start(test::cliPath(), {QStringLiteral("programs")});
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QFile::exists(path));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown command")
            << QStringList {QStringLiteral("frobnicate")} << QStringLiteral("unknown command");
        QTest::newRow("unknown program")
            << QStringList {QStringLiteral("show"), QStringLiteral("nope")}
            << QStringLiteral("“nope”");
        QTest::newRow("bad format")
            << QStringList {QStringLiteral("programs"), QStringLiteral("--format"),
                            QStringLiteral("xml")}
            << QStringLiteral("--format");
        QTest::newRow("unknown option")
            << QStringList {QStringLiteral("programs"), QStringLiteral("--colour")}
            << QStringLiteral("--colour");
        QTest::newRow("missing argument")
            << QStringList {QStringLiteral("show")} << QStringLiteral("usage");
        QTest::newRow("extra argument")
            << QStringList {QStringLiteral("programs"), QStringLiteral("extra")}
            << QStringLiteral("usage");
        QTest::newRow("no command") << QStringList {} << QStringLiteral("Usage");
    }
    void badUsage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        auto result = test::runCli(args, db());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void refusesNonDatabaseUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("essay.txt"));
        test::writeFile(path, "not a database at all");
        auto result = test::runCli({QStringLiteral("programs")}, path);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("not a Rankwise database")));
        QCOMPARE(test::readFile(path), QByteArray("not a database at all"));
    }

    void unwritableLocationFails()
    {
        auto result =
            test::runCli({QStringLiteral("programs")}, QStringLiteral("/proc/rankwise/x.sqlite"));
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!result.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliCatalog)
#include "tst_cli_catalog.moc"
