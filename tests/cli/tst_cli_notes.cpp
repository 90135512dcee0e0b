#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

class TestCliNotes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("notes.sqlite")); }

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void addAndListJson()
    {
        auto added = test::runCli({QStringLiteral("notes"), QStringLiteral("add"),
                                   QStringLiteral("mgh-im@chelsea"),
                                   QStringLiteral("Residents seemed **happy**")},
                                  db());
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.err.isEmpty(), qPrintable(added.err));
        const qint64 id = added.out.trimmed().toLongLong();
        QVERIFY(id > 0);
        QCOMPARE(test::runCli({QStringLiteral("notes"), QStringLiteral("add"),
                               QStringLiteral("umass-im.primary-care"),
                               QStringLiteral("Close to "
                                              "home")},
                              db())
                     .exitCode,
                 0);

        auto list = test::runCli(
            {QStringLiteral("notes"), QStringLiteral("list"), QStringLiteral("--format=json")},
            db());
        QCOMPARE(list.exitCode, 0);
        const QJsonArray notes = list.json().array();
        QCOMPARE(notes.size(), 2);
        const QJsonObject first = notes.at(0).toObject();
        for (const char *field :
             {"id", "target", "target_kind", "body", "author", "own", "created", "modified"})
            QVERIFY2(first.contains(QLatin1String(field)), field);
        QCOMPARE(first[QStringLiteral("id")].toInteger(), id);
        QCOMPARE(first[QStringLiteral("target")].toString(), QStringLiteral("mgh-im@chelsea"));
        QCOMPARE(first[QStringLiteral("target_kind")].toString(), QStringLiteral("site"));
        QCOMPARE(first[QStringLiteral("body")].toString(),
                 QStringLiteral("Residents seemed **happy**"));
        QVERIFY(first[QStringLiteral("author")].isNull());
        QVERIFY(first[QStringLiteral("own")].toBool());
        QVERIFY(
            QDateTime::fromString(first[QStringLiteral("created")].toString(), Qt::ISODateWithMs)
                .isValid());

        // A program key lists the notes on its tracks and sites too.
        auto mgh =
            test::runCli({QStringLiteral("notes"), QStringLiteral("list"), QStringLiteral("mgh-im"),
                          QStringLiteral("--format"), QStringLiteral("json")},
                         db());
        QCOMPARE(mgh.json().array().size(), 1);
        auto text = test::runCli({QStringLiteral("notes"), QStringLiteral("list"),
                                  QStringLiteral("umass-im.primary-care")},
                                 db());
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("Close to home")));
        QVERIFY(text.out.contains(QStringLiteral("umass-im.primary-care")));
    }

    void addReadsStandardInput()
    {
        QProcess process;
        process.start(test::cliPath(),
                      {QStringLiteral("--db"), db(), QStringLiteral("notes"), QStringLiteral("add"),
                       QStringLiteral("bwh-pcpm"), QStringLiteral("-"), QStringLiteral("--format"),
                       QStringLiteral("json")});
        process.write("# Interview day\n- great teaching\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject note = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(note[QStringLiteral("body")].toString(),
                 QStringLiteral("# Interview day\n- great teaching"));
        QCOMPARE(note[QStringLiteral("target_kind")].toString(), QStringLiteral("program"));
    }

    void badInputExitsTwoAndWritesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown key")
            << QStringList {QStringLiteral("notes"), QStringLiteral("add"),
                            QStringLiteral("mgh-im@nowhere"), QStringLiteral("x")}
            << QStringLiteral("mgh-im@nowhere");
        QTest::newRow("not a key") << QStringList {QStringLiteral("notes"), QStringLiteral("add"),
                                                   QStringLiteral("Not A Key"), QStringLiteral("x")}
                                   << QStringLiteral("not a program, track or site key");
        QTest::newRow("empty text") << QStringList {QStringLiteral("notes"), QStringLiteral("add"),
                                                    QStringLiteral("mgh-im"), QStringLiteral("  ")}
                                    << QStringLiteral("empty");
        QTest::newRow("missing text")
            << QStringList {QStringLiteral("notes"), QStringLiteral("add"),
                            QStringLiteral("mgh-im")}
            << QStringLiteral("usage");
        QTest::newRow("bad format")
            << QStringList {QStringLiteral("notes"), QStringLiteral("list"),
                            QStringLiteral("--format"), QStringLiteral("xml")}
            << QStringLiteral("--format");
        QTest::newRow("list unknown key")
            << QStringList {QStringLiteral("notes"), QStringLiteral("list"), QStringLiteral("zzz")}
            << QStringLiteral("zzz");
    }
    void badInputExitsTwoAndWritesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
        QCOMPARE(test::runCli({QStringLiteral("programs")}, path).exitCode, 0);
        auto result = test::runCli(args, path);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        auto opened = Database::open(path, Database::Mode::ReadOnly);
        QCOMPARE(test::scalar(**opened, QStringLiteral("SELECT count(*) FROM notes")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliNotes)
#include "tst_cli_notes.moc"
