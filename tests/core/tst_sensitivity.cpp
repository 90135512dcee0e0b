#include "scoring/ranking.h"
#include "scoring/sensitivity.h"

#include <QTest>

#include <numeric>
#include <random>

using namespace rw;

// Rank stability: the reported weight change ties the pair (and anything
// beyond it swaps them); anything smaller, on any criterion, does not.
class TestSensitivity : public QObject
{
    Q_OBJECT

private:
    // Score difference upper - lower with weight k changed by x.
    static double differenceAt(ScoreTable table, int upper, int lower, int k, double x)
    {
        table.setWeight(k, table.weight(k) + x);
        table.recompute();
        return *table.score(upper) - *table.score(lower);
    }

    static ScoreTable randomTable(std::mt19937 &random, int tracks, int criteria)
    {
        std::uniform_real_distribution<double> uniform(0, 1);
        std::uniform_int_distribution<int> rating(1, 5);
        ScoreTable table(tracks, criteria);
        for (int k = 0; k < criteria; ++k)
            table.setWeight(k, std::round(uniform(random) * 20));
        table.setWeight(0, 5); // at least one weight
        for (int t = 0; t < tracks; ++t) {
            for (int k = 0; k < criteria; ++k) {
                if (k > 0 && uniform(random) < 0.2)
                    continue; // missing
                // Mix rating-like steps and continuous attribute values.
                table.setValue(t, k, k % 2 ? (rating(random) - 1) / 4.0 : uniform(random));
            }
        }
        table.recompute();
        return table;
    }

private Q_SLOTS:
    void linearCaseByHand()
    {
        // A = (1, 0), B = (0, 1), weights (2, 1): S_A = 2/3, S_B = 1/3.
        ScoreTable table(2, 2);
        table.setWeight(0, 2);
        table.setWeight(1, 1);
        table.setValue(0, 0, 1.0);
        table.setValue(0, 1, 0.0);
        table.setValue(1, 0, 0.0);
        table.setValue(1, 1, 1.0);
        table.recompute();
        QCOMPARE(*Sensitivity::swapChange(table, 0, 1, 0), -1.0);
        QCOMPARE(*Sensitivity::swapChange(table, 0, 1, 1), 1.0);
        // Equal magnitudes: the first criterion wins.
        const auto swap = Sensitivity::smallestSwap(table, 0, 1);
        QCOMPARE(swap->criterion, 0);
        QCOMPARE(swap->weightChange, -1.0);
    }

    void quadraticCaseByHand()
    {
        // A = (0.5, 1.0) scores 0.75; B = (0.625, missing) scores 0.625.
        ScoreTable table(2, 2);
        table.setWeight(0, 1);
        table.setWeight(1, 1);
        table.setValue(0, 0, 0.5);
        table.setValue(0, 1, 1.0);
        table.setValue(1, 0, 0.625);
        table.recompute();
        // w0 + 2: (0.5 * 3 + 1) / 4 = 0.625.
        QVERIFY(qFuzzyCompare(*Sensitivity::swapChange(table, 0, 1, 0), 2.0));
        // w1 - 2/3: (0.5 + 1/3) / (4/3) = 0.625.
        QVERIFY(qFuzzyCompare(*Sensitivity::swapChange(table, 0, 1, 1), -2.0 / 3.0));
        const auto swap = Sensitivity::smallestSwap(table, 0, 1);
        QCOMPARE(swap->criterion, 1);
    }

    void noSwapIsReported()
    {
        // A beats B on every criterion: no single weight can swap them.
        ScoreTable table(2, 2);
        table.setWeight(0, 1);
        table.setWeight(1, 1);
        table.setValue(0, 0, 1.0);
        table.setValue(0, 1, 0.75);
        table.setValue(1, 0, 0.5);
        table.setValue(1, 1, 0.25);
        table.recompute();
        QVERIFY(!Sensitivity::smallestSwap(table, 0, 1));
        const auto pairs = Sensitivity::adjacentPairs(table, {0, 1});
        QCOMPARE(pairs.size(), size_t(1));
        QVERIFY(!pairs[0].swap);
        QVERIFY(!pairs[0].tied);
        QCOMPARE(pairs[0].margin, 0.875 - 0.375);
    }

    void weightsStayNonNegative()
    {
        // A = (1, 0.5) scores 0.75, B = (0, 0.4) scores 0.2. They would tie
        // at w0 = -0.1 or w1 = -10: below zero, so no swap is reported.
        ScoreTable table(2, 2);
        table.setWeight(0, 1);
        table.setWeight(1, 1);
        table.setValue(0, 0, 1.0);
        table.setValue(0, 1, 0.5);
        table.setValue(1, 0, 0.0);
        table.setValue(1, 1, 0.4);
        table.recompute();
        QVERIFY(!Sensitivity::swapChange(table, 0, 1, 0));
        QVERIFY(!Sensitivity::swapChange(table, 0, 1, 1));
        // Dropping w0 to exactly 0 is allowed and leaves A ahead (0.5 vs 0.4).
        table.setWeight(0, 0.2);
        table.recompute();
        QVERIFY(!Sensitivity::swapChange(table, 0, 1, 0));
    }

