#include "databasedump.h"
#include "sharingfixtures.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

namespace {

// A database file with own notes and rank-list data, closed so the CLI can use it.
QString sourceDatabase(test::TempDatabase &temp)
{
    using K = NoteTarget::Kind;
    test::addOwnNote(temp.db(), K::Program, QStringLiteral("mgh-im"), QStringLiteral("mgh"));
    test::addOwnNote(temp.db(), K::Track, QStringLiteral("umass-im.primary-care"),
                     QStringLiteral("umass pc"));
    test::addRankingData(temp.db());
    temp.close();
    return temp.path();
}

QByteArray readAll(const QString &path)
{
    return test::readFile(path);
}

} // namespace

class TestCliSharing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void exportsAndImports()
    {
        test::TempDatabase source;
        const QString from = sourceDatabase(source);
        test::TempDatabase target;
        target.close();
        const QString file = QDir(target.dir()).filePath(QStringLiteral("alex.rwnotes"));

        auto exported = test::runCli({QStringLiteral("notes-export"), file,
                                      QStringLiteral("--author"), QStringLiteral("Alex Kim")},
                                     from);
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(exported.out.contains(QStringLiteral("Wrote 2 note")));
        QVERIFY(exported.out.contains(QStringLiteral("No ratings, ranks, weights or lists")));
        // Private by default: nothing of the rank list is in the file.
        const QByteArray bytes = readAll(file);
        QVERIFY(bytes.contains("\"exported_by\": \"Alex Kim\""));
        for (const char *word : {"ratings", "criteria", "lists", "Location", "Main"})
            QVERIFY2(!bytes.contains(word), word);

        auto dry = test::runCli({QStringLiteral("notes-import"), file, QStringLiteral("--dry-run")},
                                target.path());
        QCOMPARE(dry.exitCode, 0);
        QVERIFY(dry.out.contains(QStringLiteral("Dry run: nothing was written.")));
        QVERIFY(dry.out.contains(QStringLiteral("new         2")));
        QCOMPARE(test::runCli(
                     {QStringLiteral("peers"), QStringLiteral("--format"), QStringLiteral("json")},
                     target.path())
                     .json()
                     .array()
                     .size(),
                 0);

        auto imported = test::runCli({QStringLiteral("notes-import"), file}, target.path());
        QCOMPARE(imported.exitCode, 0);
        for (const QString &line :
             {QStringLiteral("matched     2"), QStringLiteral("unmatched   0"),
              QStringLiteral("new         2"), QStringLiteral("updated     0"),
              QStringLiteral("unchanged   0")})
            QVERIFY2(imported.out.contains(line), qPrintable(imported.out));

        auto again = test::runCli({QStringLiteral("notes-import"), file, QStringLiteral("--format"),
                                   QStringLiteral("json")},
                                  target.path());
        QCOMPARE(again.exitCode, 0);
        const QJsonObject counts = again.json().object();
        QCOMPARE(counts.value(QStringLiteral("peer")).toString(), QStringLiteral("Alex Kim"));
        QCOMPARE(counts.value(QStringLiteral("matched")).toInt(), 2);
        QCOMPARE(counts.value(QStringLiteral("new")).toInt(), 0);
        QCOMPARE(counts.value(QStringLiteral("unchanged")).toInt(), 2);
        QCOMPARE(counts.value(QStringLiteral("items"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("how")),
                 QStringLiteral("key"));

        auto peers = test::runCli(
            {QStringLiteral("peers"), QStringLiteral("--format"), QStringLiteral("json")},
            target.path());
        QCOMPARE(peers.exitCode, 0);
        const QJsonObject peer = peers.json().array().at(0).toObject();
        QCOMPARE(peer.value(QStringLiteral("name")).toString(), QStringLiteral("Alex Kim"));
        QCOMPARE(peer.value(QStringLiteral("notes")).toInt(), 2);

        auto removed = test::runCli(
            {QStringLiteral("peers"), QStringLiteral("remove"), QStringLiteral("alex kim")},
            target.path());
        QCOMPARE(removed.exitCode, 0);
        QVERIFY(removed.out.contains(QStringLiteral("2 note")));
        auto gone = test::runCli(
            {QStringLiteral("peers"), QStringLiteral("remove"), QStringLiteral("Alex Kim")},
            target.path());
        QCOMPARE(gone.exitCode, 2);
        QVERIFY(gone.err.contains(QStringLiteral("There is no classmate named")));
    }

    void includesWhatIsAsked()
    {
        test::TempDatabase source;
        const QString from = sourceDatabase(source);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("x.rwnotes"));
        auto result = test::runCli({QStringLiteral("notes-export"), file,
                                    QStringLiteral("--author"), QStringLiteral("A"),
                                    QStringLiteral("--include"), QStringLiteral("ratings,ranks")},
                                   from);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("Also included: 2 rating")));
        const QByteArray bytes = readAll(file);
        QVERIFY(bytes.contains("\"ratings\""));
        QVERIFY(bytes.contains("\"position\": 1"));
        QVERIFY(!bytes.contains("\"criteria\""));
        QVERIFY(!bytes.contains("Main"));

        result = test::runCli({QStringLiteral("notes-export"), file, QStringLiteral("--author"),
                               QStringLiteral("A"), QStringLiteral("--programs"),
                               QStringLiteral("umass-im")},
                              from);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("Wrote 1 note")));
        result =
            test::runCli({QStringLiteral("notes-export"), file, QStringLiteral("--author"),
                          QStringLiteral("A"), QStringLiteral("--list"), QStringLiteral("Main")},
                         from);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("Wrote 2 note")));
    }

    void refusesBadExportChoices_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("include") << QStringList {QStringLiteral("--include"),
                                                 QStringLiteral("notes")}
                                 << QStringLiteral("--include takes ratings");
        QTest::newRow("both") << QStringList {QStringLiteral("--programs"),
                                              QStringLiteral("mgh-im"), QStringLiteral("--list"),
                                              QStringLiteral("Main")}
                              << QStringLiteral("either --programs or --list");
        QTest::newRow("program") << QStringList {QStringLiteral("--programs"),
                                                 QStringLiteral("nowhere")}
                                 << QStringLiteral("no program with the key “nowhere”");
        QTest::newRow("list") << QStringList {QStringLiteral("--list"), QStringLiteral("Dream")}
                              << QStringLiteral("no list named “Dream”");
    }

    void refusesBadExportChoices()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        test::TempDatabase source;
        const QString from = sourceDatabase(source);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("x.rwnotes"));
        auto result = test::runCli(QStringList {QStringLiteral("notes-export"), file,
                                                QStringLiteral("--author"), QStringLiteral("A")}
                                       + args,
                                   from);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(!QFile::exists(file));
    }

    void needsAnAuthor()
    {
        test::TempDatabase source;
        const QString from = sourceDatabase(source);
        QTemporaryDir dir;
        auto result = test::runCli(
            {QStringLiteral("notes-export"), dir.filePath(QStringLiteral("x.rwnotes"))}, from);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("--author NAME")));
    }

    // Every malformed file: exit 2, the message, and not one byte of the database changed
    // (which already holds a classmate's layer that a bad file must not disturb).
    void refusesBadFilesWritingNothing_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        const QString dir = test::dataPath(QStringLiteral("notes/bad"));
        QFile list(dir + QStringLiteral("/expected.tsv"));
        QVERIFY(list.open(QIODevice::ReadOnly | QIODevice::Text));
        while (!list.atEnd()) {
            const QString line = QString::fromUtf8(list.readLine()).chopped(1);
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QString name = line.section(u'\t', 0, 0);
            QTest::newRow(qPrintable(name)) << dir + u'/' + name << line.section(u'\t', 1);
        }
    }

    void refusesBadFilesWritingNothing()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        test::TempDatabase target;
        target.close();
        QCOMPARE(test::runCli({QStringLiteral("notes-import"),
                               test::dataPath(QStringLiteral("notes/good/two-notes.rwnotes"))},
                              target.path())
                     .exitCode,
                 0);
        const QString before = test::databaseDump(target.path());
        auto result = test::runCli({QStringLiteral("notes-import"), path}, target.path());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("Nothing was imported.")));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(test::databaseDump(target.path()), before);
    }

    void refusesHugeFilesWritingNothing()
    {
        test::TempDatabase target;
        target.close();
        const QString before = test::databaseDump(target.path());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.rwnotes"));
        QFile huge(path);
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(20 * 1024 * 1024 + 1));
        huge.close();
        auto result = test::runCli({QStringLiteral("notes-import"), path}, target.path());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("at most 20 MB")), qPrintable(result.err));
        QCOMPARE(test::databaseDump(target.path()), before);
    }

    void refusesBadPeerNames()
    {
        test::TempDatabase target;
        target.close();
        const QString before = test::databaseDump(target.path());
        auto result = test::runCli({QStringLiteral("notes-import"),
                                    test::dataPath(QStringLiteral("notes/good/two-notes.rwnotes")),
                                    QStringLiteral("--from"), QStringLiteral("Eve\u202E")},
                                   target.path());
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("--from")));
        QCOMPARE(test::databaseDump(target.path()), before);
    }

    void printsHostileTextInertly()
    {
        test::TempDatabase target;
        target.close();
        auto result =
            test::runCli({QStringLiteral("notes-import"),
                          test::dataPath(QStringLiteral("notes/good/hostile-text.rwnotes")),
                          QStringLiteral("--add-unmatched")},
                         target.path());
        QCOMPARE(result.exitCode, 0);
        // No terminal control or direction character reaches the terminal.
        QVERIFY(!result.out.contains(QChar(0x1B)));
        QVERIFY(!result.out.contains(QChar(0x202E)));
        QVERIFY(!result.out.contains(QChar(0x07)));
        QVERIFY(result.out.contains(QStringLiteral("Notes from “Mallory evil”")));
        QVERIFY(result.out.contains(QStringLiteral("1 program added as your own")));
        auto peers = test::runCli({QStringLiteral("peers")}, target.path());
        QVERIFY(peers.out.contains(QStringLiteral("Mallory evil")));
        QVERIFY(peers.out.contains(QStringLiteral("3 note")));
    }
};

QTEST_GUILESS_MAIN(TestCliSharing)
#include "tst_cli_sharing.moc"
