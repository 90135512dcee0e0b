#include "rank/gutcheckmodel.h"
#include "rank/rankdocument.h"
#include "rankfixture.h"

#include <QAbstractItemModelTester>

using namespace rw;

class TestGutCheckModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void disagreementsInTheUsersOrder()
    {
        test::RankFixture f;
        RankDocument document(&f.workspace);
        GutCheckModel model(&document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // User: mgh cat (55), mgh pc (81.25), umass (75), bwh (0, but on 20%
        // of the weight: provisional, left out).
        // Disagreeing: cat<pc, cat<umass -> 2 of 3; tau = (1 - 2) / 3.
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.agreement().pairs, 3);
        QVERIFY(qFuzzyCompare(*model.agreement().tau, -1.0 / 3.0));
        QVERIFY(model.data(model.index(0, GutCheckModel::YoursColumn))
                    .toString()
                    .contains(QStringLiteral("Categorical")));
        QVERIFY(model.data(model.index(0, GutCheckModel::ScoresColumn))
                    .toString()
                    .contains(QStringLiteral("Primary Care")));
        // 81.25 - 55 = 26.25, shown to one decimal (either way of rounding).
        const double gap =
            QLocale().toDouble(model.data(model.index(0, GutCheckModel::GapColumn)).toString());
        QVERIFY2(qAbs(gap - 26.25) <= 0.05 + 1e-9, qPrintable(QString::number(gap)));
        QVERIFY(model.data(model.index(1, GutCheckModel::SummaryColumn))
                    .toString()
                    .startsWith(QStringLiteral("You rank")));
    }
};

QTEST_MAIN(TestGutCheckModel)
#include "tst_gutcheckmodel.moc"
