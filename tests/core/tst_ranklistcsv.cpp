#include "exchange/csv.h"
#include "exchange/ranklistcsv.h"
#include "listfixtures.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace rw;

// A rank list as a spreadsheet file.
class TestRankListCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void writesTheListWithRatingsAsSpreadsheetsReadIt()
    {
        test::TempDatabase temp;
        test::ExportFixture fixture(temp.db(), 2);
        // A rating criterion whose name would read as another column.
        Criterion city = test::makeCriterion(QStringLiteral("City"), 1, CriterionKind::Rating, {});
        city = *CriterionRepository(temp.db()).add(city);
        test::addUserProgram(temp.db(), QStringLiteral("=cmd|' /C calc'!A0"),
                             QStringLiteral("Smith, \"Jones\" & Co"),
                             {{QStringLiteral("Categorical"), QStringLiteral("7777140C0")}});
        RankListRepository lists(temp.db());
        ListOrder order = *lists.order(fixture.list.id);
        order.append({test::scalar(temp.db(),
                                   QStringLiteral("SELECT id FROM tracks WHERE "
                                                  "nrmp_code = '7777140C0'"))
                          .toLongLong(),
                      false});
        QVERIFY(lists.setOrder(fixture.list.id, order).ok());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("main.csv"));
        auto written = RankListCsv::exportTo(temp.db(), {}, path);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.message()));
        QCOMPARE(written->list.name, QStringLiteral("Main"));
        QCOMPARE(written->ranks, int(order.size()));
        QCOMPARE(written->criteria, 3); // Teaching, Location, City; not the fact

        const QByteArray bytes = test::readFile(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = bytes.mid(3).split('\n');
        QCOMPARE(lines.size(), order.size() + 2); // header, rows, and nothing after the last CRLF
        for (qsizetype i = 0; i + 1 < lines.size(); ++i)
            QVERIFY2(lines.at(i).endsWith('\r'), lines.at(i).constData());
        QCOMPARE(
            lines.at(0),
            QByteArray("Rank,Program,Institution,Track,NRMP Code,City,State,"
                       "Score,Coverage,Score low,Score high,Teaching,Location,City (rating)\r"));
        // The first track: Teaching 1, Location 1, no City rating.
        QVERIFY2(lines.at(1).startsWith("1,BWH Residency Program in Primary Care and Population "
                                        "Medicine,Brigham and Women's Hospital,Primary Care and "
                                        "Population Medicine,,Boston,MA,"),
                 lines.at(1).constData());
        QVERIFY2(lines.at(1).endsWith(",1,1,\r"), lines.at(1).constData());
        // Quoted and formula-escaped.
        const QByteArray last = lines.at(lines.size() - 2);
        QVERIFY2(last.startsWith(
                     QByteArray(QByteArray::number(order.size())
                                + ",'=cmd|' /C calc'!A0,\"Smith, \"\"Jones\"\" & Co\",Categorical,"
                                  "7777140C0,Boston,MA,,,,,,,\r")),
                 last.constData());

        // Parsed back, the fields are what was written.
        auto parsed = CsvReader::parse(bytes, QStringLiteral("main.csv"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->rows.size(), order.size());
        QCOMPARE(CsvWriter::unescapeFormula(parsed->rows.constLast().at(1)),
                 QStringLiteral("=cmd|' /C calc'!A0"));
        QCOMPARE(parsed->rows.constLast().at(2), QStringLiteral("Smith, \"Jones\" & Co"));
    }

    void scoresHaveOneDecimalAndMissingOnesAreBlank()
    {
        test::TempDatabase temp;
        test::ExportFixture fixture(temp.db(), 0);
        auto bytes = RankListCsv::bytes(temp.db(), QStringLiteral("main"));
        QVERIFY(bytes.ok());
        auto parsed = CsvReader::parse(*bytes, QStringLiteral("x.csv"));
        for (const QStringList &row : parsed->rows) {
            const QString score = row.at(7);
            QVERIFY2(QRegularExpression(QStringLiteral("^\\d{1,3}\\.\\d$")).match(score).hasMatch(),
                     qPrintable(score));
            // Coverage, then the range around the score.
            const double coverage = row.at(8).toDouble();
            QVERIFY(coverage > 0 && coverage <= 100);
            QVERIFY(row.at(9).toDouble() <= score.toDouble() + 0.05);
            QVERIFY(row.at(10).toDouble() >= score.toDouble() - 0.05);
            if (coverage == 100)
                QCOMPARE(row.at(9), row.at(10));
            else
                QVERIFY(row.at(9).toDouble() < row.at(10).toDouble());
        }
    }

    void unknownListAndUnwritablePath()
    {
        test::TempDatabase temp;
        test::ExportFixture fixture(temp.db(), 0);
        auto missing = RankListCsv::exportTo(temp.db(), QStringLiteral("Nope"),
                                             QStringLiteral("/tmp/never.csv"));
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        auto unwritable =
            RankListCsv::exportTo(temp.db(), {}, QStringLiteral("/proc/no/such/dir/x.csv"));
        QCOMPARE(unwritable.error().kind, Error::Kind::Io);
        QVERIFY(unwritable.message().contains(QStringLiteral("x.csv")));
    }
};

QTEST_GUILESS_MAIN(TestRankListCsv)
#include "tst_ranklistcsv.moc"
