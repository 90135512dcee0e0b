#include "catalog/bundledcatalog.h"
#include "databasedump.h"
#include "listfixtures.h"
#include "settings/appsettings.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

// export-pdf, export-csv and import-csv: output shapes, exit codes, and that
// a refused import leaves the database exactly as it was.
class TestCliExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    // A database file with the export fixture (the catalog plus `programs`
    // programs of the user's own on the list "Main").
    QString makeDb(int programs)
    {
        const QString path = m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_counter));
        auto db = Database::open(path);
        if (!db || !BundledCatalog::install(**db))
            qFatal("cannot create %s", qPrintable(path));
        test::ExportFixture fixture(**db, programs);
        test::ExportFixture::addNotes(**db, fixture.tracks.constFirst().key);
        return path;
    }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QString writeCsv(const QString &name, const QByteArray &bytes)
    {
        test::writeFile(file(name), bytes);
        return file(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::useIsolatedEnvironment();
        QVERIFY(m_dir.isValid());
    }

    void exportPdf()
    {
        const QString db = makeDb(40);
        const QString out = file(QStringLiteral("list.pdf"));
        auto result = test::runCli(
            {QStringLiteral("export-pdf"), out, QStringLiteral("--with-breakdown"),
             QStringLiteral("--with-notes"), QStringLiteral("--page-size"), QStringLiteral("a4"),
             QStringLiteral("--name"), QStringLiteral("Alex Kim")},
            db);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.startsWith(QStringLiteral("Wrote the list “Main” (46 ranks, ")),
                 qPrintable(result.out));
        QVERIFY(result.out.trimmed().endsWith(QStringLiteral("to ") + out + u'.'));
        const QString text = test::pdfText(out, false);
        QVERIFY(text.contains(QStringLiteral("Alex Kim")));
        QVERIFY(text.contains(QStringLiteral("Program 040")));
        QVERIFY(text.contains(QStringLiteral("Your note: Interview day")));
        QVERIFY(!text.contains(QStringLiteral("PEER SECRET")));
    }

    void exportPdfNeedsNoDisplayAndReadsTheSavedName()
    {
        const QString db = makeDb(0);
        // Where the CLI (not in test mode) keeps its settings.
        const QString settingsPath =
            qEnvironmentVariable("XDG_CONFIG_HOME") + QStringLiteral("/Rankwise/Rankwise.conf");
        {
            QSettings settings(settingsPath, QSettings::IniFormat);
            settings.setValue(Settings::applicantName.key(), QStringLiteral("Pat Lee"));
        }
        const QString out = file(QStringLiteral("nodisplay.pdf"));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        process.setProcessEnvironment(env);
        process.start(test::cliPath(),
                      {QStringLiteral("--db"), db, QStringLiteral("export-pdf"), out});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QVERIFY(test::pdfText(out, false).contains(QStringLiteral("Pat Lee")));
        QFile::remove(settingsPath);
    }

    void exportPdfRefusals()
    {
        const QString db = makeDb(0);
        const QString out = file(QStringLiteral("refused.pdf"));
        auto size = test::runCli({QStringLiteral("export-pdf"), out, QStringLiteral("--page-size"),
                                  QStringLiteral("legal")},
                                 db);
        QCOMPARE(size.exitCode, 2);
        QVERIFY(size.err.contains(QStringLiteral("--page-size takes letter or a4, not “legal”")));
        auto list = test::runCli(
            {QStringLiteral("export-pdf"), out, QStringLiteral("--list"), QStringLiteral("Nope")},
            db);
        QCOMPARE(list.exitCode, 2);
        QVERIFY(list.err.contains(QStringLiteral("Nope")));
        QVERIFY(!QFile::exists(out));
        auto args = test::runCli({QStringLiteral("export-pdf")}, db);
        QCOMPARE(args.exitCode, 2);
        auto unwritable =
            test::runCli({QStringLiteral("export-pdf"), QStringLiteral("/proc/no/such/x.pdf")}, db);
        QCOMPARE(unwritable.exitCode, 1);
        QVERIFY(unwritable.err.contains(QStringLiteral("x.pdf")));
    }

    void exportCsv()
    {
        const QString db = makeDb(3);
        const QString out = file(QStringLiteral("list.csv"));
        auto result = test::runCli({QStringLiteral("export-csv"), out}, db);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(
            result.out.trimmed(),
            QStringLiteral("Wrote the list “Main” (9 ranks, 2 rating columns) to %1.").arg(out));
        QVERIFY(test::readFile(out).startsWith(
            "\xEF\xBB\xBFRank,Program,Institution,Track,NRMP Code,City,State,Score,Coverage,"
            "Score low,Score high,Teaching,Location\r\n"));
        auto missing = test::runCli(
            {QStringLiteral("export-csv"), out, QStringLiteral("--list"), QStringLiteral("Nope")},
            db);
        QCOMPARE(missing.exitCode, 2);
    }

    void importDryRunReportsAndWritesNothing()
    {
        const QString db = makeDb(0);
        const QString before = test::databaseDump(db);
        const QString csv = writeCsv(QStringLiteral("dry.csv"),
                                     "Rank,Program,Track,NRMP Code,Teaching,Call\n"
                                     "2,UMass Internal Medicine Residency,Primary Care,,4,3\n"
                                     "1,Lakeside IM,,1234140C0,5,\n");
        auto result = test::runCli({QStringLiteral("import-csv"), csv, QStringLiteral("--list"),
                                    QStringLiteral("Spreadsheet"), QStringLiteral("--dry-run"),
                                    QStringLiteral("--format"), QStringLiteral("json")},
                                   db);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject json = result.json().object();
        QCOMPARE(json[QStringLiteral("dry_run")].toBool(), true);
        QCOMPARE(json[QStringLiteral("file")].toString(), QStringLiteral("dry.csv"));
        const QJsonArray rows = json[QStringLiteral("rows")].toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0)[QStringLiteral("outcome")].toString(),
                 QStringLiteral("matched-by-names"));
        QCOMPARE(rows.at(0)[QStringLiteral("track_key")].toString(),
                 QStringLiteral("umass-im.primary-care"));
        QCOMPARE(rows.at(1)[QStringLiteral("outcome")].toString(), QStringLiteral("new-program"));
        QVERIFY(rows.at(1)[QStringLiteral("track_key")].isNull());
        QCOMPARE(rows.at(1)[QStringLiteral("line")].toInt(), 3);
        const QJsonArray columns = json[QStringLiteral("columns")].toArray();
        QCOMPARE(columns.at(4)[QStringLiteral("role")].toString(), QStringLiteral("rating"));
        const QJsonArray criteria = json[QStringLiteral("criteria")].toArray();
        QCOMPARE(criteria.size(), 2);
        QCOMPARE(criteria.at(0)[QStringLiteral("new")].toBool(), false); // Teaching exists
        QCOMPARE(criteria.at(1)[QStringLiteral("new")].toBool(), true);
        const QJsonObject list = json[QStringLiteral("list")].toObject();
        QCOMPARE(list[QStringLiteral("ranks")].toInt(), 2);
        QCOMPARE(list[QStringLiteral("replaces_existing")].toBool(), false);
        const QJsonObject counts = json[QStringLiteral("counts")].toObject();
        QCOMPARE(counts[QStringLiteral("new_programs")].toInt(), 1);
        QCOMPARE(counts[QStringLiteral("matched_by_names")].toInt(), 1);
        QCOMPARE(test::databaseDump(db), before);

        auto text =
            test::runCli({QStringLiteral("import-csv"), csv, QStringLiteral("--dry-run")}, db);
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.startsWith(QStringLiteral("Dry run: nothing was written.")));
        QVERIFY(text.out.contains(QStringLiteral("new program of your own")));
        QVERIFY(text.out.contains(QStringLiteral("The Rank column is not used")));
        QCOMPARE(test::databaseDump(db), before);
    }

    void badFilesExitTwoAndChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unbalanced quotes")
            << QByteArray("Program,Teaching\n\"MGH,4\n")
            << QStringLiteral("line 2, column 1: the quote that opens this field is never closed");
        QTest::newRow("no Program column")
            << QByteArray("Name,Teaching\nA,4\n") << QStringLiteral("no Program column");
        QTest::newRow("rating of 7") << QByteArray("Program,Teaching\nA,4\nB,7\n")
                                     << QStringLiteral("line 3, column 2: “7” is not a rating");
        QTest::newRow("duplicate NRMP code")
            << QByteArray("Program,NRMP Code\nA,1234140C0\nB,1234140C0\n")
            << QStringLiteral("line 3, column 2: the NRMP code 1234140C0 is also on line 2");
        QTest::newRow("duplicate rank") << QByteArray("Program,Rank\nA,2\nB,2\n")
                                        << QStringLiteral("line 3, column 2: rank 2 is also");
        QTest::newRow("not UTF-8")
            << QByteArray("Program\nCaf\xe9\n") << QStringLiteral("not valid UTF-8");
    }
    void badFilesExitTwoAndChangeNothing()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        const QString db = makeDb(0);
        const QString before = test::databaseDump(db);
        const QString path = writeCsv(QStringLiteral("bad.csv"), csv);
        for (const QStringList &extra :
             {QStringList(), QStringList {QStringLiteral("--list"), QStringLiteral("Main")},
              QStringList {QStringLiteral("--dry-run")}}) {
            auto result =
                test::runCli(QStringList {QStringLiteral("import-csv"), path} + extra, db);
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(result.err.contains(expected), qPrintable(result.err));
            QVERIFY(
                result.err.contains(QStringLiteral("nothing was imported"), Qt::CaseInsensitive));
            QVERIFY(result.out.isEmpty());
            QCOMPARE(test::databaseDump(db), before);
        }
    }

    void missingFileAndBadListName()
    {
        const QString db = makeDb(0);
        auto missing =
            test::runCli({QStringLiteral("import-csv"), file(QStringLiteral("no.csv"))}, db);
        QCOMPARE(missing.exitCode, 2);
        const QString csv = writeCsv(QStringLiteral("ok.csv"), "Program\nA\n");
        auto empty = test::runCli(
            {QStringLiteral("import-csv"), csv, QStringLiteral("--list"), QStringLiteral(" ")}, db);
        QCOMPARE(empty.exitCode, 2);
    }

    void roundTripThroughTheCli()
    {
        const QString source = makeDb(12);
        const QString csv = file(QStringLiteral("round.csv"));
        QCOMPARE(test::runCli({QStringLiteral("export-csv"), csv}, source).exitCode, 0);
        const QString target = m_dir.filePath(QStringLiteral("empty.sqlite"));
        auto imported = test::runCli(
            {QStringLiteral("import-csv"), csv, QStringLiteral("--list"), QStringLiteral("Main")},
            target);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(imported.out.contains(QStringLiteral("Creates the list “Main” with 18 ranks.")));
        auto order = [](const QString &db) {
            QStringList labels;
            const QJsonArray rows =
                test::runCli(
                    {QStringLiteral("rank"), QStringLiteral("--format"), QStringLiteral("json")},
                    db)
                    .json()
                    .array();
            for (const QJsonValue &row : rows)
                labels.append(row[QStringLiteral("program")].toString() + u'/'
                              + row[QStringLiteral("track")].toString() + u'/'
                              + row[QStringLiteral("nrmp_code")].toString());
            return labels;
        };
        QCOMPARE(order(target), order(source));
        QCOMPARE(order(target).size(), 18);
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
