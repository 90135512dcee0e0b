#include "scoring/ranking.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

using namespace rw;

// The computed order: best score first, ties by the given tie order,
// unscored tracks left out.
class TestRanking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bestFirstWithTiesInTieOrder()
    {
        ComputedOrder order;
        // Tie order: 2, 0, 3, 1 (say, the manual order).
        order.setTieOrder({2, 0, 3, 1});
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const auto &result = order.compute({0.5, 0.9, 0.5, nan});
        QCOMPARE(result, (std::vector<int> {1, 2, 0}));
    }

    void nearlyEqualScoresAreTies()
    {
        ComputedOrder order;
        order.setTieOrder({1, 0});
        // Equal on paper, different in the last bit of a sum.
        const double a = 0.1 + 0.2;
        const double b = 0.3;
        QVERIFY(a != b);
        QVERIFY(ComputedOrder::tied(a, b));
        QCOMPARE(order.compute({a, b}), (std::vector<int> {1, 0}));
        QCOMPARE(order.compute({b, a}), (std::vector<int> {1, 0}));
        QVERIFY(!ComputedOrder::tied(0.3, 0.300001));
    }

    void matchesAComparisonSort()
    {
        std::mt19937 random(7);
        std::uniform_real_distribution<double> uniform(0, 1);
        const int n = 5000;
        std::vector<double> scores(n);
        for (double &s : scores)
            s = std::round(uniform(random) * 200) / 200; // plenty of ties
        std::vector<int> tie(n);
        std::iota(tie.begin(), tie.end(), 0);
        std::shuffle(tie.begin(), tie.end(), random);
        std::vector<int> rank(n);
        for (int i = 0; i < n; ++i)
            rank[size_t(tie[size_t(i)])] = i;
        ComputedOrder order;
        order.setTieOrder(tie);
        const auto result = order.compute(scores);
        std::vector<int> expected(n);
        std::iota(expected.begin(), expected.end(), 0);
        std::sort(expected.begin(), expected.end(), [&](int x, int y) {
            if (scores[size_t(x)] != scores[size_t(y)])
                return scores[size_t(x)] > scores[size_t(y)];
            return rank[size_t(x)] < rank[size_t(y)];
        });
        QCOMPARE(result, expected);
    }

    void emptyAndSingle()
    {
        ComputedOrder order;
        order.setTieOrder({});
        QVERIFY(order.compute({}).empty());
        order.setTieOrder({0});
        QCOMPARE(order.compute({0.4}), (std::vector<int> {0}));
    }
};

QTEST_GUILESS_MAIN(TestRanking)
#include "tst_ranking.moc"
