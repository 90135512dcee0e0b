#include "databasedump.h"
#include "exchange/csvimporter.h"
#include "exchange/ranklistcsv.h"
#include "listfixtures.h"
#include "storage/snapshotrepository.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rw;

namespace {

CsvTable table(const QByteArray &csv)
{
    auto parsed = CsvReader::parse(csv, QStringLiteral("sheet.csv"));
    if (!parsed)
        qFatal("%s", qPrintable(parsed.message()));
    return *parsed;
}

CsvImportOptions toList(const QString &name)
{
    CsvImportOptions options;
    options.listName = name;
    return options;
}

QStringList listLabels(Database &db, const QString &name)
{
    RankListRepository lists(db);
    auto list = lists.byName(name);
    if (!list)
        return {QStringLiteral("no list: ") + list.message()};
    QStringList labels;
    const auto entries = lists.entries(list->id);
    for (const RankEntry &entry : *entries)
        labels.append(entry.label()
                      + (entry.nrmpCode.isEmpty() ? QString() : u' ' + entry.nrmpCode));
    return labels;
}

// "Program — Track / Criterion = value" for every rating, sorted.
QStringList ratingLines(Database &db)
{
    QStringList lines;
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral(
        "SELECT p.name || ' — ' || t.name || ' / ' || c.name || ' = ' || r.value FROM ratings r "
        "JOIN tracks t ON t.id = r.track_id JOIN programs p ON p.id = t.program_id "
        "JOIN criteria c ON c.id = r.criterion_id"));
    while (query.next())
        lines.append(query.value(0).toString());
    lines.sort();
    return lines;
}

const QString kMgh = QStringLiteral("Massachusetts General Hospital Internal Medicine Residency");
const QString kUmass = QStringLiteral("UMass Internal Medicine Residency");
const QString kBwh =
    QStringLiteral("BWH Residency Program in Primary Care and Population Medicine");

} // namespace

