#include "scoring/agreement.h"

#include "scoring/ranking.h"

#include <cmath>

namespace rw::AgreementMeasure {

Agreement compute(const std::vector<int> &userOrder, const std::vector<double> &scores)
{
    Agreement result;
    const size_t n = userOrder.size();
    std::vector<std::int64_t> keys(n);
    for (size_t i = 0; i < n; ++i)
        keys[i] = ComputedOrder::scoreKey(scores[size_t(userOrder[i])]);
    // Lists are at most a few hundred entries: the plain O(n^2) count is
    // instant and also yields the disagreeing pairs.
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = i + 1; j < n; ++j) {
            ++result.pairs;
            if (keys[i] > keys[j]) {
                ++result.concordant;
            } else if (keys[i] < keys[j]) {
                ++result.discordant;
                result.disagreements.emplace_back(userOrder[i], userOrder[j]);
            } else {
                ++result.tiedPairs;
            }
        }
    }
    // tau-b = (C - D) / sqrt((n0 - n1)(n0 - n2)); the user's order has no ties (n2 = 0).
    const double n0 = result.pairs;
    const double n1 = result.tiedPairs;
    if (n0 > 0 && n0 - n1 > 0)
        result.tau = (result.concordant - result.discordant) / std::sqrt((n0 - n1) * n0);
    return result;
}

} // namespace rw::AgreementMeasure
