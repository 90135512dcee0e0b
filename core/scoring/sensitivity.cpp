#include "scoring/sensitivity.h"

#include "scoring/ranking.h"

#include <cmath>
#include <limits>

namespace rw::Sensitivity {

namespace {

struct Line
{
    double n; // numerator at x = 0
    double a; // its slope in x
    double d; // denominator at x = 0
    double p; // its slope in x (0 or 1)
};

Line lineFor(const ScoreTable &table, int track, int criterion)
{
    const bool present = table.hasValue(track, criterion);
    const double v = present ? *table.value(track, criterion) : 0.0;
    return {table.numerator(track), present ? v : 0.0, table.denominator(track),
            present ? 1.0 : 0.0};
}

} // namespace

std::optional<double> swapChange(const ScoreTable &table, int upper, int lower, int criterion)
{
    const Line u = lineFor(table, upper, criterion);
    const Line l = lineFor(table, lower, criterion);
    // f(x) = c0 + c1 x + c2 x^2 = (n_u + a_u x)(d_l + p_l x) - (n_l + a_l x)(d_u + p_u x)
    const double c0 = u.n * l.d - l.n * u.d;
    const double c1 = u.n * l.p + u.a * l.d - l.n * u.p - l.a * u.d;
    const double c2 = u.a * l.p - l.a * u.p;

    const double weight = table.weight(criterion);
    const double lowest = -weight;
    const double highest = kMaxWeight - weight;
    auto admissible = [&](double x) {
        if (!std::isfinite(x) || x == 0 || x < lowest || x > highest)
            return false;
        // Both scores must exist at the new weight.
        return u.d + u.p * x > 0 && l.d + l.p * x > 0;
    };

    double roots[2];
    int count = 0;
    // c2 is exact (values times 0/1 flags), so comparing with 0 is sound.
    if (c2 == 0) {
        if (c1 != 0)
            roots[count++] = -c0 / c1;
    } else {
        const double disc = c1 * c1 - 4 * c2 * c0;
        if (disc > 0) { // a double root touches without crossing
            const double sq = std::sqrt(disc);
            const double q = -0.5 * (c1 + (c1 >= 0 ? sq : -sq));
            roots[count++] = q / c2;
            if (q != 0)
                roots[count++] = c0 / q;
        }
    }
    std::optional<double> best;
    for (int i = 0; i < count; ++i) {
        if (admissible(roots[i]) && (!best || std::abs(roots[i]) < std::abs(*best)))
            best = roots[i];
    }
    return best;
}

std::optional<SwapPoint> smallestSwap(const ScoreTable &table, int upper, int lower)
{
    std::optional<SwapPoint> best;
    for (int k = 0; k < table.criterionCount(); ++k) {
        const auto change = swapChange(table, upper, lower, k);
        if (change && (!best || std::abs(*change) < std::abs(best->weightChange)))
            best = SwapPoint {k, *change, *change < 0 ? -1 : 1};
    }
    return best;
}

namespace {

// For a tied pair: the criterion along which lower's score rises fastest
// relative to upper's (dS_t/dw_k = p_t (v_tk - S_t) / D_t), in a direction
// the weight can move.
std::optional<SwapPoint> tieBreaker(const ScoreTable &table, int upper, int lower)
{
    std::optional<SwapPoint> best;
    double bestSlope = 0;
    for (int k = 0; k < table.criterionCount(); ++k) {
        auto slope = [&](int t) {
            if (!table.hasValue(t, k))
                return 0.0;
            return (*table.value(t, k) - *table.score(t)) / table.denominator(t);
        };
        const double g = slope(lower) - slope(upper);
        const bool canRise = table.weight(k) < kMaxWeight && g > 0;
        const bool canFall = table.weight(k) > 0 && g < 0;
        if ((canRise || canFall) && std::abs(g) > bestSlope * (1 + 1e-12) + 1e-15) {
            bestSlope = std::abs(g);
            best = SwapPoint {k, 0.0, canRise ? 1 : -1};
        }
    }
    return best;
}

} // namespace

std::vector<PairStability> adjacentPairs(const ScoreTable &table, const std::vector<int> &order)
{
    std::vector<PairStability> pairs;
    if (order.size() < 2)
        return pairs;
    pairs.reserve(order.size() - 1);
    for (size_t i = 0; i + 1 < order.size(); ++i) {
        PairStability pair;
        pair.upper = order[i];
        pair.lower = order[i + 1];
        const double su = table.scores()[size_t(pair.upper)];
        const double sl = table.scores()[size_t(pair.lower)];
        pair.margin = su - sl;
        pair.tied = ComputedOrder::tied(su, sl);
        if (pair.tied) {
            pair.margin = 0;
            pair.swap = tieBreaker(table, pair.upper, pair.lower);
        } else {
            pair.swap = smallestSwap(table, pair.upper, pair.lower);
        }
        pairs.push_back(pair);
    }
    return pairs;
}

} // namespace rw::Sensitivity
