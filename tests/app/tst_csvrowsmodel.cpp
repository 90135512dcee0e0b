#include "exchange/csvimporter.h"
#include "models/csvrowsmodel.h"
#include "sharingfixtures.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace rw;

// The rows of a spreadsheet being imported and what each becomes.
class TestCsvRowsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void showsEachRowsOutcomeAndProblems()
    {
        test::TempDatabase temp;
        test::addUserProgram(temp.db(), QStringLiteral("Lakeside IM"), QStringLiteral("Lakeside"),
                             {{QStringLiteral("Categorical"), QStringLiteral("1234140C0")}});
        auto table = CsvReader::parse("Program,Track,NRMP Code,Rank,Teaching\n"
                                      "x,,1234140C0,2,4\n"
                                      "UMass Internal Medicine Residency,Research,,1,5\n"
                                      "<b>New</b>,,,,3\n"
                                      "Bad,,,,9\n",
                                      QStringLiteral("t.csv"));
        QVERIFY(table.ok());
        auto plan = CsvImporter(temp.db()).plan(*table, {}, QStringLiteral("t.csv"));
        QVERIFY(plan.ok());

        CsvRowsModel model;
        QAbstractItemModelTester tester(&model);
        model.setPlan(*plan);
        QCOMPARE(model.rowCount(), 4);
        auto cell = [&](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(cell(0, CsvRowsModel::LineColumn), QStringLiteral("2"));
        QCOMPARE(cell(0, CsvRowsModel::OutcomeColumn), QStringLiteral("Matched by NRMP code"));
        QCOMPARE(cell(0, CsvRowsModel::HereColumn),
                 QStringLiteral("Lakeside IM — Categorical (the file calls its program “x”)"));
        QCOMPARE(cell(0, CsvRowsModel::RankColumn), QStringLiteral("2"));
        QCOMPARE(cell(1, CsvRowsModel::OutcomeColumn), QStringLiteral("New track of your own"));
        QCOMPARE(cell(2, CsvRowsModel::OutcomeColumn), QStringLiteral("New program of your own"));
        // Names from the file stay inert.
        QCOMPARE(cell(2, CsvRowsModel::ProgramColumn), QStringLiteral("<b>New</b>"));
        QVERIFY(cell(3, CsvRowsModel::OutcomeColumn)
                    .startsWith(QStringLiteral("Problem: “9” is not a rating")));
        QVERIFY(!model.index(3, CsvRowsModel::OutcomeColumn).data(Qt::DecorationRole).isNull());
        QVERIFY(cell(3, CsvRowsModel::HereColumn).isEmpty());
        QCOMPARE(model.rowOfLine(5), 3);
        QCOMPARE(model.rowOfLine(99), -1);
    }
};

QTEST_MAIN(TestCsvRowsModel)
#include "tst_csvrowsmodel.moc"