// Spreadsheets into programs, tracks, criteria, ratings and a list.
class TestCsvImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void matchesByCodeThenNamesAndAddsTheRest()
    {
        test::TempDatabase temp;
        test::addUserProgram(temp.db(), QStringLiteral("Lakeside IM"),
                             QStringLiteral("Lakeside Hospital"),
                             {{QStringLiteral("Categorical"), QStringLiteral("1234140C0")},
                              {QStringLiteral("Primary"), QStringLiteral("1234140M0")}});
        const CsvTable t =
            table("Program,Institution,Track,NRMP Code,City,State,Rank,Teaching\n"
                  "Lakeside Internal Medicine,,Primary,1234140m0,,,2,4\n"
                  "Massachusetts General Hospital Internal Medicine Residency,,Primary Care "
                  "Track,,,,1,5\n"
                  "UMass Internal Medicine Residency,,Research Pathway,,,,3,\n"
                  "New Place IM,New Place Hospital,,2222140C0,Springfield,MA,4,3\n"
                  "New Place IM,New Place Hospital,Primary Care,2222140M0,Springfield,MA,,2\n"
                  "BWH Residency Program in Primary Care and Population Medicine,,,,,,5,1\n"
                  ",,,,,,,\n");
        CsvImporter importer(temp.db());
        auto plan = importer.plan(t, toList(QStringLiteral("Imported")), QStringLiteral("s.csv"));
        QVERIFY2(plan.ok(), test::why(plan).constData());
        QVERIFY2(plan->ok(), qPrintable(plan->problems.value(0).text()));
        QCOMPARE(plan->rows.size(), 6); // the empty row is skipped
        using O = CsvRowPlan::Outcome;
        QCOMPARE(plan->rows.at(0).outcome, O::MatchedByCode);
        QCOMPARE(plan->rows.at(0).trackKey, QStringLiteral("my-lakeside-im.primary"));
        QVERIFY(plan->rows.at(0).remark.contains(QStringLiteral("Lakeside Internal Medicine")));
        QCOMPARE(plan->rows.at(1).outcome, O::MatchedByNames);
        QCOMPARE(plan->rows.at(1).trackKey, QStringLiteral("mgh-im.primary-care"));
        QCOMPARE(plan->rows.at(2).outcome, O::NewTrack);
        QCOMPARE(plan->rows.at(2).programKey, QStringLiteral("umass-im"));
        QCOMPARE(plan->rows.at(3).outcome, O::NewProgram);
        QCOMPARE(plan->rows.at(4).outcome, O::NewProgram);
        QCOMPARE(plan->rows.at(3).track, QStringLiteral("Categorical"));
        QCOMPARE(plan->rows.at(5).outcome, O::MatchedByNames); // the program's only track
        QCOMPARE(plan->rows.at(5).trackKey, QStringLiteral("bwh-pcpm.primary-care"));
        QCOMPARE(plan->newPrograms.size(), 1);
        QCOMPARE(plan->newPrograms.at(0).rows, QList<int>({3, 4}));
        QCOMPARE(plan->criteria.size(), 1);
        QCOMPARE(plan->newCriteria(), 1);
        QCOMPARE(plan->listRows, QList<int>({1, 0, 2, 3, 5}));
        QCOMPARE(plan->unrankedRows, 1);
        QCOMPARE(plan->ratingsNew, 5);
        QVERIFY(plan->summary().contains(QStringLiteral("Creates the list")));

        auto receipt =
            importer.apply(t, toList(QStringLiteral("Imported")), QStringLiteral("s.csv"));
        QVERIFY2(receipt.ok(), test::why(receipt).constData());
        QCOMPARE(receipt->addedPrograms, QStringList({QStringLiteral("my-new-place-im")}));
        QCOMPARE(receipt->addedTracks,
                 QStringList({QStringLiteral("umass-im.my-research-pathway")}));
        QCOMPARE(listLabels(temp.db(), QStringLiteral("imported")),
                 QStringList({kMgh + QStringLiteral(" — Primary Care"),
                              QStringLiteral("Lakeside IM — Primary 1234140M0"),
                              kUmass + QStringLiteral(" — Research Pathway"),
                              QStringLiteral("New Place IM — Categorical 2222140C0"),
                              kBwh + QStringLiteral(" — Primary Care and Population Medicine")}));
        auto program = ProgramRepository(temp.db()).program(QStringLiteral("my-new-place-im"));
        QVERIFY(program.ok());
        QCOMPARE(program->institutionName, QStringLiteral("New Place Hospital"));
        QCOMPARE(program->city, QStringLiteral("Springfield"));
        QCOMPARE(program->tracks.size(), 2);
        QCOMPARE(program->tracks.at(1).type, TrackType::PrimaryCare);
        QCOMPARE(program->tracks.at(1).nrmpCode, QStringLiteral("2222140M0"));
        auto teaching = CriterionRepository(temp.db()).byName(QStringLiteral("teaching"));
        QVERIFY(teaching.ok());
        QCOMPARE(teaching->weight, 1.0);
        QCOMPARE(teaching->kind, CriterionKind::Rating);
        QCOMPARE(ratingLines(temp.db()).size(), 5);
        QVERIFY(ratingLines(temp.db()).contains(
            QStringLiteral("New Place IM — Primary Care / Teaching = 2")));
    }

    void dryRunWritesNothingAndUndoTakesItAllBack()
    {
        test::TempDatabase temp;
        test::ExportFixture fixture(temp.db(), 2);
        const QString before = test::databaseDump(temp.db());
        const CsvTable t = table("Program,Track,Rank,Teaching,Wellness\n"
                                 "New One,,1,4,5\n"
                                 "Program 001,Categorical,2,5,\n"
                                 "UMass Internal Medicine Residency,Primary Care,3,1,2\n"
                                 "Another,Prelim,4,,\n");
        CsvImporter importer(temp.db());
        auto plan = importer.plan(t, toList(QStringLiteral("Main")), QStringLiteral("s.csv"));
        QVERIFY(plan.ok() && plan->ok());
        QCOMPARE(plan->existingListId, fixture.list.id);
        QCOMPARE(plan->ratingsChanged + plan->ratingsSame, 2); // Teaching on two existing tracks
        QCOMPARE(test::databaseDump(temp.db()), before);

        auto receipt = importer.apply(t, toList(QStringLiteral("Main")), QStringLiteral("s.csv"));
        QVERIFY2(receipt.ok(), test::why(receipt).constData());
        QCOMPARE(listLabels(temp.db(), QStringLiteral("Main")).size(), 4);
        // The order it replaced is kept in a snapshot.
        auto snapshots = SnapshotRepository(temp.db()).all(fixture.list.id);
        QCOMPARE(snapshots->size(), 1);
        QCOMPARE(snapshots->constFirst().label, QStringLiteral("Before importing s.csv"));
        QCOMPARE(snapshots->constFirst().entries.size(), fixture.tracks.size());
        QVERIFY(test::databaseDump(temp.db()) != before);

        const QString after = test::databaseDump(temp.db());
        QVERIFY(importer.undo(*receipt).ok());
        QCOMPARE(test::databaseDump(temp.db()), before);
        // And again (redo): everything comes back as it was, the snapshot included.
        auto again =
            importer.apply(t, toList(QStringLiteral("Main")), QStringLiteral("s.csv"), &*receipt);
        QVERIFY(again.ok());
        QCOMPARE(again->addedPrograms, receipt->addedPrograms);
        QCOMPARE(again->trackKeys, receipt->trackKeys);
        QCOMPARE(test::databaseDump(temp.db()), after);
    }

    void pinsStayWithTheirTracksWhenAListIsReplaced()
    {
        test::TempDatabase temp;
        test::ExportFixture fixture(temp.db(), 0);
        RankListRepository lists(temp.db());
        ListOrder order = *lists.order(fixture.list.id);
        const QString pinnedKey = QStringLiteral("mgh-im.primary-care");
        for (EntryState &entry : order)
            entry.pinned = entry.trackId == lists.track(pinnedKey)->id;
        QVERIFY(lists.setOrder(fixture.list.id, order).ok());
        const CsvTable t = table(QStringLiteral("Program,Track\n%1,Categorical\n%2,Primary Care\n")
                                     .arg(kUmass, kMgh)
                                     .toUtf8());
        QVERIFY(CsvImporter(temp.db()).apply(t, toList(QStringLiteral("Main")), {}).ok());
        const auto entries = *lists.entries(fixture.list.id);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).trackKey, pinnedKey);
        QVERIFY(entries.at(1).pinned);
        QVERIFY(!entries.at(0).pinned);
    }

    void existingRatingsAreReplacedAndPutBack()
    {
        test::TempDatabase temp;
        test::ExportFixture fixture(temp.db(), 0);
        const QStringList before = ratingLines(temp.db());
        const CsvTable t =
            table(QStringLiteral("Program,Track,teaching\n%1,Categorical,5\n").arg(kMgh).toUtf8());
        CsvImporter importer(temp.db());
        auto plan = importer.plan(t, {}, QStringLiteral("s.csv"));
        QVERIFY(plan->ok());
        QCOMPARE(plan->criteria.at(0).existingId, fixture.teaching.id);
        QCOMPARE(plan->ratingsChanged, 1);
        QVERIFY(plan->listName.isEmpty());
        auto receipt = importer.apply(t, {}, QStringLiteral("s.csv"));
        QVERIFY(receipt.ok());
        QVERIFY(ratingLines(temp.db()).contains(kMgh
                                                + QStringLiteral(" — Categorical / Teaching = 5")));
        QVERIFY(importer.undo(*receipt).ok());
        QCOMPARE(ratingLines(temp.db()), before);
    }

    void readsSemicolonsByteOrderMarkQuotesAndFormulaEscapes()
    {
        test::TempDatabase temp;
        const QByteArray csv = "\xEF\xBB\xBF"
                               "Rank;Program;Institution;Culture\r\n"
                               "1;\"Smith; Jones\r\nMedicine\";'=Sponsor;3\r\n"
                               "2;'-Minus program;Minus Hospital;4\r\n";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("semi.csv"));
        test::writeFile(path, csv);
        auto read = CsvImporter::readFile(path);
        QVERIFY2(read.ok(), test::why(read).constData());
        QVERIFY(read->hadByteOrderMark);
        QCOMPARE(read->separator, QChar(u';'));
        auto receipt = CsvImporter(temp.db()).apply(*read, toList(QStringLiteral("From Excel")),
                                                    QStringLiteral("semi.csv"));
        QVERIFY2(receipt.ok(), test::why(receipt).constData());
        QCOMPARE(listLabels(temp.db(), QStringLiteral("From Excel")),
                 QStringList({QStringLiteral("Smith; Jones Medicine — Categorical"),
                              QStringLiteral("-Minus program — Categorical")}));
        auto program = ProgramRepository(temp.db()).program(receipt->addedPrograms.at(0));
        QCOMPARE(program->institutionName, QStringLiteral("=Sponsor"));
    }

    void malformedFilesAreRefusedWithLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no Program column") << QByteArray("Institution,Teaching\nX,4\n") << QString()
                                           << QStringLiteral("no Program column");
        QTest::newRow("rating of 7")
            << QByteArray("Program,Teaching\nA,4\nB,7\nC,5\n") << QString()
            << QStringLiteral("line 3, column 2: “7” is not a rating of “Teaching”");
        QTest::newRow("duplicate NRMP code")
            << QByteArray("Program,NRMP Code\nA,1234140C0\nB,1234140c0\n") << QString()
            << QStringLiteral("line 3, column 2: the NRMP code 1234140C0 is also on line 2");
        QTest::newRow("duplicate rank")
            << QByteArray("Program,Rank\nA,1\nB,2\nC,1\n") << QStringLiteral("L")
            << QStringLiteral("line 4, column 2: rank 1 is also on line 2");
        QTest::newRow("malformed NRMP code") << QByteArray("Program,Code\nA,12345\n") << QString()
                                             << QStringLiteral("line 2, column 2: “12345”");
        QTest::newRow("rank not a number")
            << QByteArray("Track,Program,Rank\nX,A,first\n") << QString()
            << QStringLiteral("line 2, column 3: the rank “first”");
        QTest::newRow("rank 301") << QByteArray("Program,Rank\nA,301\n") << QString()
                                  << QStringLiteral("line 2, column 2");
        QTest::newRow("no program name")
            << QByteArray("Program,Track\nA,X\n,Categorical\n") << QString()
            << QStringLiteral("line 3, column 1: no program name");
        QTest::newRow("the same track twice")
            << QByteArray("Program,Track\nUMass Internal Medicine Residency,Categorical\n"
                          "UMASS internal medicine residency,categorical track\n")
            << QString() << QStringLiteral("line 3: the same track as line 2");
        QTest::newRow("two Program columns")
            << QByteArray("Program,Program\nA,B\n") << QString()
            << QStringLiteral("line 1, column 2: a second Program");
        QTest::newRow("long name")
            << (QByteArray("Program\n") + QByteArray(201, 'x') + '\n') << QString()
            << QStringLiteral("line 2, column 1: 201 characters");
        QTest::newRow("criterion name too long")
            << (QByteArray("Program,") + QByteArray(61, 'c') + "\nA,1\n") << QString()
            << QStringLiteral("line 1, column 2");
        QTest::newRow("criterion that is a fact")
            << QByteArray("Program,ambulatory share\nA,3\n") << QString()
            << QStringLiteral("line 1, column 2: the criterion “Ambulatory share” exists here");
        QTest::newRow("program with several tracks")
            << QByteArray("Program\nTwin Tracks\n") << QString()
            << QStringLiteral("line 2, column 1: “Twin Tracks” has several tracks here");
        QTest::newRow("program named twice here")
            << QByteArray("Program\nSame IM\n") << QString()
            << QStringLiteral("line 2, column 1: “Same IM” names 2 programs here");
        QByteArray many("Program\n");
        for (int i = 0; i < 301; ++i)
            many += "P" + QByteArray::number(i) + '\n';
        QTest::newRow("301 ranks")
            << many << QStringLiteral("Big") << QStringLiteral("The list would have 301 ranks");
    }
    void malformedFilesAreRefusedWithLineAndColumn()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, list);
        QFETCH(QString, expected);
        test::TempDatabase temp;
        test::ExportFixture fixture(temp.db(), 0);
        test::addUserProgram(temp.db(), QStringLiteral("Twin Tracks"), QStringLiteral("Twin"),
                             {{QStringLiteral("One"), {}}, {QStringLiteral("Two"), {}}});
        test::addUserProgram(temp.db(), QStringLiteral("Same IM"), QStringLiteral("Hospital A"),
                             {{QStringLiteral("Categorical"), {}}});
        test::addUserProgram(temp.db(), QStringLiteral("Same IM"), QStringLiteral("Hospital B"),
                             {{QStringLiteral("Categorical"), {}}});
        const QString before = test::databaseDump(temp.db());
        const CsvTable t = table(csv);
        CsvImporter importer(temp.db());
        auto plan = importer.plan(t, toList(list), QStringLiteral("bad.csv"));
        QVERIFY2(plan.ok(), test::why(plan).constData());
        QVERIFY(!plan->ok());
        QVERIFY2(plan->problems.constFirst().text().contains(expected),
                 qPrintable(plan->problems.constFirst().text()));
        auto applied = importer.apply(t, toList(list), QStringLiteral("bad.csv"));
        QVERIFY(!applied.ok());
        QCOMPARE(applied.error().kind, Error::Kind::Input);
        QVERIFY2(applied.message().startsWith(QStringLiteral("bad.csv: ")),
                 qPrintable(applied.message()));
        QVERIFY(applied.message().contains(expected));
        QVERIFY(applied.message().endsWith(QStringLiteral("Nothing was imported.")));
        QCOMPARE(test::databaseDump(temp.db()), before);
    }

    void unbalancedQuotesAreRefusedWhenRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("quote.csv"));
        test::writeFile(path, "Program,Teaching\n\"MGH,4\nUMass,3\n");
        auto read = CsvImporter::readFile(path);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, Error::Kind::Input);
        QVERIFY2(read.message().contains(QStringLiteral(
                     "quote.csv, line 2, column 1: the quote that opens this field is never "
                     "closed")),
                 qPrintable(read.message()));
        auto missing = CsvImporter::readFile(dir.filePath(QStringLiteral("none.csv")));
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    }

    void badListNameIsAnError()
    {
        test::TempDatabase temp;
        auto plan = CsvImporter(temp.db()).plan(table("Program\nA\n"),
                                                toList(QStringLiteral("bad\x01name")), {});
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().kind, Error::Kind::Input);
    }

    void scoreColumnAndTextColumnsAreNotRead()
    {
        test::TempDatabase temp;
        const CsvTable t = table("Program,Score,Comments\nA,87.5,lovely\nB,12,\n");
        auto plan = CsvImporter(temp.db()).plan(t, {}, {});
        QVERIFY(plan->ok());
        QCOMPARE(plan->columns.at(1).role, CsvRole::Score);
        QCOMPARE(plan->columns.at(2).role, CsvRole::Ignored);
        QVERIFY(plan->criteria.isEmpty());
    }

    void roundTripIntoAnEmptyDatabase()
    {
        test::TempDatabase source;
        test::ExportFixture fixture(source.db(), 25);
        test::addUserProgram(source.db(), QStringLiteral("=HYPERLINK(\"x\"), \"quoted\"; name"),
                             QStringLiteral("Odd, Hospital"),
                             {{QStringLiteral("Primary Care"), QStringLiteral("9999140M0")}});
        RankListRepository lists(source.db());
        ListOrder order = *lists.order(fixture.list.id);
        order.append({test::scalar(source.db(),
                                   QStringLiteral("SELECT id FROM tracks WHERE "
                                                  "nrmp_code = '9999140M0'"))
                          .toLongLong(),
                      false});
        QVERIFY(lists.setOrder(fixture.list.id, order).ok());
        auto bytes = RankListCsv::bytes(source.db(), QStringLiteral("Main"));
        QVERIFY(bytes.ok());

        test::TempDatabase target;
        auto receipt =
            CsvImporter(target.db())
                .apply(table(*bytes), toList(QStringLiteral("Main")), QStringLiteral("main.csv"));
        QVERIFY2(receipt.ok(), test::why(receipt).constData());
        QCOMPARE(listLabels(target.db(), QStringLiteral("Main")),
                 listLabels(source.db(), QStringLiteral("Main")));
        // The ratings of the rating criteria (facts come from the catalog, not the file).
        const QStringList expected = ratingLines(source.db());
        QVERIFY(expected.size() > 40);
        QCOMPARE(ratingLines(target.db()), expected);

        // Importing the same file again matches everything and changes nothing.
        auto again =
            CsvImporter(target.db())
                .plan(table(*bytes), toList(QStringLiteral("Main")), QStringLiteral("main.csv"));
        QVERIFY(again->ok());
        QVERIFY(again->newPrograms.isEmpty());
        QCOMPARE(again->count(CsvRowPlan::Outcome::NewTrack), 0);
        QCOMPARE(again->ratingsNew + again->ratingsChanged, 0);
    }
};

QTEST_GUILESS_MAIN(TestCsvImporter)
#include "tst_csvimporter.moc"