    void tiedPairsAreMarked()
    {
        ScoreTable table(2, 2);
        table.setWeight(0, 1);
        table.setWeight(1, 1);
        table.setValue(0, 0, 1.0);
        table.setValue(0, 1, 0.0);
        table.setValue(1, 0, 0.0);
        table.setValue(1, 1, 1.0);
        table.recompute();
        const auto pairs = Sensitivity::adjacentPairs(table, {0, 1});
        QVERIFY(pairs[0].tied);
        QCOMPARE(pairs[0].margin, 0.0);
        // Lowering w0 or raising w1 parts them the other way; equally fast,
        // so the first criterion is named, with the direction.
        QCOMPARE(pairs[0].swap->criterion, 0);
        QCOMPARE(pairs[0].swap->direction, -1);
        QCOMPARE(pairs[0].swap->weightChange, 0.0);
        QVERIFY(differenceAt(table, 0, 1, 0, -0.01) < 0);
    }

    void reportedChangeIsExactAndMinimal()
    {
        std::mt19937 random(20260301);
        int swaps = 0;
        int none = 0;
        for (int round = 0; round < 40; ++round) {
            ScoreTable table = randomTable(random, 8, 5);
            std::vector<int> tie(8);
            std::iota(tie.begin(), tie.end(), 0);
            ComputedOrder order;
            order.setTieOrder(tie);
            const std::vector<int> computed = order.compute(table.scores());
            for (const PairStability &pair : Sensitivity::adjacentPairs(table, computed)) {
                if (pair.tied)
                    continue;
                const int u = pair.upper;
                const int l = pair.lower;
                QVERIFY(pair.margin > 0);
                double smallest = std::numeric_limits<double>::infinity();
                for (int k = 0; k < table.criterionCount(); ++k) {
                    const auto x = Sensitivity::swapChange(table, u, l, k);
                    const double w = table.weight(k);
                    if (!x) {
                        // Nowhere in the allowed weights does lower get ahead.
                        for (int step = 0; step <= 400; ++step) {
                            const double at = -w + (Sensitivity::kMaxWeight)*step / 400.0;
                            if (at == 0 || w + at < 0)
                                continue;
                            ScoreTable probe = table;
                            probe.setWeight(k, w + at);
                            probe.recompute();
                            if (!probe.score(u) || !probe.score(l))
                                continue;
                            QVERIFY2(*probe.score(u) - *probe.score(l) > -1e-12,
                                     "a swap exists where none was reported");
                        }
                        ++none;
                        continue;
                    }
                    ++swaps;
                    smallest = std::min(smallest, std::abs(*x));
                    // At the change: a tie.
                    QVERIFY2(std::abs(differenceAt(table, u, l, k, *x)) < 1e-9,
                             qPrintable(QString::number(differenceAt(table, u, l, k, *x))));
                    // Beyond it (when the weight may go there): swapped.
                    const double beyond = *x * (1 + 1e-6);
                    if (w + beyond >= 0 && w + beyond <= Sensitivity::kMaxWeight)
                        QVERIFY(differenceAt(table, u, l, k, beyond) < 0);
                    // Anything smaller in the same direction: not swapped.
                    for (double f : {0.001, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999})
                        QVERIFY(differenceAt(table, u, l, k, *x * f) > 0);
                }
                const auto best = Sensitivity::smallestSwap(table, u, l);
                QCOMPARE(best.has_value(), std::isfinite(smallest));
                if (!best)
                    continue;
                QCOMPARE(std::abs(best->weightChange), smallest);
                // No smaller change of any single weight, either way, swaps them.
                for (int k = 0; k < table.criterionCount(); ++k) {
                    for (double f : {-0.999, -0.5, -0.1, 0.1, 0.5, 0.999}) {
                        const double x = smallest * f;
                        const double w = table.weight(k);
                        if (w + x < 0 || w + x > Sensitivity::kMaxWeight)
                            continue;
                        ScoreTable probe = table;
                        probe.setWeight(k, w + x);
                        probe.recompute();
                        if (probe.score(u) && probe.score(l))
                            QVERIFY(*probe.score(u) > *probe.score(l));
                    }
                }
            }
        }
        // The random tables exercise both outcomes.
        QVERIFY(swaps > 20);
        QVERIFY(none > 20);
    }
};

QTEST_GUILESS_MAIN(TestSensitivity)
#include "tst_sensitivity.moc"
