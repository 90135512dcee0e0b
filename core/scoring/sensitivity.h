#pragma once

#include "scoring/scoretable.h"

#include <optional>
#include <vector>

namespace rw {

// How far one criterion's weight must move before two tracks trade places.
struct SwapPoint
{
    int criterion = -1;
    // Added to the criterion's weight. At exactly this change the two scores
    // are equal (a tie, broken by the manual order); any change beyond it in
    // the same direction puts the lower track strictly above the upper one,
    // and every smaller change leaves the upper track strictly above.
    double weightChange = 0;
    // +1 when the weight goes up, -1 when down. Says which way even when
    // weightChange is 0 (a tied pair, parted by the slightest change).
    int direction = 1;
};

// One adjacent pair of the computed order.
struct PairStability
{
    int upper = -1; // track index, above in the computed order
    int lower = -1;
    double margin = 0; // score(upper) - score(lower), 0..1
    // Equal scores: the manual order decides. Then `swap`, when set, names a
    // criterion whose slightest change in the right direction would part
    // them the other way (weightChange 0).
    bool tied = false;
    // Empty when no change of a single weight (within 0..kMaxWeight) swaps them.
    std::optional<SwapPoint> swap;
};

// Rank stability in closed form. For a track t and a change x of weight k,
//   S_t(x) = (N_t + x a_t) / (D_t + x p_t),   a_t = v_tk p_t, p_t = 1 if t has a value on k
// so S_u(x) = S_l(x) exactly where
//   (N_u + x a_u)(D_l + x p_l) - (N_l + x a_l)(D_u + x p_u) = 0,
// a quadratic (linear when the tracks share their missing criteria) whose
// sign is that of S_u - S_l wherever both denominators are positive. Its
// roots inside the allowed weights are where the pair can swap.
namespace Sensitivity {

constexpr double kMaxWeight = 1000; // CriterionRules::kMaxWeight

// The smallest change of weight `criterion` that makes `lower` tie `upper`
// and cross it, or std::nullopt when none exists with the weight kept in
// 0..kMaxWeight. Assumes upper's score is above lower's.
std::optional<double> swapChange(const ScoreTable &table, int upper, int lower, int criterion);

// The smallest swap over all criteria (the first criterion wins ties).
std::optional<SwapPoint> smallestSwap(const ScoreTable &table, int upper, int lower);

// Every adjacent pair of `order` (track indices best first, all scored).
std::vector<PairStability> adjacentPairs(const ScoreTable &table, const std::vector<int> &order);

} // namespace Sensitivity

} // namespace rw
