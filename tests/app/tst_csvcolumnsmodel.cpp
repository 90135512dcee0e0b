#include "exchange/csvimporter.h"
#include "models/csvcolumnsmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace rw;

// The columns of a spreadsheet being imported, with editable roles.
class TestCsvColumnsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void showsRolesAndTakesTheUsersChoice()
    {
        test::TempDatabase temp;
        auto table = CsvReader::parse("Program,Hospital Name,Teaching,Teaching\nA,B,4,5\n",
                                      QStringLiteral("t.csv"));
        QVERIFY(table.ok());
        auto plan = CsvImporter(temp.db()).plan(*table, {}, QStringLiteral("t.csv"));
        QVERIFY(plan.ok());

        CsvColumnsModel model;
        QAbstractItemModelTester tester(&model);
        model.setPlan(*plan);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(CsvColumnsModel::ColumnCount));
        QCOMPARE(model.index(0, CsvColumnsModel::NumberColumn).data().toInt(), 1);
        QCOMPARE(model.index(1, CsvColumnsModel::RoleColumn).data().toString(),
                 QStringLiteral("Ignored"));
        QCOMPARE(model.index(2, CsvColumnsModel::RoleColumn).data().toString(),
                 QStringLiteral("Rating criterion (new)"));
        QCOMPARE(model.index(2, CsvColumnsModel::RoleColumn).data(Qt::EditRole).toInt(),
                 int(CsvRole::Rating));
        // The second Teaching column is a problem on the header line.
        QVERIFY(model.index(3, CsvColumnsModel::ReasonColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Problem")));
        QVERIFY(!model.index(3, CsvColumnsModel::ReasonColumn).data(Qt::DecorationRole).isNull());
        QVERIFY(model.index(2, CsvColumnsModel::ReasonColumn).data(Qt::DecorationRole).isNull());
        QVERIFY(model.flags(model.index(1, CsvColumnsModel::RoleColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(1, CsvColumnsModel::HeaderColumn)) & Qt::ItemIsEditable));

        QSignalSpy chosen(&model, &CsvColumnsModel::roleChosen);
        QVERIFY(model.setData(model.index(1, CsvColumnsModel::RoleColumn),
                              int(CsvRole::Institution), Qt::EditRole));
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).toInt(), 1);
        QCOMPARE(chosen.at(0).at(1).value<CsvRole>(), CsvRole::Institution);
        QCOMPARE(model.index(1, CsvColumnsModel::RoleColumn).data().toString(),
                 QStringLiteral("Institution"));
        QVERIFY(
            model.index(1, CsvColumnsModel::RoleColumn).data(Qt::FontRole).value<QFont>().bold());
        // Nonsense is refused.
        QVERIFY(!model.setData(model.index(1, CsvColumnsModel::RoleColumn), 99, Qt::EditRole));
        QVERIFY(!model.setData(model.index(1, CsvColumnsModel::HeaderColumn), 1, Qt::EditRole));
        QCOMPARE(chosen.size(), 1);

        model.setPlan({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestCsvColumnsModel)
#include "tst_csvcolumnsmodel.moc"
