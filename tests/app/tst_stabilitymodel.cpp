#include "rank/rankdocument.h"
#include "rank/stabilitymodel.h"
#include "rankfixture.h"

#include <QAbstractItemModelTester>

using namespace rw;

class TestStabilityModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::useIsolatedEnvironment(); }

    void adjacentPairsWithVerdicts()
    {
        test::RankFixture f;
        RankDocument document(&f.workspace);
        StabilityModel model(&document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Computed: mgh pc 81.25, umass 75, mgh cat 55; bwh (0 on 20% of the
        // weight) is provisional and left out.
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, StabilityModel::PlacesColumn)).toString(),
                 QStringLiteral("1–2"));
        QVERIFY(model.data(model.index(0, StabilityModel::UpperColumn))
                    .toString()
                    .contains(QStringLiteral("Primary Care")));
        QCOMPARE(model.data(model.index(0, StabilityModel::MarginColumn)).toString(),
                 QLocale().toString(6.25, 'f', 1));
        // mgh pc leads umass on Location (1 vs missing) and Advocacy: dropping
        // Culture's weight only helps mgh pc; raising it helps umass.
        const QString verdict =
            model.data(model.index(0, StabilityModel::VerdictColumn)).toString();
        QVERIFY2(verdict.startsWith(QStringLiteral("Would swap if ")), qPrintable(verdict));
        QVERIFY(
            model.data(model.index(0, StabilityModel::SummaryColumn)).toString().contains(verdict));
        for (const PairStability &pair : model.pairs())
            QVERIFY(!model.verdict(pair).isEmpty());
    }

    void emptyWithFewerThanTwoScores()
    {
        test::RankFixture f(false);
        RankDocument document(&f.workspace);
        StabilityModel model(&document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestStabilityModel)
#include "tst_stabilitymodel.moc"
