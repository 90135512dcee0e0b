#include "scoring/agreement.h"

#include <QTest>

#include <cmath>

using namespace rw;

// Kendall's tau-b against hand-computed cases.
class TestAgreement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void perfectAndReversed()
    {
        const std::vector<double> scores {0.9, 0.7, 0.5, 0.1};
        const auto same = AgreementMeasure::compute({0, 1, 2, 3}, scores);
        QCOMPARE(*same.tau, 1.0);
        QVERIFY(same.disagreements.empty());
        const auto reversed = AgreementMeasure::compute({3, 2, 1, 0}, scores);
        QCOMPARE(*reversed.tau, -1.0);
        QCOMPARE(reversed.disagreements.size(), size_t(6));
    }

    void oneDisagreement()
    {
        // User order 0,1,2,3; scores put 3 above 2: five pairs agree, one not.
        const auto a = AgreementMeasure::compute({0, 1, 2, 3}, {0.4, 0.3, 0.1, 0.2});
        QCOMPARE(a.pairs, 6);
        QCOMPARE(a.concordant, 5);
        QCOMPARE(a.discordant, 1);
        QVERIFY(qFuzzyCompare(*a.tau, 4.0 / 6.0));
        QCOMPARE(a.disagreements.size(), size_t(1));
        QCOMPARE(a.disagreements[0], (std::pair<int, int> {2, 3}));
    }

    void textbookExample()
    {
        // Ranks (1..5) vs scores giving order 3,1,4,2,5 -> by hand:
        // user 0..4, scored ranks r = [2,4,1,3,5] (lower is better).
        // Pairs (i<j) concordant when r_i < r_j: (0,1)C (0,2)D (0,3)C (0,4)C
        // (1,2)D (1,3)D (1,4)C (2,3)C (2,4)C (3,4)C -> C=7, D=3, tau=0.4.
        const std::vector<double> scores {0.8, 0.6, 0.9, 0.7, 0.5};
        const auto a = AgreementMeasure::compute({0, 1, 2, 3, 4}, scores);
        QCOMPARE(a.concordant, 7);
        QCOMPARE(a.discordant, 3);
        QVERIFY(qFuzzyCompare(*a.tau, 0.4));
        QCOMPARE(a.disagreements, (std::vector<std::pair<int, int>> {{0, 2}, {1, 2}, {1, 3}}));
    }

    void tiesInScores()
    {
        // (0,1) tied, (0,2) and (1,2) agree: tau-b = 2 / sqrt(2 * 3).
        const auto a = AgreementMeasure::compute({0, 1, 2}, {0.5, 0.5, 0.2});
        QCOMPARE(a.tiedPairs, 1);
        QVERIFY(qFuzzyCompare(*a.tau, 2.0 / std::sqrt(6.0)));
        QVERIFY(a.disagreements.empty());
    }

    void undefinedCases()
    {
        QVERIFY(!AgreementMeasure::compute({}, {}).tau);
        QVERIFY(!AgreementMeasure::compute({0}, {0.3}).tau);
        QVERIFY(!AgreementMeasure::compute({0, 1}, {0.3, 0.3}).tau);
    }
};

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
