#include "rank/breakdownmodel.h"
#include "rank/rankdocument.h"
#include "rankfixture.h"

#include <QAbstractItemModelTester>
#include <QLocale>

using namespace rw;

class TestBreakdownModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void pointsAddUpToTheScore()
    {
        test::RankFixture f;
        RankDocument document(&f.workspace);
        BreakdownModel model(&document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // nothing selected
        model.setTrack(f.tracks.at(0).id); // mgh cat: culture 2, location 5, advocacy
        QCOMPARE(model.rowCount(), 3);
        auto cell = [&](int row, int column) {
            return model.data(model.index(row, column)).toString();
        };
        QCOMPARE(cell(0, BreakdownModel::CriterionColumn), QStringLiteral("Culture"));
        QCOMPARE(cell(0, BreakdownModel::ValueColumn), QStringLiteral("2"));
        QCOMPARE(cell(0, BreakdownModel::ScaledColumn), QLocale().toString(0.25, 'f', 2));
        QCOMPARE(cell(0, BreakdownModel::ShareColumn), QStringLiteral("60%"));
        // 3 * 0.25 / 5 = 15 points; location 1 * 1 / 5 = 20; advocacy 1 * 1 / 5 = 20.
        QCOMPARE(cell(0, BreakdownModel::PointsColumn), QStringLiteral("15.0"));
        QCOMPARE(cell(1, BreakdownModel::PointsColumn), QStringLiteral("20.0"));
        QCOMPARE(cell(2, BreakdownModel::PointsColumn), QStringLiteral("20.0"));
        QCOMPARE(cell(2, BreakdownModel::ValueColumn), QStringLiteral("Yes"));
        // Where each value comes from: the catalog's Yes on advocacy (its
        // buprenorphine training), the user's rating.
        auto tip = [&](int row) {
            return model.data(model.index(row, BreakdownModel::ValueColumn), Qt::ToolTipRole)
                .toString();
        };
        QVERIFY(tip(2).startsWith(QStringLiteral("From the catalog (")));
        QVERIFY(tip(2).contains(QStringLiteral(".txt")));
        QCOMPARE(tip(0), QStringLiteral("Your value"));
        model.setTrack(f.tracks.at(2).id); // umass: the user's No
        QCOMPARE(tip(2), QStringLiteral("Your value"));
    }

    void missingIsLeftOut()
    {
        test::RankFixture f;
        RankDocument document(&f.workspace);
        BreakdownModel model(&document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTrack(f.tracks.at(2).id); // umass: location missing
        QCOMPARE(model.data(model.index(1, BreakdownModel::ValueColumn)).toString(),
                 QStringLiteral("missing"));
        QCOMPARE(model.data(model.index(1, BreakdownModel::PointsColumn)).toString(),
                 QStringLiteral("left out"));
        QVERIFY(model.data(model.index(1, 0), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("left out")));
        // Culture's share of the weights that count for umass: 3 of 4.
        QCOMPARE(model.data(model.index(0, BreakdownModel::ShareColumn)).toString(),
                 QStringLiteral("75%"));
        model.setTrack(987654);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestBreakdownModel)
#include "tst_breakdownmodel.moc"
